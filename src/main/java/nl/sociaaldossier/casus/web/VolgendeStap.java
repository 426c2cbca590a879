package nl.sociaaldossier.casus.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.Verwijzingsregel;

/**
 * One answer to "what is next for this household": what to do, by when (if dated), whether it is
 * late, and the section where it is done. Late items first, then by date, undated last.
 */
public record VolgendeStap(String wat, LocalDate uiterlijk, boolean teLaat, String sectie) implements Serializable {

    public static List<VolgendeStap> van(CasusDossier d, List<? extends Verwijzingsregel> verwijzingen, LocalDate vandaag) {
        List<VolgendeStap> stappen = new ArrayList<>();
        if (!d.open()) {
            return stappen;
        }
        if (d.inAnalyse()) {
            if (d.analyse().isEmpty()) {
                stappen.add(new VolgendeStap("Leg de verklarende analyse vast: per leefgebied de score en de verklaring.", null, false, "analyse"));
            } else if (d.meervoudig() && d.regisseur() == null) {
                stappen.add(new VolgendeStap("Meervoudige problematiek: wijs precies één regisseur toe.", null, false, "regie"));
            } else {
                stappen.add(new VolgendeStap("Rond de analyse af, dan kan het plan worden gemaakt.", null, false, "analyse"));
            }
        } else {
            if (d.plan().doelen().isEmpty()) {
                stappen.add(new VolgendeStap("Stel met het gezin de doelen van het plan vast.", null, false, "plan"));
            }
            d.plan().doelen().forEach(doel -> doel.acties().stream().filter(a -> a.afgerondOp() == null).forEach(a -> stappen.add(
                    new VolgendeStap("Actie: " + a.omschrijving() + " (" + a.eigenaar() + ")", a.deadline(), a.deadline().isBefore(vandaag), "plan"))));
            if (d.plan().volgendeEvaluatie() != null) {
                stappen.add(new VolgendeStap("Evaluatie van het plan met het gezin", d.plan().volgendeEvaluatie(),
                        d.plan().volgendeEvaluatie().isBefore(vandaag), "plan"));
            } else if (!d.plan().doelen().isEmpty()) {
                stappen.add(new VolgendeStap("Plan de evaluatie met het gezin.", null, false, "plan"));
            }
        }
        verwijzingen.forEach(v -> v.openTermijnen().forEach(t -> stappen.add(
                new VolgendeStap(v.voorziening() + " voor " + v.client() + ": " + t.naam(), t.uiterlijk(), t.isTeLaat(vandaag), "verwijzingen"))));
        if (d.wachtOpProcesmanager()) {
            stappen.add(new VolgendeStap("Opgeschaald: een procesmanager neemt de regie over.", null, false, "regie"));
        }
        stappen.sort(Comparator.comparing((VolgendeStap s) -> !s.teLaat())
                .thenComparing(s -> s.uiterlijk() == null ? LocalDate.MAX : s.uiterlijk()));
        return stappen;
    }
}
