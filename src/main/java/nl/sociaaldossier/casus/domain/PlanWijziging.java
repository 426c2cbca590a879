package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the plan: its number, what changed, who and when. */
@Entity
@Table(name = "plan_wijziging")
public class PlanWijziging extends CasusRegistratie {

    private int versie;
    private String omschrijving;

    protected PlanWijziging() {
        // for JPA
    }

    PlanWijziging(Casus casus, int versie, String omschrijving, String door, Instant op) {
        super(casus, door, op);
        this.versie = versie;
        this.omschrijving = omschrijving;
    }

    public int versie() {
        return versie;
    }

    public String omschrijving() {
        return omschrijving;
    }

}
