package nl.sociaaldossier.casus.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.domain.Doel;
import nl.sociaaldossier.casus.domain.Verslag;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Berichten;
import nl.sociaaldossier.web.Navigatie;

/**
 * The dossier of a casus. Holds what the user typed in each small form; every action names the
 * version the user saw, and the page reloads after a change. A refused change keeps the input.
 */
@Named
@ViewScoped
public class CasusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusService casusService;
    @Inject
    private Clock klok;

    private Long id;
    private CasusDossier dossier;
    private List<SelectItem> regisseurs;
    private List<SelectItem> aveNiveaus;

    private String leefgebied;
    private Integer score;
    private String verklaring;
    private boolean veiligheidsrisico;
    private String veiligheidToelichting;
    private String regisseur;
    private String overdrachtReden;
    private Integer aveNiveau;
    private String aveReden;
    private String doelLeefgebied;
    private String doelOmschrijving;
    private Long actieDoel;
    private String actieOmschrijving;
    private String actieEigenaar;
    private LocalDate actieDeadline;
    private Long afTeRondenActie;
    private LocalDate actieAfgerondOp;
    private LocalDate evaluatieDatum;
    private Long uitkomstDoel;
    private Doel.Uitkomst uitkomst;
    private Verslag.Soort verslagSoort = Verslag.Soort.GESPREK;
    private LocalDate verslagDatum;
    private String verslagTekst;
    private String afsluitreden;
    private String heropenReden;

    public void laad() {
        dossier = Acties.resultaat(() -> casusService.dossier(id));
        if (dossier != null) {
            veiligheidsrisico = dossier.veiligheidsrisico();
            veiligheidToelichting = dossier.veiligheidToelichting();
            regisseurs();
            aveNiveaus = casusService.aveNiveaus().stream()
                    .map(a -> new SelectItem(a.niveau(), a.niveau() + " – " + a.naam())).toList();
        }
    }

    /** Own team's coaches to assign; everyone (with team) once there is a regisseur and regie can be handed over. */
    private void regisseurs() {
        regisseurs = (dossier.rechten().regieOverdragen() ? casusService.mogelijkeNieuweRegisseurs(id)
                : casusService.mogelijkeRegisseurs(id)).stream().map(r -> new SelectItem(r[0], r[1])).toList();
    }

    public void legAnalyseVast() {
        if (voer(() -> casusService.legAnalyseVast(id, versie(), leefgebied, score == null ? 0 : score, verklaring), "De analyse is bijgewerkt.")) {
            leefgebied = null;
            score = null;
            verklaring = null;
        }
    }

    public void verwijderUitAnalyse(String code) {
        voer(() -> casusService.verwijderUitAnalyse(id, versie(), code), "Het leefgebied is uit de analyse verwijderd.");
    }

    public void bewaarVeiligheid() {
        voer(() -> casusService.markeerVeiligheidsrisico(id, versie(), veiligheidsrisico, veiligheidToelichting), "Veiligheid is bijgewerkt.");
    }

    public void wijsRegisseurToe() {
        voer(() -> casusService.wijsRegisseurToe(id, versie(), regisseur), "De regisseur is toegewezen.");
    }

    public void draagRegieOver() {
        if (voer(() -> casusService.draagRegieOver(id, versie(), regisseur, overdrachtReden), "De regie is overgedragen.")) {
            overdrachtReden = null;
        }
    }

    public void startUitvoering() {
        voer(() -> casusService.startUitvoering(id, versie()), "De analyse is afgerond; de casus is in uitvoering.");
    }

    public void wijzigAveNiveau() {
        if (voer(() -> casusService.wijzigAveNiveau(id, versie(), aveNiveau == null ? -1 : aveNiveau, aveReden), "Het AVE-niveau is gewijzigd.")) {
            aveNiveau = null;
            aveReden = null;
        }
    }

    public void neemRegieOver() {
        voer(() -> casusService.neemRegieOver(id, versie()), "U voert nu de regie over deze casus.");
    }

    public void stelDoelVast() {
        if (voer(() -> casusService.stelDoelVast(id, versie(), doelLeefgebied, doelOmschrijving), "Het doel is aan het plan toegevoegd.")) {
            doelLeefgebied = null;
            doelOmschrijving = null;
        }
    }

    public void voegActieToe() {
        if (voer(() -> casusService.voegActieToe(id, versie(), actieDoel, actieOmschrijving, actieEigenaar, actieDeadline),
                "De actie is aan het plan toegevoegd.")) {
            actieOmschrijving = null;
            actieEigenaar = null;
            actieDeadline = null;
        }
    }

    public void rondActieAf() {
        voer(() -> casusService.rondActieAf(id, versie(), afTeRondenActie, getActieAfgerondOp()), "De actie is afgerond.");
    }

    public void planEvaluatie() {
        voer(() -> casusService.planEvaluatie(id, versie(), evaluatieDatum), "De evaluatie is gepland.");
    }

    public void legUitkomstVast() {
        voer(() -> casusService.legUitkomstVast(id, versie(), uitkomstDoel, uitkomst), "De uitkomst is vastgelegd.");
    }

    /** Open actions of the plan, for the "afronden" choice. */
    public List<SelectItem> getOpenActies() {
        return dossier == null ? List.of() : dossier.plan().doelen().stream().flatMap(d -> d.acties().stream())
                .filter(a -> a.afgerondOp() == null).map(a -> new SelectItem(a.id(), a.omschrijving())).toList();
    }

    public List<SelectItem> getDoelen() {
        return dossier == null ? List.of() : dossier.plan().doelen().stream().map(d -> new SelectItem(d.id(), d.omschrijving())).toList();
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

    public Long getAfTeRondenActie() {
        return afTeRondenActie;
    }

    public void setAfTeRondenActie(Long afTeRondenActie) {
        this.afTeRondenActie = afTeRondenActie;
    }

    public LocalDate getActieAfgerondOp() {
        return actieAfgerondOp == null ? LocalDate.now(klok) : actieAfgerondOp;
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

    public void schrijfVerslag() {
        if (voer(() -> casusService.schrijfVerslag(id, versie(), verslagSoort, getVerslagDatum(), verslagTekst), "Het verslag is opgeslagen.")) {
            verslagTekst = null;
        }
    }

    public Verslag.Soort getVerslagSoort() {
        return verslagSoort;
    }

    public void setVerslagSoort(Verslag.Soort verslagSoort) {
        this.verslagSoort = verslagSoort;
    }

    public LocalDate getVerslagDatum() {
        return verslagDatum == null ? LocalDate.now(klok) : verslagDatum;
    }

    public void setVerslagDatum(LocalDate verslagDatum) {
        this.verslagDatum = verslagDatum;
    }

    public String getVerslagTekst() {
        return verslagTekst;
    }

    public void setVerslagTekst(String verslagTekst) {
        this.verslagTekst = verslagTekst;
    }

    public void sluitAf() {
        if (voer(() -> casusService.sluitAf(id, versie(), afsluitreden), "De casus is afgesloten.")) {
            afsluitreden = null;
        }
    }

    public void heropen() {
        if (voer(() -> casusService.heropen(id, versie(), heropenReden), "De casus is heropend.")) {
            heropenReden = null;
        }
    }

    /**
     * Runs a change and shows the casus as it is now. When the change took the casus out of the
     * user's hands (a procesmanager scaled it back to the wijkteam), the user goes to his caseload.
     */
    private boolean voer(Runnable actie, String gelukt) {
        if (!Acties.voerUit(actie)) {
            herlaadNaWeigering();
            return false;
        }
        try {
            dossier = casusService.dossier(id);
            regisseurs();
            Berichten.info(gelukt);
        } catch (DomainException geenToegangMeer) {
            Berichten.info(gelukt + " De casus is niet meer in uw werkvoorraad.");
            Navigatie.naar("/casus/caseload.xhtml");
        }
        return true;
    }

    /**
     * After a refused change the page shows the casus as it is now (someone else may have changed
     * it), while the form keeps what the user typed, so he can check and try again.
     */
    private void herlaadNaWeigering() {
        CasusDossier actueel = Acties.resultaat(() -> casusService.dossier(id));
        if (actueel != null && actueel.versie() != dossier.versie()) {
            dossier = actueel;
            Berichten.fout("De casus toont nu de laatste stand: controleer die en voer uw wijziging zo nodig opnieuw uit.");
        }
    }

    /** Today in Dutch time, for showing which terms are late. */
    public LocalDate getVandaag() {
        return LocalDate.now(klok);
    }

    private long versie() {
        return dossier.versie();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CasusDossier getDossier() {
        return dossier;
    }

    public List<SelectItem> getRegisseurs() {
        return regisseurs;
    }

    public List<SelectItem> getAveNiveaus() {
        return aveNiveaus;
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

    public String getRegisseur() {
        return regisseur;
    }

    public void setRegisseur(String regisseur) {
        this.regisseur = regisseur;
    }

    public String getOverdrachtReden() {
        return overdrachtReden;
    }

    public void setOverdrachtReden(String overdrachtReden) {
        this.overdrachtReden = overdrachtReden;
    }

    public Integer getAveNiveau() {
        return aveNiveau;
    }

    public void setAveNiveau(Integer aveNiveau) {
        this.aveNiveau = aveNiveau;
    }

    public String getAveReden() {
        return aveReden;
    }

    public void setAveReden(String aveReden) {
        this.aveReden = aveReden;
    }

    public String getAfsluitreden() {
        return afsluitreden;
    }

    public void setAfsluitreden(String afsluitreden) {
        this.afsluitreden = afsluitreden;
    }

    public String getHeropenReden() {
        return heropenReden;
    }

    public void setHeropenReden(String heropenReden) {
        this.heropenReden = heropenReden;
    }
}
