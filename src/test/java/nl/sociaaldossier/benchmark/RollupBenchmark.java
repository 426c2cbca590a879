package nl.sociaaldossier.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.indicators.query.Afleidingen;
import nl.sociaaldossier.indicators.query.Celsleutel;
import nl.sociaaldossier.indicators.query.Definitie;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.IndicatorStand;
import nl.sociaaldossier.indicators.query.ParalleleRollup;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.indicators.query.Rollup;
import nl.sociaaldossier.launcher.Database;
import org.flywaydb.core.Flyway;

/**
 * Benchmark of the registration indicators (see benchmark/indicatoren.sh): a real PostgreSQL with
 * the app's migrations and the synthetic registration (default 100,000 households), then, in one
 * run, the time of the full yearly rollup of every registration indicator and the time of one
 * count(*) over the tables it reads, and their ratio. Median of five rounds after one warm-up.
 */
public final class RollupBenchmark {

    /** The tables the rollup reads. */
    private static final List<String> TABELLEN = List.of("verwijzing", "melding", "casus", "gezinslid", "huishouden",
            "analyse_leefgebied", "doel", "voorziening", "aanbieder", "verwijzer", "wijk", "contract");

    /** Baseline B: the referrals with their voorziening, cliënt, household, wijk and casus, counted. */
    private static final String KOPPELING = """
            select count(*) from verwijzing r
            join voorziening vz on vz.id = r.voorziening_id join gezinslid p on p.id = r.client_id
            join huishouden h on h.id = p.huishouden_id join wijk w on w.id = h.wijk_id join casus c on c.id = r.casus_id""";

