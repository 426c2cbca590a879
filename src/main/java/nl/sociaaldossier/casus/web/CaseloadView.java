package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.casus.application.CaseloadRegel;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.referral.domain.Termijn;

/** "Mijn caseload": the casussen the user works on; late items first, then the highest AVE level, then the next deadline. */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A caseload row with its next deadline: a legal term of a referral or a date in the plan (null when none). */
    public record Rij(CaseloadRegel casus, LocalDate deadline, String wat, boolean teLaat) implements Serializable {
    }

    @Inject
    private CasusService casusService;
    @Inject
    private VerwijzingService verwijzingService;
    @Inject
    private Clock klok;

    private List<Rij> casussen;

    public void laad() {
        LocalDate vandaag = LocalDate.now(klok);
        List<CaseloadRegel> regels = casusService.mijnCaseload();
        Map<Long, Termijn> termijnen = verwijzingService.volgendeTermijnen(regels.stream().map(CaseloadRegel::id).toList());
        casussen = regels.stream()
                .map(r -> {
                    Termijn t = termijnen.get(r.id());
                    boolean termijnEerst = t != null && (r.planDeadline() == null || !r.planDeadline().isBefore(t.uiterlijk()));
                    LocalDate deadline = termijnEerst ? t.uiterlijk() : r.planDeadline();
                    String wat = termijnEerst ? t.naam() : (deadline == null ? null : "Plan");
                    return new Rij(r, deadline, wat, deadline != null && deadline.isBefore(vandaag));
                })
                .sorted(Comparator.comparing((Rij r) -> !r.teLaat())
                        .thenComparing(r -> -r.casus().aveNiveau())
                        .thenComparing(r -> r.deadline() == null ? LocalDate.MAX : r.deadline()))
                .toList();
    }

    public List<Rij> getCasussen() {
        return casussen;
    }
}
