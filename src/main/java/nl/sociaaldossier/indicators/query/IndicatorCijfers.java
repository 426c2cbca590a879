package nl.sociaaldossier.indicators.query;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import nl.sociaaldossier.indicators.domain.ExterneWaarde;
import nl.sociaaldossier.indicators.domain.Nulmeting;
import nl.sociaaldossier.indicators.domain.Streefwaarde;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.infrastructure.Leesreplica;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The prestatie-indicatoren for a period, wijk or team: the registration's figures (suppressed
 * here, in the service: what leaves it is safe to show, chart or export), the external value
 * entered for that period, the 0-meting, the target of the year and the trend over the periods
 * before. Aggregates only; the drill-down to casussen is {@link DrillDown}.
 */
@Stateless
@RolesAllowed({Rol.BUSINESSCONTROLLER, Rol.BEHEERDER, Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.KOPPELING})
public class IndicatorCijfers {

    /** The number of periods in a trend, the chosen one included. */
    public static final int TREND = 5;

    /** One period of the trend. */
    public record TrendPunt(String periode, Onderdrukking.Getoond registratie, Onderdrukking.Getoond extern) implements Serializable {
    }

    /** An indicator with everything the dashboard, table and export show of it. */
    public record Regel(IndicatorCatalogus.Indicator indicator, String beleidslijn, String eenheid, List<String> uitsplitsing,
                        Onderdrukking.Tabel registratie, Onderdrukking.Getoond extern, String externeBron,
                        Onderdrukking.Getoond nulmeting, String nulmetingPeriode, Onderdrukking.Getoond streefwaarde,
                        List<TrendPunt> trend, boolean filtert, boolean drillbaar) implements Serializable {

        /** Whether there is anything to draw: a figure in some period, a 0-meting or a target. */
        public boolean heeftVerloop() {
            return nulmeting != null || streefwaarde != null
                    || trend.stream().anyMatch(t -> t.registratie() != null || t.extern() != null);
        }

        public String uitsplitsingTekst() {
            return String.join(" en ", uitsplitsing);
        }

        public boolean uitRegistratie() {
            return registratie != null;
        }

        /** The headline figure: the registration's total, or else the external value. */
        public Onderdrukking.Getoond waarde() {
            return registratie != null ? registratie.totaal() : extern;
        }
    }

    /** The rollups read a streaming replica when one is configured (db.replica.url), else the primary. */
    @Inject
    private Leesreplica leesreplica;
    @PersistenceContext
    private EntityManager em;
    @Inject
    private IndicatorCatalogus catalogus;
    @Resource
    private ManagedExecutorService executor;
    /** How many database connections one page's rollup may use at once (the database's cores). */
    @Inject
    @ConfigProperty(name = "indicatoren.verbindingen", defaultValue = "2")
    int verbindingen;
    /** The secret seed of the records' cell keys ({@link Celsleutel}); set once per municipality, never changed. */
    @Inject
    @ConfigProperty(name = "indicatoren.celsleutel", defaultValue = "" + Celsleutel.STANDAARD_ZAAD)
    long zaad;

    /**
     * How long a change may wait for the refresh ({@link IndicatorStand}) before a page counts the
     * registration itself instead of showing the figures kept: 0 counts whenever a change waits.
     */
    @Inject
    @ConfigProperty(name = "indicatoren.achterstand", defaultValue = "PT3M")
    Duration achterstand;
    @Inject
    private Clock klok;

    /**
     * The indicators shown, the moment the registration was counted (the oldest, when kept figures
     * were read) and where it was read (the replica and its lag, or the primary).
     */
    public record Overzicht(List<Regel> regels, Instant stand, Leesreplica.Bron bron) implements Serializable {
    }

    /** Every indicator of one strategic goal (all goals when {@code doel} is null), in the order of the doelenboom. */
    public List<Regel> bereken(String doel, Periode periode, Filter filter) {
        return overzicht(doel, periode, filter).regels();
    }

    /** As {@link #bereken}, with the moment the figures were counted. */
    public Overzicht overzicht(String doel, Periode periode, Filter filter) {
        return bereken((d, i) -> doel == null || doel.equals(d.code()), periode, filter);
    }

