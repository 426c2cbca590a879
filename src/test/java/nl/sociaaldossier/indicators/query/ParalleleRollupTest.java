package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Spread over connections, the rollup gives the same figures as one connection does, statement by statement. */
class ParalleleRollupTest {

    @Test
    void zelfdeCijfersAlsEenVoorEen() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start(); Connection db = pg.getPostgresDatabase().getConnection()) {
            Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration", "classpath:db/synthetisch")
                    .placeholders(java.util.Map.of("synthetische_huishoudens", "300", "app_rol", "")).load().migrate();
            List<Periode> perioden = List.of(Periode.jaar(YearMonth.now().getYear() - 1), Periode.kwartaal(YearMonth.now().getYear() - 2, 3),
                    Periode.maand(YearMonth.now().minusMonths(14)));
            Filter wijk = new Filter(1L, null);
            var parallel = ParalleleRollup.bereken(pg.getPostgresDatabase(), pool, 3, Afleidingen.alle(), perioden, List.of(Filter.ALLES, wijk), Celsleutel.STANDAARD_ZAAD);
            Rollup rollup = new Rollup(db);
            long getallen = 0;
            for (Periode p : perioden) {
                for (Filter f : List.of(Filter.ALLES, wijk)) {
                    for (Definitie d : Afleidingen.alle()) {
                        Rollup.Uitkomst een = rollup.bereken(d, p, f);
                        assertEquals(een, parallel.van(p, f).get(d.id()), d.id() + " " + p.label() + " " + f);
                        getallen += een.totaal();
                    }
                }
            }
            assertEquals(true, getallen > 1000, "the synthetic registration gives figures to compare: " + getallen);
        } finally {
            pool.shutdown();
        }
    }
}
