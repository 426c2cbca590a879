package nl.sociaaldossier.catalogus.domain;

import nl.sociaaldossier.shared.domain.Geldig;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Objects;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * A service from the catalogue: an algemene voorziening (free access, no indication) or a
 * maatwerkvoorziening under a law (Jeugdwet, Wmo, Participatiewet, ...).
 */
@Entity
public class Voorziening extends Geldig {

    public enum Soort { ALGEMEEN, MAATWERK }

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private Soort soort;
    /** For maatwerk the law (Jeugdwet, Wmo, ...); for algemene voorzieningen the domain (welzijn, jeugd, ...). */
    @Column(name = "wet_of_domein")
    private String wetOfDomein;
    private String naam;
    /** The stable code: never changes, made from the first name (V17); imports, the API and the derivations use it. */
    private String code;
    private String toelichting;
    /** Given individually or to a group (jeugdhulp op school). */
    @Column(name = "kent_vorm")
    private boolean kentVorm;

    protected Voorziening() {
        // reference data: rows come from migrations
    }

    public Voorziening(Long id, Soort soort, String wetOfDomein, String naam) {
        this.id = id;
        this.soort = Objects.requireNonNull(soort);
        this.wetOfDomein = DomainException.verplicht(wetOfDomein, "Vul de wet of het domein in.");
        this.naam = DomainException.verplicht(naam, "Vul de naam van de voorziening in.");
    }

    public Voorziening(Long id, Soort soort, String wetOfDomein, String naam, boolean kentVorm) {
        this(id, soort, wetOfDomein, naam);
        this.kentVorm = kentVorm;
    }

    public Long id() {
        return id;
    }

    public Soort soort() {
        return soort;
    }

    public String wetOfDomein() {
        return wetOfDomein;
    }

    public String naam() {
        return naam;
    }

    public String code() {
        return code;
    }

    public boolean kentVorm() {
        return kentVorm;
    }

    public String toelichting() {
        return toelichting;
    }
}
