package nl.sociaaldossier.casus.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * One leefgebied at stake in the verklarende analyse: its score on the Zelfredzaamheid-Matrix
 * scale (1 acute problematiek ... 5 volledig zelfredzaam) and what explains the problem.
 */
@Entity
@Table(name = "analyse_leefgebied")
public class AnalyseLeefgebied {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;

    @ManyToOne(optional = false)
    @JoinColumn(name = "leefgebied_code")
    private Leefgebied leefgebied;

    private int score;
    private String verklaring;

    protected AnalyseLeefgebied() {
        // for JPA
    }

    AnalyseLeefgebied(Casus casus, Leefgebied leefgebied, int score, String verklaring) {
        this.casus = casus;
        this.leefgebied = leefgebied;
        wijzig(score, verklaring);
    }

    final void wijzig(int score, String verklaring) {
        DomainException.vereis(score >= 1 && score <= 5, "Een score op de Zelfredzaamheid-Matrix ligt tussen 1 en 5.");
        this.score = score;
        this.verklaring = DomainException.verplicht(verklaring, "Beschrijf wat het probleem op dit leefgebied verklaart.");
    }

    public Leefgebied leefgebied() {
        return leefgebied;
    }

    public int score() {
        return score;
    }

    public String verklaring() {
        return verklaring;
    }
}
