package nl.sociaaldossier.indicators.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.web.Acties;

/** The figures of the registration indicators for a chosen year, wijk or team. */
@Named
@ViewScoped
public class CijfersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorCijfers cijfers;
    @Inject
    private Clock klok;

    private Integer jaar;
    private Long wijk;
    private Long team;
    private List<IndicatorCijfers.Uitkomst> uitkomsten;

    public void bereken() {
        int j = getJaar();
        uitkomsten = Acties.resultaat(() -> cijfers.bereken(LocalDate.of(j, 1, 1), LocalDate.of(j, 12, 31), wijk, team));
    }

    public List<Integer> getJaren() {
        int nu = LocalDate.now(klok).getYear();
        return IntStream.rangeClosed(nu - 5, nu).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public Integer getJaar() {
        return jaar == null ? LocalDate.now(klok).getYear() : jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public Long getWijk() {
        return wijk;
    }

    public void setWijk(Long wijk) {
        this.wijk = wijk;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public List<IndicatorCijfers.Uitkomst> getUitkomsten() {
        return uitkomsten;
    }
}
