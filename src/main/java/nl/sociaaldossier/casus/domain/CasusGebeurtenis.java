package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One line of a casus's history: what changed, in the users' words, who and when. */
@Entity
@Table(name = "casus_gebeurtenis")
public class CasusGebeurtenis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;

    private int episode;
    private String omschrijving;
    private String door;
    private Instant op;

    protected CasusGebeurtenis() {
        // for JPA
    }

    CasusGebeurtenis(Casus casus, int episode, String omschrijving, String door, Instant op) {
        this.casus = casus;
        this.episode = episode;
        this.omschrijving = omschrijving;
        this.door = door;
        this.op = op;
    }

    public int episode() {
        return episode;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String door() {
        return door;
    }

    public Instant op() {
        return op;
    }
}
