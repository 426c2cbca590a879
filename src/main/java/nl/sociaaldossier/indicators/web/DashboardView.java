package nl.sociaaldossier.indicators.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.IndicatorCatalogus;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Keuzelijsten;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * "Prestatie-indicatoren": per strategic goal every indicator for the chosen period, wijk and team,
 * as cards with charts or as a table, and the table exported to CSV or Excel exactly as shown.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorCijfers cijfers;
    private List<Integer> jaren;
    @Inject
    private IndicatorCatalogus catalogus;
    @Inject
    private Keuzelijsten keuzelijsten;
    @Inject
    private Clock klok;

    private PeriodeKeuze keuze;
    private String doel = "1";
    private Long wijk;
    private Long team;
    private boolean tabel;
    private List<IndicatorCatalogus.Doel> doelen;
    private Periode periode;
    private Filter filter;
    private List<IndicatorCijfers.Regel> regels;
    /** When the registration behind the figures was counted (day and time). */
    private String stand;
    private static final java.time.format.DateTimeFormatter STAND = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss");
    /** Read from the replica, and its lag then (null: read from the primary). */
    private Long replicaAchterstandSeconden;
    private String wijkNaam;
    private List<List<Object>> rijen = List.of();

    public void laad() {
        if (keuze == null) {
            keuze = new PeriodeKeuze(LocalDate.now(klok).getYear() - 1);
        }
        doelen = catalogus.doelenboom();
        bereken();
    }

    public void bereken() {
        Periode gekozen = Acties.resultaat(keuze::periode);
        if (gekozen == null) {
            return;
        }
        Filter gefilterd = new Filter(wijk, team);
        IndicatorCijfers.Overzicht berekend = Acties.resultaat(() -> cijfers.overzicht(doel, gekozen, gefilterd));
        if (berekend != null) {
            periode = gekozen;
            filter = gefilterd;
            regels = berekend.regels();
            stand = STAND.format(berekend.stand().atZone(klok.getZone()));
            replicaAchterstandSeconden = berekend.bron().replica() ? berekend.bron().achterstand().toSeconds() : null;
            wijkNaam = naam(keuzelijsten.getWijken(), wijk);
            rijen = Export.rijen(regels, periode, wijkNaam, naam(keuzelijsten.getWijkteams(), team));
        }
    }

    public String getStand() {
        return stand;
    }

    public Long getReplicaAchterstand() {
        return replicaAchterstandSeconden;
    }

    public String trend(IndicatorCijfers.Regel regel) {
        return Grafieken.trend(regel, isJaarcijfers());
    }

    public String trendTekst(IndicatorCijfers.Regel regel) {
        return Grafieken.trendTekst(regel, isJaarcijfers());
    }

    public String staven(IndicatorCijfers.Regel regel) {
        return Grafieken.staven(regel);
    }

    public String stavenTekst(IndicatorCijfers.Regel regel) {
        return Grafieken.stavenTekst(regel);
    }

    /** Yearly figures: only then are the yearly 0-meting and target drawn in the trend. */
    public boolean isJaarcijfers() {
        return periode != null && periode.soort() == Periode.Soort.JAAR;
    }

    /** The table view's columns in reading order (indexes into {@link #getKop()} and each row). */
    public List<Integer> getWeergave() {
        return Export.WEERGAVE;
    }

    /** The table view's rows, which the exports write as they are. */
    public List<List<Object>> getRijen() {
        return rijen;
    }

    public List<String> getKop() {
        return Export.KOP;
    }

    public StreamedContent getCsv() {
        byte[] inhoud = Export.csv(getRijen());
        return DefaultStreamedContent.builder().name(bestandsnaam() + ".csv").contentType("text/csv; charset=UTF-8")
                .contentLength((long) inhoud.length).stream(() -> new ByteArrayInputStream(inhoud)).build();
    }

    public StreamedContent getExcel() {
        byte[] inhoud = Export.xlsx(getRijen());
        return DefaultStreamedContent.builder().name(bestandsnaam() + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) inhoud.length).stream(() -> new ByteArrayInputStream(inhoud)).build();
    }

    private String bestandsnaam() {
        return "indicatoren-doel-" + doel + "-" + periode.label().replace(' ', '-').replace("/", "");
    }

    public String getWijkNaam() {
        return wijkNaam;
    }

    private static String naam(List<SelectItem> items, Long id) {
        return id == null ? "alle" : items.stream().filter(i -> Objects.equals(i.getValue(), id)).map(SelectItem::getLabel)
                .findFirst().orElse(String.valueOf(id));
    }

    public List<SelectItem> getMaanden() {
        return PeriodeKeuze.maanden(LocalDate.now(klok));
    }

    /** The last seven years, and further back to the first melding (an imported history), newest first. */
    public List<Integer> getJaren() {
        if (jaren == null) {
            int nu = LocalDate.now(klok).getYear();
            Integer eerste = cijfers.eersteJaar();
            int van = Math.max(2000, Math.min(nu - 6, eerste == null ? nu : eerste));
            jaren = IntStream.rangeClosed(van, nu).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
        }
        return jaren;
    }

    public IndicatorCatalogus.Doel getHuidigDoel() {
        return doelen.stream().filter(d -> d.code().equals(doel)).findFirst().orElse(doelen.get(0));
    }

    /** A beleidslijn of the goal with the figures of its indicators, in the order of the doelenboom. */
    public record Lijn(String code, String omschrijving, List<IndicatorCijfers.Regel> regels) implements Serializable {
    }

    public List<Lijn> getLijnen() {
        if (regels == null) {
            return List.of();
        }
        return getHuidigDoel().beleidslijnen().stream()
                .map(b -> new Lijn(b.code(), b.omschrijving(), regels.stream().filter(r -> r.beleidslijn().equals(b.code())).toList()))
                .filter(l -> !l.regels().isEmpty()).toList();
    }

    public PeriodeKeuze getKeuze() {
        return keuze;
    }

    public String getDoel() {
        return doel;
    }

    public void setDoel(String doel) {
        this.doel = doel;
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

    public boolean isTabel() {
        return tabel;
    }

    public void setTabel(boolean tabel) {
        this.tabel = tabel;
    }

    public List<IndicatorCatalogus.Doel> getDoelen() {
        return doelen;
    }

    public Periode getPeriode() {
        return periode;
    }

    public Filter getFilter() {
        return filter;
    }

    public List<IndicatorCijfers.Regel> getRegels() {
        return regels;
    }
}
