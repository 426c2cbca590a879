package nl.sociaaldossier.casus.domain;

import nl.sociaaldossier.shared.domain.Geldig;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import nl.sociaaldossier.shared.domain.DomainException;

/** A domain of life (Zelfredzaamheid-Matrix plus opvoeding and veiligheid) a question or problem is about. */
@Entity
public class Leefgebied extends Geldig {

    @Id
    private String code;
    private String naam;
    private int volgorde;

    protected Leefgebied() {
        // reference data: rows come from migrations
    }

    public Leefgebied(String code, String naam, int volgorde) {
        this.code = DomainException.verplicht(code, "Vul de code van het leefgebied in.");
        this.naam = DomainException.verplicht(naam, "Vul de naam van het leefgebied in.");
        this.volgorde = volgorde;
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }
}
