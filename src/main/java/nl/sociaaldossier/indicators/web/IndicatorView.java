package nl.sociaaldossier.indicators.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.sociaaldossier.indicators.application.IndicatorWaarden;
import nl.sociaaldossier.indicators.domain.ExterneWaarde;
import nl.sociaaldossier.indicators.domain.Nulmeting;
import nl.sociaaldossier.indicators.domain.Streefwaarde;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Berichten;

/**
 * One indicator: its definition and source, its figures for the period with the breakdown (and,
 * for dossier roles, the way to the casussen behind a count), the trend, 0-meting and targets; the
 * businesscontroller enters external values, the 0-meting and streefwaarden here.
 */
@Named
@ViewScoped
public class IndicatorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private IndicatorCijfers cijfers;
    @Inject
    private IndicatorWaarden waarden;
    @Inject
    private Clock klok;

    private String id;
    private final Selectie selectie = new Selectie();

    private PeriodeKeuze keuze;
    private Periode periode;
    private IndicatorCijfers.Regel regel;
    private List<ExterneWaarde> historie;
    private Optional<Nulmeting> nulmeting = Optional.empty();
    private List<Streefwaarde> streefwaarden;

    private BigDecimal externeWaarde;
    private String externeBron;
    private String externeToelichting;
    private Integer nulmetingJaar;
    private BigDecimal nulmetingWaarde;
    private String nulmetingBron;
    private Integer streefJaar;
    private BigDecimal streefWaarde;

    public void laad() {
        if (keuze == null) {
            keuze = new PeriodeKeuze(LocalDate.now(klok).getYear() - 1);
            Periode uitLink = Acties.resultaat(selectie::periode);
            if (uitLink != null) {
                keuze.neem(uitLink);
            }
            streefJaar = LocalDate.now(klok).getYear();
        }
        bereken();
    }

    public void bereken() {
        Periode gekozen = Acties.resultaat(keuze::periode);
        if (gekozen == null) {
            return;
        }
        IndicatorCijfers.Regel berekend = Acties.resultaat(() -> cijfers.indicator(id, gekozen, selectie.filter()));
        if (berekend != null) {
            periode = gekozen;
            regel = berekend;
            historie = cijfers.externeHistorie(id);
            nulmeting = cijfers.nulmeting(id);
            streefwaarden = cijfers.streefwaarden(id);
        }
    }

    public void legExternVast() {
        if (Acties.voerUit(() -> waarden.legExternVast(id, periode, externeWaarde, externeBron, externeToelichting))) {
            Berichten.info("De externe waarde voor " + periode.label() + " is vastgelegd.");
            externeWaarde = null;
            externeToelichting = null;
        }
        bereken();
    }

    public void legNulmetingVast() {
        Long versie = nulmeting.map(Nulmeting::versie).orElse(null);
        if (Acties.voerUit(() -> waarden.legNulmetingVast(id, versie, jaar(nulmetingJaar),
                nulmetingWaarde, nulmetingBron))) {
            Berichten.info("De 0-meting is vastgelegd.");
        }
        bereken();
    }

    public void stelStreefwaarde() {
        Long versie = streefwaarden.stream().filter(s -> streefJaar != null && s.jaar() == streefJaar).map(Streefwaarde::versie)
                .findFirst().orElse(null);
        if (Acties.voerUit(() -> waarden.stelStreefwaarde(id, streefJaar, versie, streefWaarde))) {
            Berichten.info("De streefwaarde voor " + streefJaar + " is vastgelegd.");
            streefWaarde = null;
        }
        bereken();
    }

    private static Periode jaar(Integer jaar) {
        nl.sociaaldossier.shared.domain.DomainException.vereis(jaar != null, "Kies het jaar van de 0-meting.");
        return Periode.jaar(jaar);
    }

    public String getTrend() {
        return Grafieken.trend(regel, isJaarcijfers());
    }

    public String getTrendTekst() {
        return Grafieken.trendTekst(regel, isJaarcijfers());
    }

    public String getStaven() {
        return Grafieken.staven(regel);
    }

    public String getStavenTekst() {
        return Grafieken.stavenTekst(regel);
    }

    /** Yearly figures: only then are the yearly 0-meting and target drawn in the trend. */
    public boolean isJaarcijfers() {
        return getPeriode() != null && getPeriode().soort() == Periode.Soort.JAAR;
    }

    public List<SelectItem> getMaanden() {
        return PeriodeKeuze.maanden(LocalDate.now(klok));
    }

    public List<Integer> getJaren() {
        int nu = LocalDate.now(klok).getYear();
        return IntStream.rangeClosed(nu - 8, nu + 6).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public String getal(BigDecimal waarde) {
        return nl.sociaaldossier.indicators.query.Onderdrukking.opmaak(waarde);
    }

    public String nulmetingLabel(Nulmeting n) {
        return Periode.label(n.periodeVan(), n.periodeTot());
    }

    public String periodeLabel(ExterneWaarde e) {
        return Periode.label(e.periodeVan(), e.periodeTot());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Selectie getSelectie() {
        return selectie;
    }

    public PeriodeKeuze getKeuze() {
        return keuze;
    }

    public Periode getPeriode() {
        return periode;
    }

    public IndicatorCijfers.Regel getRegel() {
        return regel;
    }

    public List<ExterneWaarde> getHistorie() {
        return historie;
    }

    public Nulmeting getNulmeting() {
        return nulmeting.orElse(null);
    }

    public List<Streefwaarde> getStreefwaarden() {
        return streefwaarden;
    }

    public BigDecimal getExterneWaarde() {
        return externeWaarde;
    }

    public void setExterneWaarde(BigDecimal externeWaarde) {
        this.externeWaarde = externeWaarde;
    }

    public String getExterneBron() {
        return externeBron;
    }

    public void setExterneBron(String externeBron) {
        this.externeBron = externeBron;
    }

    public String getExterneToelichting() {
        return externeToelichting;
    }

    public void setExterneToelichting(String externeToelichting) {
        this.externeToelichting = externeToelichting;
    }

    public Integer getNulmetingJaar() {
        return nulmetingJaar;
    }

    public void setNulmetingJaar(Integer nulmetingJaar) {
        this.nulmetingJaar = nulmetingJaar;
    }

    public BigDecimal getNulmetingWaarde() {
        return nulmetingWaarde;
    }

    public void setNulmetingWaarde(BigDecimal nulmetingWaarde) {
        this.nulmetingWaarde = nulmetingWaarde;
    }

    public String getNulmetingBron() {
        return nulmetingBron;
    }

    public void setNulmetingBron(String nulmetingBron) {
        this.nulmetingBron = nulmetingBron;
    }

    public Integer getStreefJaar() {
        return streefJaar;
    }

    public void setStreefJaar(Integer streefJaar) {
        this.streefJaar = streefJaar;
    }

    public BigDecimal getStreefWaarde() {
        return streefWaarde;
    }

    public void setStreefWaarde(BigDecimal streefWaarde) {
        this.streefWaarde = streefWaarde;
    }
}
