package nl.sociaaldossier.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.indicators.query.Afleidingen;
import nl.sociaaldossier.indicators.query.Celsleutel;
import nl.sociaaldossier.indicators.query.Definitie;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.Onderdrukking;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.indicators.query.Rollup;
import nl.sociaaldossier.launcher.Database;
import org.flywaydb.core.Flyway;

/**
 * How much the disclosure control changes the demo data's figures: the run command's registration
 * (demo households and the synthetic registration of 3,000 households) in its own embedded
 * PostgreSQL, every registration indicator over persons, households, referrals or meldingen, for the
 * last five years, the quarters and months of last year, for the whole municipality, each wijk and
 * each team: how many published cells (breakdown cells and totals with a count above zero) the
 * cell-key noise changed, and how many are shown as "&lt; 5".
 */
public final class OnthullingMeting {

    private OnthullingMeting() {
    }

    public static void main(String[] args) throws Exception {
        int huishoudens = Integer.parseInt(System.getProperty("benchmark.huishoudens", "3000"));
        Path map = Path.of(System.getProperty("benchmark.dir", "target/benchmark")).resolve("demo-" + huishoudens);
        try (Database db = Database.embedded(map, 0, true);
             Connection c = DriverManager.getConnection(db.url(), db.eigenaar(), db.eigenaarWachtwoord())) {
            Flyway.configure().dataSource(db.url(), db.eigenaar(), db.eigenaarWachtwoord())
                    .locations("classpath:db/migration", "classpath:db/demo", "classpath:db/synthetisch")
                    .placeholders(Map.of("synthetische_huishoudens", String.valueOf(huishoudens), "app_rol", db.gebruiker()))
                    .load().migrate();
            List<Filter> filters = new ArrayList<>(List.of(Filter.ALLES));
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select id from wijk order by id")) {
                while (r.next()) {
                    filters.add(new Filter(r.getLong(1), null));
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select distinct team_id from wijk order by 1")) {
                while (r.next()) {
                    filters.add(new Filter(null, r.getLong(1)));
                }
            }
            int jaar = LocalDate.now().getYear() - 1;
            List<Periode> perioden = new ArrayList<>();
            for (int j = jaar - 4; j <= jaar; j++) {
                perioden.add(Periode.jaar(j));
            }
            for (int k = 1; k <= 4; k++) {
                perioden.add(Periode.kwartaal(jaar, k));
            }
            for (int m = 1; m <= 12; m++) {
                perioden.add(Periode.maand(YearMonth.of(jaar, m)));
            }
            long zaad = Long.getLong("indicatoren.celsleutel", Celsleutel.STANDAARD_ZAAD);
            Rollup rollup = new Rollup(c, zaad);
            long cellen = 0;
            long veranderd = 0;
            long onderdrukt = 0;
            long somAfwijking = 0;
            for (Definitie d : Afleidingen.alle()) {
                if (!d.eenheid().isOverPersonen()) {
                    continue;
                }
                for (Periode p : perioden) {
                    for (Filter f : d.filtert() ? filters : List.of(Filter.ALLES)) {
                        Rollup.Uitkomst u = rollup.bereken(d, p, f);
                        List<long[]> paren = new ArrayList<>();
                        u.cellen().forEach(cel -> paren.add(new long[] {cel.aantal(), cel.celsleutel()}));
                        paren.add(new long[] {u.totaal(), u.totaalsleutel()});
                        for (long[] paar : paren) {
                            if (paar[0] == 0) {
                                continue;
                            }
                            cellen++;
                            long gepubliceerd = Celsleutel.verstoord(paar[0], paar[1]);
                            if (paar[0] < Onderdrukking.DREMPEL || gepubliceerd < Onderdrukking.DREMPEL) {
                                onderdrukt++;
                            } else if (gepubliceerd != paar[0]) {
                                veranderd++;
                                somAfwijking += Math.abs(gepubliceerd - paar[0]);
                            }
                        }
                    }
                }
            }
            long getoond = cellen - onderdrukt;
            System.out.printf("Demo data (%d synthetic households): %d published cells with a count above zero (%d periods, %d filters,"
                            + " all indicators over persons, households, referrals or meldingen)%n", huishoudens, cellen, perioden.size(),
                    filters.size());
            System.out.printf("  shown as \"< 5\": %d (%.1f%%)%n", onderdrukt, 100.0 * onderdrukt / cellen);
            System.out.printf("  shown as a number: %d, of which changed by the cell-key noise: %d (%.1f%%), mean change %.2f%n", getoond,
                    veranderd, 100.0 * veranderd / Math.max(1, getoond), veranderd == 0 ? 0.0 : somAfwijking / (double) veranderd);
        }
    }
}