    /** One indicator, as {@link #bereken} gives it. */
    public Regel indicator(String id, Periode periode, Filter filter) {
        return bereken((d, i) -> i.id().equals(id), periode, filter).regels().stream().findFirst()
                .orElseThrow(() -> new DomainException("Deze indicator bestaat niet."));
    }

    private Overzicht bereken(BiPredicate<IndicatorCatalogus.Doel, IndicatorCatalogus.Indicator> welke,
                              Periode periode, Filter filter) {
        Map<IndicatorCatalogus.Indicator, String> indicatoren = new LinkedHashMap<>();
        for (IndicatorCatalogus.Doel d : catalogus.doelenboom()) {
            d.beleidslijnen().forEach(lijn -> lijn.indicatoren().stream().filter(i -> welke.test(d, i))
                    .forEach(i -> indicatoren.put(i, lijn.code())));
        }
        if (indicatoren.isEmpty()) {
            return new Overzicht(List.of(), Instant.now(klok), Leesreplica.Bron.PRIMAIR);
        }
        List<Definitie> definities = indicatoren.keySet().stream().filter(i -> !i.bron().equals("EXTERN"))
                .flatMap(i -> Afleidingen.van(i.id()).stream()).toList();
        List<Filter> filters = filter.isLeeg() ? List.of(filter) : List.of(filter, Filter.ALLES);
        // every period of the trend, for the chosen filter (and the whole municipality, for what does not filter):
        // as kept by the refresh where it is current enough, else counted now, spread over a few connections
        Instant nu = Instant.now(klok);
        Bewaard bewaard = bewaard(periode.reeks(TREND), filters, nu);
        List<Periode> tellen = periode.reeks(TREND).stream().filter(p -> !bewaard.gelezen().heeft(p)).toList();
        ParalleleRollup.Uitkomsten uitkomsten = ParalleleRollup.bereken(leesreplica.dataSource(), executor, verbindingen, definities,
                tellen, filters, zaad).met(bewaard.gelezen().perPeriode());
        Doelwaarden doelwaarden = doelwaarden(indicatoren.keySet().stream().map(IndicatorCatalogus.Indicator::id).toList(),
                periode.tot().getYear());
        List<Regel> regels = new ArrayList<>();
        indicatoren.forEach((i, lijn) -> regels.add(regel(i, lijn, periode, filter, uitkomsten, doelwaarden)));
        return new Overzicht(regels, tellen.isEmpty() ? bewaard.gelezen().stand().orElse(nu) : nu, bewaard.bron());
    }

    private record Bewaard(IndicatorStand.Gelezen gelezen, Leesreplica.Bron bron) {
    }

    private Bewaard bewaard(List<Periode> perioden, List<Filter> filters, Instant nu) {
        try (Leesreplica.Verbinding verbinding = leesreplica.verbinding()) {
            return new Bewaard(IndicatorStand.lees(verbinding.connection(), perioden, filters, achterstand, nu, LocalDate.now(klok)),
                    verbinding.bron());
        } catch (SQLException e) {
            throw new IllegalStateException("Indicatoren konden niet worden gelezen", e);
        }
    }

    /** What the businesscontroller entered for the indicators shown, read at once. */
    private record Doelwaarden(Map<String, ExterneWaarde> extern, Map<String, Nulmeting> nulmetingen, Map<String, BigDecimal> streef) {

        /** The latest entry for exactly this period. */
        Optional<ExterneWaarde> extern(String id, Periode periode) {
            return Optional.ofNullable(extern.get(id + "|" + periode.van() + "|" + periode.tot()));
        }
    }

