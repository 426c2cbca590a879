package nl.sociaaldossier.casus.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A goal of the plan, on a leefgebied of the analysis, with its actions and (at the end) its outcome. */
@Entity
public class Doel {

    public enum Uitkomst { BEREIKT, DEELS_BEREIKT, NIET_BEREIKT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;

    @ManyToOne(optional = false)
    @JoinColumn(name = "leefgebied_code")
    private Leefgebied leefgebied;

    private String omschrijving;
    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;
    private int volgorde;

    @OneToMany(mappedBy = "doel", cascade = CascadeType.ALL)
    @OrderBy("deadline")
    private List<Actie> acties = new ArrayList<>();

    protected Doel() {
        // for JPA
    }

    Doel(Casus casus, Leefgebied leefgebied, String omschrijving, int volgorde) {
        this.casus = casus;
        this.leefgebied = leefgebied;
        this.omschrijving = omschrijving;
        this.volgorde = volgorde;
    }

    Actie voegActieToe(String omschrijving, String eigenaar, java.time.LocalDate deadline) {
        Actie actie = new Actie(this, omschrijving, eigenaar, deadline);
        acties.add(actie);
        return actie;
    }

    void legUitkomstVast(Uitkomst uitkomst) {
        this.uitkomst = uitkomst;
    }

    public Long id() {
        return id;
    }

    public Leefgebied leefgebied() {
        return leefgebied;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Uitkomst uitkomst() {
        return uitkomst;
    }

    public List<Actie> acties() {
        return Collections.unmodifiableList(acties);
    }
}
