package nl.sociaaldossier.indicators.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * Rollups of several periods and filters, spread over a few database connections at once: every
 * statement is a task on one shared queue, taken by whichever connection is free. The database
 * does the counting; this only keeps its cores busy. Same figures as {@link Rollup} one by one.
 */
public final class ParalleleRollup {

    /** The figures per period, per filter, per indicator. */
    public record Uitkomsten(Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> perPeriode) {

        public Map<String, Rollup.Uitkomst> van(Periode periode, Filter filter) {
            return perPeriode.getOrDefault(periode, Map.of()).getOrDefault(filter, Map.of());
        }

        /** These and the figures of other periods (kept ones, {@link IndicatorStand}). */
        public Uitkomsten met(Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> andere) {
            Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> samen = new HashMap<>(perPeriode);
            samen.putAll(andere);
            return new Uitkomsten(samen);
        }
    }

    private record Taak(List<Definitie> statement, Periode periode, Filter filter) {
    }

    private ParalleleRollup() {
    }

    public static Uitkomsten bereken(DataSource dataSource, Executor executor, int verbindingen, List<Definitie> definities,
                                     List<Periode> perioden, List<Filter> filters, long zaad) {
        if (perioden.isEmpty()) {
            return new Uitkomsten(Map.of());
        }
        Queue<Taak> taken = new ConcurrentLinkedQueue<>();
        for (Periode p : perioden) {
            for (Filter f : filters) {
                Rollup.statements(definities).forEach(s -> taken.add(new Taak(s, p, f)));
            }
        }
        Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> uitkomsten = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> werkers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, verbindingen); i++) {
            werkers.add(CompletableFuture.runAsync(() -> werk(dataSource, taken, uitkomsten, zaad), executor));
        }
        try {
            CompletableFuture.allOf(werkers.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Indicatoren konden niet worden berekend", e.getCause());
        }
        Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> vast = new HashMap<>();
        uitkomsten.forEach((p, perFilter) -> {
            Map<Filter, Map<String, Rollup.Uitkomst>> kopie = new HashMap<>();
            perFilter.forEach((f, m) -> kopie.put(f, Map.copyOf(m)));
            vast.put(p, kopie);
        });
        return new Uitkomsten(vast);
    }

    private static void werk(DataSource dataSource, Queue<Taak> taken, Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> uitkomsten,
                             long zaad) {
        try (Connection verbinding = dataSource.getConnection()) {
            Rollup rollup = new Rollup(verbinding, zaad);
            for (Taak t = taken.poll(); t != null; t = taken.poll()) {
                Map<String, Rollup.Uitkomst> uitkomst = rollup.berekenStatement(t.statement(), t.periode(), t.filter());
                uitkomsten.computeIfAbsent(t.periode(), k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(t.filter(), k -> new ConcurrentHashMap<>()).putAll(uitkomst);
            }
        } catch (SQLException e) {
            throw new CompletionException(e);
        }
    }
}
