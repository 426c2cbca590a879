package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differencing attacks of a curious businesscontroller, against the real rollup in a real
 * PostgreSQL: the municipality minus the other wijken, a year minus its quarters, one peildatum minus
 * the next, a total minus its visible cells. Each attack is aimed at a group of 3. The secret seed of
 * the cell keys is unknown to the attacker, so each attack is tried under 200 seeds: it must not give
 * the 3 reliably (exactly in at most half of them, and the attacker cannot tell which), while the
 * small group itself is never shown. Without the cell-key noise every one of these attacks gives 3
 * every time (checked on the true counts).
 */
class OnthullingTest {

    static final int ZADEN = 200;
    static EmbeddedPostgres pg;
    static Connection db;
    static Registratie reg;

    @BeforeAll
    static void registratie() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration")
                .placeholders(java.util.Map.of("app_rol", "")).load().migrate();
        db = pg.getPostgresDatabase().getConnection();
        reg = new Registratie(db);
        // Stadsbank (D1-1.14.2, lopend in 2025): 40 in Binnenstad, 30 in De Riet, 3 in Noorderkwartier
        stadsbank("Binnenstad", 40);
        stadsbank("De Riet", 30);
        stadsbank("Noorderkwartier", 3);
        // Taalpunt (D1-1.1.1, by date of the aanvraag): 30 in each of the first three quarters of 2025, 3 in the fourth
        taalpunt("2025-02-10", 30);
        taalpunt("2025-05-10", 30);
        taalpunt("2025-08-10", 30);
        taalpunt("2025-11-10", 3);
        // Jeugdwet, younger than 4 on the peildatum (D1-1.7A.2): 30 children, 3 of whom turn 4 in June 2025
        long h = reg.huishouden("Binnenstad", "Almelo");
        long c = reg.casus(h);
        for (int i = 0; i < 30; i++) {
            String geboren = i < 3 ? "2021-06-1" + i : "2023-01-0" + (1 + i % 9);
            reg.verwijzing(c, reg.lid(h, geboren), "Jeugdhulp ambulant: begeleiding", "Huisarts", "Jeugdhulp Twente", "2024-12-01", "2024-12-05",
                    "2025-01-01", null);
        }
        // Jeugdwet per voorziening and aanbieder (D3-JW-3.1): 3 in Pleegzorg, 40 and 30 in two others
        jeugd("Pleegzorg", 3);
        jeugd("Jeugd-GGZ", 40);
        jeugd("Jeugdhulp ambulant: behandeling", 30);
    }

    private static void stadsbank(String wijk, int aantal) throws SQLException {
        for (int i = 0; i < aantal; i++) {
            long h = reg.huishouden(wijk, "Almelo");
            reg.verwijzing(reg.casus(h), reg.lid(h, "1980-01-01"), "Stadsbank (schuldregeling, budgetbeheer)", "Huisarts", null, "2024-10-01",
                    "2024-10-05", "2024-11-01", null);
        }
    }

    private static void taalpunt(String datum, int aantal) throws SQLException {
        for (int i = 0; i < aantal; i++) {
            long h = reg.huishouden("De Riet", "Almelo");
            reg.verwijzing(reg.casus(h), reg.lid(h, "1970-01-01"), "Taalpunt / aanpak laaggeletterdheid", "Huisarts", null, datum, null, null, null);
        }
    }

    private static void jeugd(String voorziening, int aantal) throws SQLException {
        for (int i = 0; i < aantal; i++) {
            long h = reg.huishouden("Binnenstad", "Almelo");
            reg.verwijzing(reg.casus(h), reg.lid(h, "2012-01-01"), voorziening, "Huisarts", "Jeugdhulp Twente", "2025-01-01", "2025-01-05",
                    "2025-02-01", null);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        pg.close();
    }

    /** What the page shows of an indicator under a seed: its total, or null for "< 5". */
    private static Long getoond(long zaad, String id, Periode periode, Filter filter) {
        Definitie d = Afleidingen.van(id).orElseThrow();
        try {
            var tabel = Onderdrukking.tabel(d, new Rollup(db, zaad).bereken(d, periode, filter));
            return tabel.totaal().getal() == null ? null : tabel.totaal().getal().longValueExact();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long waar(String id, Periode periode, Filter filter) throws SQLException {
        return new Rollup(db).bereken(Afleidingen.van(id).orElseThrow(), periode, filter).totaal();
    }

    private static Filter wijk(String naam) throws SQLException {
        return new Filter(reg.id("select id from wijk where naam = '" + naam + "'"), null);
    }

    /** Runs the attack under every seed: how often it gives the small group exactly. */
    private static double treffers(LongFunction<Long> aanval, long klein) {
        int raak = 0;
        Set<Long> uitkomsten = new HashSet<>();
        for (long zaad = 1; zaad <= ZADEN; zaad++) {
            Long uitkomst = aanval.apply(zaad);
            uitkomsten.add(uitkomst);
            raak += uitkomst != null && uitkomst == klein ? 1 : 0;
        }
        assertTrue(uitkomsten.size() >= 3, "the attack's outcome varies with the unknown seed: " + uitkomsten);
        System.out.printf("attack exact in %d of %d seeds; outcomes %s%n", raak, ZADEN, uitkomsten);
        return raak / (double) ZADEN;
    }

    @Test
    void deGemeenteMinDeAndereWijkenGeeftDeKleineWijkNietPrijs() throws SQLException {
        Periode jaar = Periode.jaar(2025);
        List<String> wijken = new ArrayList<>();
        try (var s = db.createStatement(); var r = s.executeQuery("select naam from wijk where naam <> 'Noorderkwartier'")) {
            while (r.next()) {
                wijken.add(r.getString(1));
            }
        }
        long zonderRuis = waar("D1-1.14.2", jaar, Filter.ALLES);
        for (String w : wijken) {
            zonderRuis -= waar("D1-1.14.2", jaar, wijk(w));
        }
        assertEquals(3, zonderRuis, "on the true counts the attack works");
        assertEquals(null, getoond(7, "D1-1.14.2", jaar, wijk("Noorderkwartier")), "the small wijk itself is not shown");
        double raak = treffers(zaad -> {
            try {
                long rest = getoond(zaad, "D1-1.14.2", jaar, Filter.ALLES);
                for (String w : wijken) {
                    Long deel = getoond(zaad, "D1-1.14.2", jaar, wijk(w));
                    rest -= deel == null ? 0 : deel;
                }
                return rest;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, 3);
        assertTrue(raak <= 0.5, "exact in " + raak);
    }

    @Test
    void eenJaarMinZijnKwartalenGeeftHetKleineKwartaalNietPrijs() throws SQLException {
        assertEquals(3, waar("D1-1.1.1", Periode.jaar(2025), Filter.ALLES) - waar("D1-1.1.1", Periode.kwartaal(2025, 1), Filter.ALLES)
                - waar("D1-1.1.1", Periode.kwartaal(2025, 2), Filter.ALLES) - waar("D1-1.1.1", Periode.kwartaal(2025, 3), Filter.ALLES));
        double raak = treffers(zaad -> getoond(zaad, "D1-1.1.1", Periode.jaar(2025), Filter.ALLES)
                - getoond(zaad, "D1-1.1.1", Periode.kwartaal(2025, 1), Filter.ALLES)
                - getoond(zaad, "D1-1.1.1", Periode.kwartaal(2025, 2), Filter.ALLES)
                - getoond(zaad, "D1-1.1.1", Periode.kwartaal(2025, 3), Filter.ALLES), 3);
        assertTrue(raak <= 0.5, "exact in " + raak);
        // a range of months overlapping the year gives no way round it either
        Periode tweeMaanden = Periode.vanTot(YearMonth.of(2025, 11), YearMonth.of(2025, 12));
        assertEquals(null, getoond(7, "D1-1.1.1", tweeMaanden, Filter.ALLES));
    }

    @Test
    void eenVerschovenPeildatumGeeftDeKinderenDieVierWordenNietPrijs() throws SQLException {
        Periode mei = Periode.jaar(2025).metPeildatum(LocalDate.of(2025, 5, 31));
        Periode juni = Periode.jaar(2025).metPeildatum(LocalDate.of(2025, 6, 30));
        assertEquals(3, waar("D1-1.7A.2", mei, Filter.ALLES) - waar("D1-1.7A.2", juni, Filter.ALLES));
        double raak = treffers(zaad -> getoond(zaad, "D1-1.7A.2", mei, Filter.ALLES) - getoond(zaad, "D1-1.7A.2", juni, Filter.ALLES), 3);
        assertTrue(raak <= 0.5, "exact in " + raak);
    }

    @Test
    void hetTotaalMinDeZichtbareCellenGeeftDeKleineCelNietPrijs() throws SQLException {
        Definitie d = Afleidingen.van("D3-JW-3.1").orElseThrow();
        Periode jaar = Periode.jaar(2025);
        double raak = treffers(zaad -> {
            try {
                var tabel = Onderdrukking.tabel(d, new Rollup(db, zaad).bereken(d, jaar, Filter.ALLES));
                long rest = tabel.totaal().getal().longValueExact();
                for (var cel : tabel.cellen()) {
                    if (cel.sleutel().equals("Pleegzorg")) {
                        assertEquals(Onderdrukking.ONDERDRUKT, cel.waarde());
                    } else if (cel.getal() != null) {
                        rest -= cel.getal().longValueExact();
                    }
                }
                return rest;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, 3);
        assertTrue(raak <= 0.5, "exact in " + raak);
    }

    @Test
    void dezelfdeRecordsGevenAltijdDezelfdeRuisZodatHerhalenNietsUitmiddelt() throws SQLException {
        Periode jaar = Periode.jaar(2025);
        Filter binnenstad = wijk("Binnenstad");
        Filter binnenstadEnTeam = new Filter(binnenstad.wijk(), reg.id("select team_id from wijk where naam = 'Binnenstad'"));
        for (long zaad = 1; zaad <= 20; zaad++) {
            assertEquals(getoond(zaad, "D1-1.14.2", jaar, binnenstad), getoond(zaad, "D1-1.14.2", jaar, binnenstadEnTeam),
                    "another filter that selects the same records gives the same figure");
            assertEquals(getoond(zaad, "D1-1.14.2", jaar, binnenstad), getoond(zaad, "D1-1.14.2", jaar, binnenstad));
        }
        Set<Long> perZaad = new HashSet<>();
        for (long zaad = 1; zaad <= 20; zaad++) {
            perZaad.add(getoond(zaad, "D1-1.14.2", jaar, binnenstad));
        }
        assertNotEquals(1, perZaad.size(), "the noise depends on the secret seed");
    }
}
