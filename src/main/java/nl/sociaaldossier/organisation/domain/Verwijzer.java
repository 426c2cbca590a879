package nl.sociaaldossier.organisation.domain;

import nl.sociaaldossier.shared.domain.Geldig;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import nl.sociaaldossier.shared.domain.DomainException;

/** Who referred the resident: the wijkteam itself, a huisarts, school, Veilig Thuis, ... */
@Entity
public class Verwijzer extends Geldig {

    @Id
    private Long id;
    private String naam;
    /** The stable code: never changes, made from the first name (V17); imports, the API and the derivations use it. */
    private String code;
    /** False for the municipality's own wijkteam and the resident himself. */
    private boolean extern;
    private String toelichting;

    protected Verwijzer() {
        // reference data: rows come from migrations
    }

    public Verwijzer(Long id, String naam, boolean extern) {
        this.id = id;
        this.naam = DomainException.verplicht(naam, "Vul de naam van de verwijzer in.");
        this.extern = extern;
    }

    public Long id() {
        return id;
    }

    public String naam() {
        return naam;
    }

    public String code() {
        return code;
    }

    public boolean isExtern() {
        return extern;
    }

    public String toelichting() {
        return toelichting;
    }
}
