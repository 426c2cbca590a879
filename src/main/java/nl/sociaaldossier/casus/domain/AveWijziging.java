package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One change of AVE level: from, to, to whom regie went, why, who and when. Never changed afterwards. */
@Entity
@Table(name = "ave_wijziging")
public class AveWijziging {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;

    private Integer van;
    private int naar;
    @Enumerated(EnumType.STRING)
    @Column(name = "regie_bij")
    private RegieBij regieBij;
    private String reden;
    private String door;
    private Instant op;

    protected AveWijziging() {
        // for JPA
    }

    AveWijziging(Casus casus, Integer van, int naar, RegieBij regieBij, String reden, String door, Instant op) {
        this.casus = casus;
        this.van = van;
        this.naar = naar;
        this.regieBij = regieBij;
        this.reden = reden;
        this.door = door;
        this.op = op;
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

    public String door() {
        return door;
    }

    public Instant op() {
        return op;
    }
}
