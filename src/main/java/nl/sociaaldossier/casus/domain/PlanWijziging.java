package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the plan: its number, what changed, who and when. */
@Entity
@Table(name = "plan_wijziging")
public class PlanWijziging {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;

    private int versie;
    private String omschrijving;
    private String door;
    private Instant op;

    protected PlanWijziging() {
        // for JPA
    }

    PlanWijziging(Casus casus, int versie, String omschrijving, String door, Instant op) {
        this.casus = casus;
        this.versie = versie;
        this.omschrijving = omschrijving;
        this.door = door;
        this.op = op;
    }

    public int versie() {
        return versie;
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
