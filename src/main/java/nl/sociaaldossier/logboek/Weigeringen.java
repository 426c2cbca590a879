package nl.sociaaldossier.logboek;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refusals that happen before a service sees the request (a page or action the role may not use):
 * logged by the web layer, with what was asked for, so that every refusal is in the Logboek.
 */
@ApplicationScoped
public class Weigeringen {

    @Inject
    Logboek logboek;

    /** Logs a refusal of a page or action; the activity follows from the area of the page. */
    public void log(String pad, String reden) {
        logboek.weigering(activiteit(pad), Betrokkene.onbekend(pad == null ? "-" : pad.substring(0, Math.min(pad.length(), 60))), reden);
    }

    static Activiteit activiteit(String pad) {
        if (pad == null) {
            return Activiteit.DOSSIER_INZIEN;
        }
        if (pad.contains("/meldingen/")) {
            return Activiteit.MELDING_INZIEN;
        }
        if (pad.contains("/indicatoren/")) {
            return Activiteit.INDICATOR_DRILLDOWN;
        }
        if (pad.contains("/logboek/")) {
            return Activiteit.INZAGEVERZOEK;
        }
        return Activiteit.DOSSIER_INZIEN;
    }
}
