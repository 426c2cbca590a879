package nl.sociaaldossier.casus.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.sociaaldossier.casus.application.CasusService;

/** The section "Analyse": the verklarende analyse per leefgebied, the safety flag, and ending the analysis. */
@Named
@ViewScoped
public class AnalyseSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusWerkblad werkblad;
    @Inject
    private CasusService casusService;

    private String leefgebied;
    private Integer score;
    private String verklaring;
    private boolean veiligheidsrisico;
    private String veiligheidToelichting;

    @PostConstruct
    void open() {
        if (werkblad.getDossier() != null) {
            veiligheidsrisico = werkblad.getDossier().veiligheidsrisico();
            veiligheidToelichting = werkblad.getDossier().veiligheidToelichting();
        }
    }

    public void legAnalyseVast() {
        if (werkblad.voer(() -> casusService.legAnalyseVast(werkblad.getId(), werkblad.versie(), leefgebied, score == null ? 0 : score, verklaring),
                "De analyse is bijgewerkt.")) {
            leefgebied = null;
            score = null;
            verklaring = null;
        }
    }

    public void verwijder(String code) {
        werkblad.voer(() -> casusService.verwijderUitAnalyse(werkblad.getId(), werkblad.versie(), code), "Het leefgebied is uit de analyse verwijderd.");
    }

    public void bewaarVeiligheid() {
        werkblad.voer(() -> casusService.markeerVeiligheidsrisico(werkblad.getId(), werkblad.versie(), veiligheidsrisico, veiligheidToelichting),
                "Veiligheid is bijgewerkt.");
    }

    public void startUitvoering() {
        werkblad.voer(() -> casusService.startUitvoering(werkblad.getId(), werkblad.versie()), "De analyse is afgerond; de casus is in uitvoering.");
    }

    public String getLeefgebied() {
        return leefgebied;
    }

    public void setLeefgebied(String leefgebied) {
        this.leefgebied = leefgebied;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getVerklaring() {
        return verklaring;
    }

    public void setVerklaring(String verklaring) {
        this.verklaring = verklaring;
    }

    public boolean isVeiligheidsrisico() {
        return veiligheidsrisico;
    }

    public void setVeiligheidsrisico(boolean veiligheidsrisico) {
        this.veiligheidsrisico = veiligheidsrisico;
    }

    public String getVeiligheidToelichting() {
        return veiligheidToelichting;
    }

    public void setVeiligheidToelichting(String veiligheidToelichting) {
        this.veiligheidToelichting = veiligheidToelichting;
    }
}
