package nl.sociaaldossier.referral.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A service from the catalogue: an algemene voorziening (free access, no indication) or a
 * maatwerkvoorziening under a law (Jeugdwet, Wmo, Participatiewet, ...).
 */
@Entity
public class Voorziening {

    public enum Soort { ALGEMEEN, MAATWERK }

    @Id
    private Long id;
    @Enumerated(EnumType.STRING)
    private Soort soort;
    /** For maatwerk the law (Jeugdwet, Wmo, ...); for algemene voorzieningen the domain (welzijn, jeugd, ...). */
    private String wetOfDomein;
    private String naam;
    private String toelichting;

    protected Voorziening() {
        // reference data: rows come from migrations
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

    public String toelichting() {
        return toelichting;
    }
}
