package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A domain of life (Zelfredzaamheid-Matrix plus opvoeding and veiligheid) a question or problem is about. */
@Entity
public class Leefgebied {

    @Id
    private String code;
    private String naam;
    private int volgorde;

    protected Leefgebied() {
        // reference data: rows come from migrations
    }

    public String code() {
        return code;
    }

    public String naam() {
        return naam;
    }
}
