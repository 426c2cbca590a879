package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of AVE level: from, to, to whom regie went, why, who and when. Never changed afterwards. */
@Entity
@Table(name = "ave_wijziging")
public class AveWijziging extends CasusRegistratie {

    private Integer van;
    private int naar;
    @Enumerated(EnumType.STRING)
    @Column(name = "regie_bij")
    private RegieBij regieBij;
    private String reden;

    protected AveWijziging() {
        // for JPA
    }

    AveWijziging(Casus casus, Integer van, int naar, RegieBij regieBij, String reden, String door, Instant op) {
        super(casus, door, op);
        this.van = van;
        this.naar = naar;
        this.regieBij = regieBij;
        this.reden = reden;
    }

    public Integer van() {
        return van;
    }

    public int naar() {
        return naar;
    }

    public RegieBij regieBij() {
        return regieBij;
    }

    public String reden() {
        return reden;
    }

}
