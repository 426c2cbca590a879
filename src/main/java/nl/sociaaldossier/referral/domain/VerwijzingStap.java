package nl.sociaaldossier.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One step in the life of a referral: what happened, on which date, who registered it and when. */
@Entity
@Table(name = "verwijzing_stap")
public class VerwijzingStap {

    /** What happened, in the order a referral can go through it. */
    public enum Gebeurtenis { AANGEVRAAGD, ONDERZOEK_AFGEROND, TOEGEKEND, AFGEWEZEN, GESTART, BEEINDIGD, INGETROKKEN, OPGESCHORT, HERVAT, VERLENGD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "verwijzing_id")
    private Verwijzing verwijzing;
    @Enumerated(EnumType.STRING)
    private Gebeurtenis gebeurtenis;
    private LocalDate datum;
    private Integer dagen;
    private String toelichting;
    private String door;
    @Column(name = "geregistreerd_op")
    private Instant geregistreerdOp;

    protected VerwijzingStap() {
        // for JPA
    }

    VerwijzingStap(Verwijzing verwijzing, Gebeurtenis gebeurtenis, LocalDate datum, Integer dagen, String toelichting, String door,
                   Instant geregistreerdOp) {
        this.verwijzing = verwijzing;
        this.gebeurtenis = gebeurtenis;
        this.datum = datum;
        this.dagen = dagen;
        this.toelichting = toelichting;
        this.door = door;
        this.geregistreerdOp = geregistreerdOp;
    }

    public Gebeurtenis gebeurtenis() {
        return gebeurtenis;
    }

    public LocalDate datum() {
        return datum;
    }

    public Integer dagen() {
        return dagen;
    }

    public String toelichting() {
        return toelichting;
    }

    public String door() {
        return door;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }
}
