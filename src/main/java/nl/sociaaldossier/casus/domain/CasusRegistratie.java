package nl.sociaaldossier.casus.domain;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Something recorded in a casus by someone at some moment and never changed afterwards: a line of
 * history, an AVE change, a plan version, a verslag. Each subclass adds what it records.
 */
@MappedSuperclass
public abstract class CasusRegistratie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;

    private String door;
    private Instant op;

    protected CasusRegistratie() {
        // for JPA
    }

    protected CasusRegistratie(Casus casus, String door, Instant op) {
        this.casus = casus;
        this.door = door;
        this.op = op;
    }

    public String door() {
        return door;
    }

    public Instant op() {
        return op;
    }
}
