package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a casus's history: what changed, in the users' words, who and when. */
@Entity
@Table(name = "casus_gebeurtenis")
public class CasusGebeurtenis extends CasusRegistratie {

    private int episode;
    private String omschrijving;

    protected CasusGebeurtenis() {
        // for JPA
    }

    CasusGebeurtenis(Casus casus, int episode, String omschrijving, String door, Instant op) {
        super(casus, door, op);
        this.episode = episode;
        this.omschrijving = omschrijving;
    }

    public int episode() {
        return episode;
    }

    public String omschrijving() {
        return omschrijving;
    }

}
