package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Comparator;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.Verwijzingsoverzicht;
import nl.sociaaldossier.casus.application.Verwijzingsregel;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Berichten;
import nl.sociaaldossier.web.Navigatie;

/**
 * The casus workspace: the household header that always stays in view, which section is open, and
 * the dossier as the user last saw it (one read, logged once per page view). The sections have their
 * own view beans and ask this one to run a change and show the casus as it is afterwards.
 */
@Named
@ViewScoped
public class CasusWerkblad implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The sections in the order of the tabs. */
    public static final List<String> SECTIES = List.of("overzicht", "analyse", "plan", "verwijzingen", "verslagen", "regie", "geschiedenis");

    /** The next deadline of the household: what and when. */
    public record Deadline(LocalDate datum, String wat, boolean teLaat) implements Serializable {
    }

    @Inject
    private CasusService casusService;
    @Inject
    private Verwijzingsoverzicht verwijzingService;
    @Inject
    private Clock klok;

    private Long id;
    private String sectie;
    private CasusDossier dossier;
    private List<? extends Verwijzingsregel> verwijzingen = List.of();
    private Deadline volgendeDeadline;

    public void laad() {
        if (sectie == null || !SECTIES.contains(sectie)) {
            sectie = SECTIES.get(0);
        }
        dossier = Acties.resultaat(() -> casusService.dossier(id));
        verwijzingen();
    }

    /** Opens a section; only its content is rendered and sent. */
    public void open(String naam) {
        if (SECTIES.contains(naam)) {
            sectie = naam;
        }
    }

    /**
     * Runs a change of a section and shows the casus as it is now. When the change took the casus out
     * of the user's hands (a procesmanager scaled it back to the wijkteam), the user goes to his caseload.
     */
    public boolean voer(Runnable actie, String gelukt) {
        if (!Acties.voerUit(actie)) {
            herlaadNaWeigering();
            return false;
        }
        try {
            dossier = casusService.dossier(id);
            verwijzingen();
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
            verwijzingen();
            Berichten.fout("De casus toont nu de laatste stand: controleer die en voer uw wijziging zo nodig opnieuw uit.");
        }
    }

    /**
     * The referrals with their terms and timelines (part of the same dossier read, logged once per
     * page view), and from them and the plan the household's next deadline.
     */
    private void verwijzingen() {
        volgendeDeadline = null;
        if (dossier == null) {
            verwijzingen = List.of();
            return;
        }
        verwijzingen = verwijzingService.vanCasus(id);
        LocalDate vandaag = getVandaag();
        Verwijzingsregel.OpenTermijn termijn = verwijzingen.stream().flatMap(v -> v.openTermijnen().stream())
                .min(Comparator.comparing(Verwijzingsregel.OpenTermijn::uiterlijk)).orElse(null);
        LocalDate plan = dossier.planDeadline();
        if (termijn != null && (plan == null || !plan.isBefore(termijn.uiterlijk()))) {
            volgendeDeadline = new Deadline(termijn.uiterlijk(), termijn.naam(), termijn.uiterlijk().isBefore(vandaag));
        } else if (plan != null) {
            volgendeDeadline = new Deadline(plan, "Plan", plan.isBefore(vandaag));
        }
    }

    /** The version the user saw: every change names it, so a concurrent change is refused, not overwritten. */
    public long versie() {
        return dossier.versie();
    }

    /** Today in Dutch time, for showing which dates are late. */
    public LocalDate getVandaag() {
        return LocalDate.now(klok);
    }

    public List<String> getSecties() {
        return SECTIES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSectie() {
        return sectie;
    }

    public void setSectie(String sectie) {
        this.sectie = sectie;
    }

    /** The page of the open section: one of {@link #SECTIES}, whatever a link says. */
    public String getSectieBestand() {
        return "/WEB-INF/casus/" + (sectie != null && SECTIES.contains(sectie) ? sectie : SECTIES.get(0)) + ".xhtml";
    }

    public CasusDossier getDossier() {
        return dossier;
    }

    public List<? extends Verwijzingsregel> getVerwijzingen() {
        return verwijzingen;
    }

    public Deadline getVolgendeDeadline() {
        return volgendeDeadline;
    }
}
