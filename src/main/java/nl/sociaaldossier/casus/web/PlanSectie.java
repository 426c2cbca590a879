package nl.sociaaldossier.casus.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.domain.Doel;

/**
 * The section "Plan": goals, actions (who does what by when), the next evaluation, outcomes, the
 * versions, and the plan for the family as a PDF. One form at a time is open, under its button.
 */
@Named
@ViewScoped
public class PlanSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The forms of the section; at most one is open. */
    public enum Formulier { DOEL, ACTIE, AFRONDEN, EVALUATIE, UITKOMST }

    @Inject
    private CasusWerkblad werkblad;
    @Inject
    private CasusService casusService;

    private Formulier formulier;
    private String doelLeefgebied;
    private String doelOmschrijving;
    private Long actieDoel;
    private String actieOmschrijving;
    private String actieEigenaar;
    private LocalDate actieDeadline;
    private boolean verledenBevestigd;
    private Long afTeRondenActie;
    private LocalDate actieAfgerondOp;
    private LocalDate evaluatieDatum;
    private Long uitkomstDoel;
    private Doel.Uitkomst uitkomst;

    /** Opens a form (or closes it when it was open). */
    public void toon(Formulier welk) {
        formulier = formulier == welk ? null : welk;
    }

    /** Closes the open form (the page gives the focus back to its button). */
    public void sluit() {
        formulier = null;
    }

    public void stelDoelVast() {
        if (werkblad.voer(() -> casusService.stelDoelVast(werkblad.getId(), werkblad.versie(), doelLeefgebied, doelOmschrijving),
                "Het doel is aan het plan toegevoegd.")) {
            doelLeefgebied = null;
            doelOmschrijving = null;
            sluit();
        }
    }

    public void voegActieToe() {
        if (isDeadlineInVerleden() && !verledenBevestigd) {
            return; // the form asks, at the date, whether a date in the past is right (the domain refuses it unconfirmed too)
        }
        if (werkblad.voer(() -> casusService.voegActieToe(werkblad.getId(), werkblad.versie(), actieDoel, actieOmschrijving, actieEigenaar,
                actieDeadline, verledenBevestigd), "De actie is aan het plan toegevoegd.")) {
            actieOmschrijving = null;
            actieEigenaar = null;
            actieDeadline = null;
            verledenBevestigd = false;
            sluit();
        }
    }

    public void rondActieAf() {
        if (werkblad.voer(() -> casusService.rondActieAf(werkblad.getId(), werkblad.versie(), afTeRondenActie, getActieAfgerondOp()),
                "De actie is afgerond.")) {
            afTeRondenActie = null;
            sluit();
        }
    }

    public void planEvaluatie() {
        if (werkblad.voer(() -> casusService.planEvaluatie(werkblad.getId(), werkblad.versie(), evaluatieDatum), "De evaluatie is gepland.")) {
            sluit();
        }
    }

    public void legUitkomstVast() {
        if (werkblad.voer(() -> casusService.legUitkomstVast(werkblad.getId(), werkblad.versie(), uitkomstDoel, uitkomst),
                "De uitkomst is vastgelegd.")) {
            uitkomstDoel = null;
            uitkomst = null;
            sluit();
        }
    }

    /** A deadline before today, typed but not yet confirmed: the form asks for the confirmation. */
    public boolean isDeadlineInVerleden() {
        return actieDeadline != null && actieDeadline.isBefore(werkblad.getVandaag());
    }

    /** Open actions of the plan, for the "afronden" choice. */
    public List<SelectItem> getOpenActies() {
        CasusDossier d = werkblad.getDossier();
        return d == null ? List.of() : d.plan().doelen().stream().flatMap(doel -> doel.acties().stream())
                .filter(a -> a.afgerondOp() == null).map(a -> new SelectItem(a.id(), a.omschrijving())).toList();
    }

    public List<SelectItem> getDoelen() {
        CasusDossier d = werkblad.getDossier();
        return d == null ? List.of() : d.plan().doelen().stream().map(doel -> new SelectItem(doel.id(), doel.omschrijving())).toList();
    }

    public Formulier getFormulier() {
        return formulier;
    }

    public String getDoelLeefgebied() {
        return doelLeefgebied;
    }

    public void setDoelLeefgebied(String doelLeefgebied) {
        this.doelLeefgebied = doelLeefgebied;
    }

    public String getDoelOmschrijving() {
        return doelOmschrijving;
    }

    public void setDoelOmschrijving(String doelOmschrijving) {
        this.doelOmschrijving = doelOmschrijving;
    }

    public Long getActieDoel() {
        return actieDoel;
    }

    public void setActieDoel(Long actieDoel) {
        this.actieDoel = actieDoel;
    }

    public String getActieOmschrijving() {
        return actieOmschrijving;
    }

    public void setActieOmschrijving(String actieOmschrijving) {
        this.actieOmschrijving = actieOmschrijving;
    }

    public String getActieEigenaar() {
        return actieEigenaar;
    }

    public void setActieEigenaar(String actieEigenaar) {
        this.actieEigenaar = actieEigenaar;
    }

    public LocalDate getActieDeadline() {
        return actieDeadline;
    }

    public void setActieDeadline(LocalDate actieDeadline) {
        this.actieDeadline = actieDeadline;
    }

    public boolean isVerledenBevestigd() {
        return verledenBevestigd;
    }

    public void setVerledenBevestigd(boolean verledenBevestigd) {
        this.verledenBevestigd = verledenBevestigd;
    }

    public Long getAfTeRondenActie() {
        return afTeRondenActie;
    }

    public void setAfTeRondenActie(Long afTeRondenActie) {
        this.afTeRondenActie = afTeRondenActie;
    }

    public LocalDate getActieAfgerondOp() {
        return actieAfgerondOp == null ? werkblad.getVandaag() : actieAfgerondOp;
    }

    public void setActieAfgerondOp(LocalDate actieAfgerondOp) {
        this.actieAfgerondOp = actieAfgerondOp;
    }

    public LocalDate getEvaluatieDatum() {
        return evaluatieDatum;
    }

    public void setEvaluatieDatum(LocalDate evaluatieDatum) {
        this.evaluatieDatum = evaluatieDatum;
    }

    public Long getUitkomstDoel() {
        return uitkomstDoel;
    }

    public void setUitkomstDoel(Long uitkomstDoel) {
        this.uitkomstDoel = uitkomstDoel;
    }

    public Doel.Uitkomst getUitkomst() {
        return uitkomst;
    }

    public void setUitkomst(Doel.Uitkomst uitkomst) {
        this.uitkomst = uitkomst;
    }
}
