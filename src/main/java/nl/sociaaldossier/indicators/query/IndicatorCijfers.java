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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.sociaaldossier.indicators.domain.ExterneWaarde;
import nl.sociaaldossier.indicators.domain.Nulmeting;
import nl.sociaaldossier.indicators.domain.Streefwaarde;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.infrastructure.Database;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The prestatie-indicatoren for a period, wijk or team: the registration's figures (suppressed
 * here, in the service: what leaves it is safe to show, chart or export), the external value
 * entered for that period, the 0-meting, the target of the year and the trend over the periods
 * before. Aggregates only; the drill-down to casussen is {@link DrillDown}.
 */
@Stateless
@RolesAllowed({Rol.BUSINESSCONTROLLER, Rol.BEHEERDER, Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER})
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

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;
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

    /** Every indicator of one strategic goal (all goals when {@code doel} is null), in the order of the doelenboom. */
    public List<Regel> bereken(String doel, Periode periode, Filter filter) {
        Map<IndicatorCatalogus.Indicator, String> indicatoren = new LinkedHashMap<>();
        for (IndicatorCatalogus.Doel d : catalogus.doelenboom()) {
            if (doel == null || doel.equals(d.code())) {
                d.beleidslijnen().forEach(lijn -> lijn.indicatoren().forEach(i -> indicatoren.put(i, lijn.code())));
            }
        }
        List<Definitie> definities = indicatoren.keySet().stream().filter(i -> !i.bron().equals("EXTERN"))
                .flatMap(i -> Afleidingen.van(i.id()).stream()).toList();
        List<Filter> filters = new ArrayList<>(List.of(filter));
        filters.addAll(filter.ruimer());
        // every period of the trend, the chosen filter and those one wider (for suppression), spread over a few connections
        ParalleleRollup.Uitkomsten uitkomsten = ParalleleRollup.bereken(dataSource, executor, verbindingen, definities,
                periode.reeks(TREND), filters);
        List<Regel> regels = new ArrayList<>();
        indicatoren.forEach((i, lijn) -> regels.add(regel(i, lijn, periode, filter, uitkomsten)));
        return regels;
    }

    /** One indicator, as {@link #bereken} gives it. */
    public Regel indicator(String id, Periode periode, Filter filter) {
        return bereken(null, periode, filter).stream().filter(r -> r.indicator().id().equals(id)).findFirst()
                .orElseThrow(() -> new DomainException("Deze indicator bestaat niet."));
    }

    /** The entries of an external indicator, newest first: its history. */
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
                        ParalleleRollup.Uitkomsten uitkomsten) {
        Optional<Definitie> definitie = i.bron().equals("EXTERN") ? Optional.empty() : Afleidingen.van(i.id());
        List<TrendPunt> trend = new ArrayList<>();
        Onderdrukking.Tabel nu = null;
        for (Periode p : periode.reeks(TREND)) {
            Onderdrukking.Tabel tabel = definitie.map(d -> tabel(d, filter, f -> uitkomsten.van(p, f))).orElse(null);
            trend.add(new TrendPunt(p.label(), tabel == null ? null : tabel.totaal(), extern(i.id(), p).map(ExterneWaarde::waarde)
                    .map(Onderdrukking::invoer).orElse(null)));
            nu = tabel;
        }
        Optional<ExterneWaarde> extern = extern(i.id(), periode);
        Optional<Nulmeting> nulmeting = nulmeting(i.id());
        BigDecimal streef = streefwaarden(i.id()).stream().filter(s -> s.jaar() == periode.tot().getYear())
                .map(Streefwaarde::waarde).findFirst().orElse(null);
        return new Regel(i, beleidslijn, definitie.map(d -> d.eenheid().omschrijving()).orElse(null),
                definitie.map(Definitie::uitsplitsing).orElse(List.of()), nu,
                extern.map(ExterneWaarde::waarde).map(Onderdrukking::invoer).orElse(null), extern.map(ExterneWaarde::bron).orElse(null),
                nulmeting.map(Nulmeting::waarde).map(Onderdrukking::invoer).orElse(null),
                nulmeting.map(n -> Periode.label(n.periodeVan(), n.periodeTot())).orElse(null),
                Onderdrukking.invoer(streef), trend, definitie.map(Definitie::filtert).orElse(false),
                definitie.map(Definitie::drillbaar).orElse(false));
    }

    /** The figures of one period, suppressed against the figures one filter wider as well. */
    private static Onderdrukking.Tabel tabel(Definitie definitie, Filter filter,
                                             java.util.function.Function<Filter, Map<String, Rollup.Uitkomst>> perFilter) {
        Filter geldig = definitie.filtert() ? filter : Filter.ALLES;
        List<Rollup.Uitkomst> ruimer = geldig.ruimer().stream().map(f -> perFilter.apply(f).get(definitie.id())).toList();
        return Onderdrukking.tabel(definitie, perFilter.apply(geldig).get(definitie.id()), ruimer);
    }

    /** The latest entry for exactly this period. */
    private Optional<ExterneWaarde> extern(String id, Periode periode) {
        return em.createQuery("""
                        select e from ExterneWaarde e where e.indicatorId = :id and e.periodeVan = :van and e.periodeTot = :tot
                        order by e.ingevoerdOp desc, e.id desc""", ExterneWaarde.class)
                .setParameter("id", id).setParameter("van", periode.van()).setParameter("tot", periode.tot())
                .setMaxResults(1).getResultStream().findFirst();
    }
}