    private Doelwaarden doelwaarden(List<String> ids, int jaar) {
        Map<String, ExterneWaarde> extern = new HashMap<>();
        em.createQuery("select e from ExterneWaarde e where e.indicatorId in :ids order by e.ingevoerdOp desc, e.id desc", ExterneWaarde.class)
                .setParameter("ids", ids).getResultList()
                .forEach(e -> extern.putIfAbsent(e.indicatorId() + "|" + e.periodeVan() + "|" + e.periodeTot(), e));
        Map<String, Nulmeting> nulmetingen = new HashMap<>();
        em.createQuery("select n from Nulmeting n where n.indicatorId in :ids", Nulmeting.class).setParameter("ids", ids)
                .getResultList().forEach(n -> nulmetingen.put(n.indicatorId(), n));
        Map<String, BigDecimal> streef = new HashMap<>();
        em.createQuery("select s from Streefwaarde s where s.indicatorId in :ids and s.jaar = :jaar", Streefwaarde.class)
                .setParameter("ids", ids).setParameter("jaar", jaar).getResultList()
                .forEach(st -> streef.put(st.indicatorId(), st.waarde()));
        return new Doelwaarden(extern, nulmetingen, streef);
    }

    /** The entries of an external indicator, newest first: its history. */
    /** The year of the first melding in the registration (a migration brings older years), or null when there is none. */
    public Integer eersteJaar() {
        Object eerste = em.createNativeQuery("select min(meldingsdatum) from melding").getSingleResult();
        return eerste == null ? null : (eerste instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) eerste).getYear();
    }

    public List<ExterneWaarde> externeHistorie(String id) {
        return em.createQuery("select e from ExterneWaarde e where e.indicatorId = :id order by e.ingevoerdOp desc, e.id desc",
                ExterneWaarde.class).setParameter("id", id).getResultList();
    }

    public Optional<Nulmeting> nulmeting(String id) {
        return Optional.ofNullable(em.find(Nulmeting.class, id));
    }

    public List<Streefwaarde> streefwaarden(String id) {
        return em.createQuery("select s from Streefwaarde s where s.indicatorId = :id order by s.jaar", Streefwaarde.class)
                .setParameter("id", id).getResultList();
    }

    private Regel regel(IndicatorCatalogus.Indicator i, String beleidslijn, Periode periode, Filter filter,
                        ParalleleRollup.Uitkomsten uitkomsten, Doelwaarden doelwaarden) {
        Optional<Definitie> definitie = i.bron().equals("EXTERN") ? Optional.empty() : Afleidingen.van(i.id());
        List<TrendPunt> trend = new ArrayList<>();
        Onderdrukking.Tabel nu = null;
        for (Periode p : periode.reeks(TREND)) {
            Onderdrukking.Tabel tabel = definitie.map(d -> tabel(d, filter, f -> uitkomsten.van(p, f))).orElse(null);
            trend.add(new TrendPunt(p.label(), tabel == null ? null : tabel.totaal(),
                    doelwaarden.extern(i.id(), p).map(ExterneWaarde::waarde).map(Onderdrukking::invoer).orElse(null)));
            nu = tabel;
        }
        Optional<ExterneWaarde> extern = doelwaarden.extern(i.id(), periode);
        Optional<Nulmeting> nulmeting = Optional.ofNullable(doelwaarden.nulmetingen().get(i.id()));
        return new Regel(i, beleidslijn, definitie.map(d -> d.eenheid().omschrijving()).orElse(null),
                definitie.map(Definitie::uitsplitsing).orElse(List.of()), nu,
                extern.map(ExterneWaarde::waarde).map(Onderdrukking::invoer).orElse(null), extern.map(ExterneWaarde::bron).orElse(null),
                nulmeting.map(Nulmeting::waarde).map(Onderdrukking::invoer).orElse(null),
                nulmeting.map(n -> Periode.label(n.periodeVan(), n.periodeTot())).orElse(null),
                Onderdrukking.invoer(doelwaarden.streef().get(i.id())), trend, definitie.map(Definitie::filtert).orElse(false),
                definitie.map(Definitie::drillbaar).orElse(false));
    }

    /** The figures of one period as they may be published (cell-key perturbation, threshold). */
    private static Onderdrukking.Tabel tabel(Definitie definitie, Filter filter,
                                             Function<Filter, Map<String, Rollup.Uitkomst>> perFilter) {
        Filter geldig = definitie.filtert() ? filter : Filter.ALLES;
        return Onderdrukking.tabel(definitie, perFilter.apply(geldig).get(definitie.id()));
    }
}
