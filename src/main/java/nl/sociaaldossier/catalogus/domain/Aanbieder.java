package nl.sociaaldossier.catalogus.domain;

import nl.sociaaldossier.shared.domain.Geldig;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import nl.sociaaldossier.shared.domain.DomainException;

/** A provider (aanbieder) a voorziening is delivered by; a configurable list. */
@Entity
public class Aanbieder extends Geldig {

    @Id
    private Long id;
    private String naam;
    /** The stable code: never changes, made from the first name (V17); imports, the API and the derivations use it. */
    private String code;

    protected Aanbieder() {
        // reference data
    }

    public Aanbieder(Long id, String naam) {
        this.id = id;
        this.naam = DomainException.verplicht(naam, "Vul de naam van de aanbieder in.");
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
}