    private RollupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int huishoudens = Integer.parseInt(System.getProperty("benchmark.huishoudens", "100000"));
        int rondes = Integer.parseInt(System.getProperty("benchmark.rondes", "5"));
        Path map = Path.of(System.getProperty("benchmark.dir", "target/benchmark")).resolve("pg-" + huishoudens);
        try (Database db = Database.embedded(map, 0, true);
             Connection verbinding = DriverManager.getConnection(db.url(), db.eigenaar(), db.eigenaarWachtwoord())) {
            long start = System.nanoTime();
            Flyway.configure().dataSource(db.url(), db.eigenaar(), db.eigenaarWachtwoord())
                    .locations("classpath:db/migration", "classpath:db/synthetisch")
                    .placeholders(Map.of("synthetische_huishoudens", String.valueOf(huishoudens), "app_rol", db.gebruiker()))
                    .load().migrate();
            System.out.printf("Registration ready in %.1f s (generated once per size, kept in %s)%n", (System.nanoTime() - start) / 1e9, map);
            // as autovacuum does in a running database: statistics and the visibility map for index-only scans
            try (Statement s = verbinding.createStatement()) {
                s.execute("vacuum analyze");
            }
            for (String tabel : List.of("huishouden", "gezinslid", "casus", "melding", "verwijzing", "ave_wijziging")) {
                System.out.printf("  %-12s %,10d rows%n", tabel, getal(verbinding, "select count(*) from " + tabel));
            }
            for (String instelling : System.getProperty("benchmark.set", "").split(",")) {
                if (!instelling.isBlank()) {
                    try (Statement s = verbinding.createStatement()) {
                        String[] delen = instelling.split("=", 2);
                        s.execute("set " + delen[0].strip() + " = '" + delen[1].strip() + "'");
                    }
                }
            }
            System.out.println("PostgreSQL " + tekst(verbinding, "show server_version") + "; work_mem " + tekst(verbinding, "show work_mem")
                    + ", shared_buffers " + tekst(verbinding, "show shared_buffers") + ", jit " + tekst(verbinding, "show jit")
                    + ", max_parallel_workers_per_gather " + tekst(verbinding, "show max_parallel_workers_per_gather"));
            Periode jaar = Periode.jaar(LocalDate.now().getYear() - 1);
            org.postgresql.ds.PGSimpleDataSource bron = new org.postgresql.ds.PGSimpleDataSource();
            bron.setUrl(db.url());
            bron.setUser(db.gebruiker());
            bron.setPassword(db.wachtwoord());
            String instellingen = System.getProperty("benchmark.set", "");
            if (!instellingen.isBlank()) {
                bron.setOptions(String.join(" ", java.util.Arrays.stream(instellingen.split(",")).map(i -> "-c " + i.strip()).toList()));
            }
            Rollup rollup = new Rollup(verbinding);
            for (String id : System.getProperty("benchmark.explain", "").split(",")) {
                if (!id.isBlank()) {
                    System.out.println("Plan of " + id + ":\n" + String.join("\n",
                            rollup.verklaar(Afleidingen.van(id).orElseThrow(), jaar, Filter.ALLES)));
                }
            }
            String telling = "select " + String.join(" + ", TABELLEN.stream().map(t -> "(select count(*) from " + t + ")").toList());
            rollup(bron, jaar);
            getal(verbinding, telling);
            getal(verbinding, KOPPELING);
            List<Double> rollups = new ArrayList<>();
            List<Double> tellingen = new ArrayList<>();
            List<Double> koppelingen = new ArrayList<>();
            for (int i = 0; i < rondes; i++) {
                long t0 = System.nanoTime();
                rollup(bron, jaar);
                rollups.add((System.nanoTime() - t0) / 1e6);
                long t1 = System.nanoTime();
                getal(verbinding, telling);
                tellingen.add((System.nanoTime() - t1) / 1e6);
                long t2 = System.nanoTime();
                getal(verbinding, KOPPELING);
                koppelingen.add((System.nanoTime() - t2) / 1e6);
            }
            double r = mediaan(rollups);
            double c = mediaan(tellingen);
            double k = mediaan(koppelingen);
            System.out.printf("Full yearly rollup of %d registration indicators (%s, no filter, %d connections): %.0f ms (rounds: %s)%n",
                    Afleidingen.alle().size(), jaar.label(), VERBINDINGEN, r, rondes(rollups));
            System.out.printf("A. count(*) of each of the %d tables it reads, in one statement: %.0f ms (rounds: %s)%n",
                    TABELLEN.size(), c, rondes(tellingen));
            System.out.printf("B. one count(*) over the referrals joined as the rollup joins them: %.0f ms (rounds: %s)%n", k, rondes(koppelingen));
            System.out.printf("Ratio rollup / A: %.2f; rollup / B: %.2f (target at most 3; rollup target under 2000 ms)%n", r / c, r / k);
            List<String> traagste = new ArrayList<>();
            for (Definitie d : Afleidingen.alle()) {
                long t = System.nanoTime();
                rollup.bereken(d, jaar, Filter.ALLES);
                traagste.add(String.format("%6.0f ms  %s", (System.nanoTime() - t) / 1e6, d.id()));
            }
            traagste.sort(Collections.reverseOrder());
            long trend = System.nanoTime();
            ParalleleRollup.bereken(bron, POOL, VERBINDINGEN, Afleidingen.alle(), jaar.reeks(5), List.of(Filter.ALLES), Celsleutel.STANDAARD_ZAAD);
            System.out.printf("What the dashboard computes for all goals with a five-year trend (5 yearly rollups): %.1f s%n",
                    (System.nanoTime() - trend) / 1e9);
            System.out.println("Slowest indicators, each on its own: " + String.join(" | ", traagste.subList(0, Integer.getInteger("benchmark.traagste", 8))));
            bewaard(verbinding, bron, jaar, k);
            POOL.shutdown();
        }
    }

    /**
     * The figures kept per period, wijk and team (IndicatorStand): the first count of the whole window,
     * the full yearly rollup and the five-year trend of all goals as the dashboard reads them, what the
     * triggers cost a write, and the refresh after a burst of casework.
     */
    private static void bewaard(Connection verbinding, javax.sql.DataSource bron, Periode jaar, double koppeling) throws SQLException {
        LocalDate vandaag = LocalDate.now();
        try (Statement s = verbinding.createStatement()) {
            s.execute("truncate indicator_periode cascade; truncate indicator_wijziging");
        }
        long t = System.nanoTime();
        List<String> geteld = new ArrayList<>();
        for (var v = IndicatorStand.ververs(verbinding, Celsleutel.STANDAARD_ZAAD, vandaag, java.time.Duration.ofHours(1));
             v.isPresent() && !v.get().perioden().isEmpty(); v = IndicatorStand.ververs(verbinding, Celsleutel.STANDAARD_ZAAD, vandaag,
                java.time.Duration.ofHours(1))) {
            geteld.addAll(v.get().perioden());
        }
        System.out.printf("Kept figures: first count of the window (%d periods: %d years, %d quarters, %d months), per wijk: %.1f s%n",
                geteld.size(), IndicatorStand.JAREN, IndicatorStand.KWARTALEN, IndicatorStand.MAANDEN, (System.nanoTime() - t) / 1e9);
        List<Double> jaren = new ArrayList<>();
        List<Double> trends = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            try (Connection c = bron.getConnection()) {
                long t0 = System.nanoTime();
                var gelezen = IndicatorStand.lees(c, List.of(jaar), List.of(Filter.ALLES), java.time.Duration.ofMinutes(2), java.time.Instant.now(), vandaag);
                jaren.add((System.nanoTime() - t0) / 1e6);
                if (!gelezen.heeft(jaar)) {
                    throw new IllegalStateException("not kept: " + jaar);
                }
                long t1 = System.nanoTime();
                gelezen = IndicatorStand.lees(c, jaar.reeks(5), List.of(Filter.ALLES, new Filter(1L, null)), java.time.Duration.ofMinutes(2),
                        java.time.Instant.now(), vandaag);
                trends.add((System.nanoTime() - t1) / 1e6);
                if (gelezen.perPeriode().size() != 5) {
                    throw new IllegalStateException("not all kept: " + gelezen.perPeriode().keySet());
                }
            }
        }
        double r = mediaan(jaren);
        System.out.printf("Full yearly rollup read from the kept figures: %.1f ms (rounds: %s); ratio to B: %.3f (target at most 3)%n",
                r, rondes(jaren), r / koppeling);
        System.out.printf("All goals with the five-year trend, for a wijk and the whole municipality, read from the kept figures: %.1f ms"
                + " (rounds: %s; target under 1 s)%n", mediaan(trends), rondes(trends));

        // what the triggers cost a write: single-row updates of a referral's end date, each its own transaction
        List<Long> ids = new ArrayList<>();
        try (Statement s = verbinding.createStatement(); ResultSet rs = s.executeQuery(
                "select id from verwijzing where beeindigd_op is null and gestart_op is not null order by id limit 400")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        double met = schrijf(verbinding, ids.subList(0, 200), vandaag);
        try (Statement s = verbinding.createStatement()) {
            s.execute("alter table verwijzing disable trigger user");
        }
        double zonder = schrijf(verbinding, ids.subList(200, 400), vandaag);
        try (Statement s = verbinding.createStatement()) {
            s.execute("alter table verwijzing enable trigger user");
            s.execute("insert into indicator_wijziging (tabel, vanaf) values ('verwijzing', current_date)");
        }
        System.out.printf("A referral ended (one row, one transaction): %.2f ms with the change log, %.2f ms without%n", met, zonder);
        long t2 = System.nanoTime();
        var v = IndicatorStand.ververs(verbinding, Celsleutel.STANDAARD_ZAAD, vandaag, java.time.Duration.ofHours(1)).orElseThrow();
        System.out.printf("Refresh after those 400 referrals ended today: %.1f s, recounted %s%n", (System.nanoTime() - t2) / 1e9, v.perioden());
    }

    private static double schrijf(Connection verbinding, List<Long> ids, LocalDate vandaag) throws SQLException {
        long t = System.nanoTime();
        try (var s = verbinding.prepareStatement("update verwijzing set beeindigd_op = ?, status = 'BEEINDIGD' where id = ?")) {
            for (long id : ids) {
                s.setObject(1, vandaag);
                s.setLong(2, id);
                s.executeUpdate();
            }
        }
        return (System.nanoTime() - t) / 1e6 / ids.size();
    }

    /**
     * The full rollup as the app does it for a page: all indicators for the year, its statements
     * spread over as many connections as the database has cores (indicatoren.verbindingen, 2).
     */
    private static void rollup(javax.sql.DataSource bron, Periode jaar) {
        ParalleleRollup.bereken(bron, POOL, VERBINDINGEN, Afleidingen.alle(), List.of(jaar), List.of(Filter.ALLES), Celsleutel.STANDAARD_ZAAD);
    }

    private static final int VERBINDINGEN = Integer.getInteger("benchmark.verbindingen", 2);
    private static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(VERBINDINGEN);

    private static long getal(Connection verbinding, String sql) throws SQLException {
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String tekst(Connection verbinding, String sql) throws SQLException {
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static double mediaan(List<Double> waarden) {
        List<Double> gesorteerd = new ArrayList<>(waarden);
        Collections.sort(gesorteerd);
        return gesorteerd.get(gesorteerd.size() / 2);
    }

    private static String rondes(List<Double> waarden) {
        return String.join(", ", waarden.stream().map(w -> String.format("%.0f", w)).toList());
    }
}
