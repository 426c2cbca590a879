package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** An action towards a goal: what, who (a professional, the household or its network) and by when. */
@Entity
public class Actie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "doel_id")
    private Doel doel;

    private String omschrijving;
    private String eigenaar;
    private LocalDate deadline;
    @Column(name = "afgerond_op")
    private LocalDate afgerondOp;

    protected Actie() {
        // for JPA
    }

    Actie(Doel doel, String omschrijving, String eigenaar, LocalDate deadline) {
        this.doel = doel;
        this.omschrijving = omschrijving;
        this.eigenaar = eigenaar;
        this.deadline = deadline;
    }

    void rondAf(LocalDate op) {
        this.afgerondOp = op;
    }

    public Long id() {
        return id;
    }

    public Doel doel() {
        return doel;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public String eigenaar() {
        return eigenaar;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public LocalDate afgerondOp() {
        return afgerondOp;
    }

    public boolean isOpen() {
        return afgerondOp == null;
    }
}
