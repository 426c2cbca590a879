package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every registration indicator on a small registration built by hand in a real PostgreSQL, with the
 * schema and reference data of the app's own migrations. Each test builds its own cases in a
 * transaction that is rolled back afterwards; the expected values are counted by hand in the comments.
 * The period is 2026 unless a test says otherwise; the peildatum is its last day.
 */
class RollupTest {

    static final Periode JAAR = Periode.jaar(2026);

    static EmbeddedPostgres pg;
    static Connection db;
    static Registratie reg;

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration")
                .placeholders(java.util.Map.of("app_rol", "")).load().migrate();
        db = pg.getPostgresDatabase().getConnection();
        reg = new Registratie(db);
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        pg.close();
    }

    @BeforeEach
    void begin() throws SQLException {
        db.setAutoCommit(false);
    }

    @AfterEach
    void terug() throws SQLException {
        db.rollback();
    }

    @Test
    void elkeRegistratieIndicatorUitDeCatalogusHeeftEenAfleidingEnLooptOpElkePeriodeEnFilter() throws SQLException {
        TreeSet<String> catalogus = new TreeSet<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id from indicator where bron <> 'EXTERN'")) {
            while (r.next()) {
                catalogus.add(r.getString(1));
            }
        }
        TreeSet<String> afgeleid = new TreeSet<>(Afleidingen.alle().stream().map(Definitie::id).toList());
        assertEquals(41, catalogus.size());
        assertEquals(catalogus, afgeleid);
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        reg.verwijzing(c, reg.lid(h, "2015-01-01"), "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-01-02", "2026-01-03", "2026-01-04", null);
        Filter beide = new Filter(reg.id("select id from wijk where naam = 'Hofkamp'"), reg.id("select team_id from wijk where naam = 'Hofkamp'"));
        for (Definitie d : Afleidingen.alle()) {
            for (Periode p : List.of(JAAR, Periode.kwartaal(2026, 1), Periode.maand(YearMonth.of(2026, 1)),
                    Periode.vanTot(YearMonth.of(2025, 11), YearMonth.of(2026, 2)))) {
                for (Filter f : List.of(Filter.ALLES, beide)) {
                    rollup().bereken(d, p, f);
                }
            }
            if (d.drillbaar()) {
                rollup().casussen(d, JAAR, beide, null, null);
            }
        }
        assertEquals(1, bereken("D3-JW-3.1", JAAR).totaal());
    }

    @Test
    void deelnemersLaaggeletterdheid_1_1_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long a = reg.lid(h, "1980-01-01");
        long b = reg.lid(h, "1982-01-01");
        reg.verwijzing(c, a, "Taalpunt / aanpak laaggeletterdheid", "Wijkteam (gemeente)", null, "2026-03-01", null, null, null);
        reg.verwijzing(c, a, "Taalpunt / aanpak laaggeletterdheid", "Wijkteam (gemeente)", null, "2026-05-01", null, null, null);
        reg.verwijzing(c, b, "Taalpunt / aanpak laaggeletterdheid", "Wijkteam (gemeente)", null, "2025-12-31", null, null, null);
        // a twice in 2026 (once), b in 2025.
        assertEquals(1, bereken("D1-1.1.1", JAAR).totaal());
        assertEquals(1, bereken("D1-1.1.1", Periode.kwartaal(2026, 2)).totaal());
        assertEquals(1, bereken("D1-1.1.1", Periode.vanTot(YearMonth.of(2025, 12), YearMonth.of(2026, 1))).totaal());
    }

    @Test
    void verstrekteWoonvoorzieningenWmo_1_2_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long a = reg.lid(h, "1950-01-01");
        reg.verwijzing(c, a, "Woonvoorziening", "Wijkteam (gemeente)", "Thuiszorg Oost", "2025-12-20", "2026-01-05", null, null); // counts in 2026
        reg.verwijzing(c, a, "Woonvoorziening", "Wijkteam (gemeente)", "Thuiszorg Oost", "2026-05-01", "2026-06-01", "2026-07-01", null); // counts
        reg.verwijzing(c, a, "Woonvoorziening", "Wijkteam (gemeente)", "Thuiszorg Oost", "2025-11-01", "2025-12-30", null, null);  // 2025
        long ingetrokken = reg.verwijzing(c, a, "Woonvoorziening", "Wijkteam (gemeente)", "Thuiszorg Oost", "2026-03-01", "2026-04-01", null, null);
        reg.voerUit("update verwijzing set status = 'INGETROKKEN', ingetrokken_op = date '2026-04-15' where id = " + ingetrokken);
        long afgewezen = reg.verwijzing(c, a, "Woonvoorziening", "Wijkteam (gemeente)", null, "2026-03-01", "2026-03-20", null, null);
        reg.voerUit("update verwijzing set status = 'AFGEWEZEN' where id = " + afgewezen);
        // Two granted in 2026 to the same person: the unit is the voorziening.
        assertEquals(2, bereken("D1-1.2.1", JAAR).totaal());
        assertEquals(1, bereken("D1-1.2.1", Periode.jaar(2025)).totaal());
    }

    @Test
    void tegenprestatieNaastBijstand_1_3_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long ja = reg.lid(h, "1980-01-01");
        long geenOverlap = reg.lid(h, "1981-01-01");
        long laterBijstand = reg.lid(h, "1982-01-01");
        reg.verwijzing(c, ja, "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2024-12-01", "2024-12-15", "2025-01-01", null);
        reg.verwijzing(c, ja, "Tegenprestatie / participatie naar vermogen", "Wijkteam (gemeente)", null, "2026-02-01", "2026-02-15", "2026-03-01", "2026-05-31");
        reg.verwijzing(c, geenOverlap, "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2024-01-01", "2024-01-15", "2024-02-01", "2025-12-31");
        reg.verwijzing(c, geenOverlap, "Tegenprestatie / participatie naar vermogen", "Wijkteam (gemeente)", null, "2026-01-01", "2026-01-10", "2026-01-15", null);
        reg.verwijzing(c, laterBijstand, "Tegenprestatie / participatie naar vermogen", "Wijkteam (gemeente)", null, "2025-12-01", "2025-12-10", "2026-01-01", "2026-03-31");
        reg.verwijzing(c, laterBijstand, "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2026-05-01", "2026-05-15", "2026-06-01", null);
        // Only "ja" has both at the same time.
        assertEquals(1, bereken("D1-1.3.1", JAAR).totaal());
        assertEquals(1, bereken("D1-1.3.1", Periode.kwartaal(2026, 1)).totaal(), "tegenprestatie of 'ja' starts on 1 March, in Q1");
        assertEquals(0, bereken("D1-1.3.1", Periode.jaar(2025)).totaal(), "no tegenprestatie at all in 2025");
    }

    @Test
    void eenHernoemdeCatalogusVeranderdGeenCijfer() throws SQLException {
        // in every wijk a household with a toddler, a teenager and an adult; a referral to every voorziening, by every verwijzer in turn
        List<String[]> voorzieningen = rijen("select naam, soort from voorziening order by id");
        List<String[]> verwijzers = rijen("select naam from verwijzer order by id");
        int i = 0;
        for (String[] wijk : rijen("select naam from wijk order by id")) {
            long h = reg.huishouden(wijk[0], "Almelo");
            long c = reg.casus(h, null, 2, true);
            long[] leden = {reg.lid(h, "2024-03-01"), reg.lid(h, "2012-03-01"), reg.lid(h, "1990-03-01")};
            for (String[] v : voorzieningen) {
                i++;
                reg.verwijzing(c, leden[i % 3], v[0], verwijzers.get(i % verwijzers.size())[0], v[1].equals("MAATWERK") ? "Jeugdhulp Twente" : null,
                        "2026-02-0" + (1 + i % 9), "2026-03-01", "2026-03-15", i % 4 == 0 ? "2026-09-01" : null);
            }
            reg.melding(h, "voorziening", voorzieningen.get(i % voorzieningen.size())[0], "2026-02-01", "DOORVERWEZEN", "2026-02-03");
            reg.melding(h, "leefgebied", "financien", "2026-02-01", "OPGELOST", "2026-02-03");
        }
        Map<String, Rollup.Uitkomst> voor = rollup().bereken(Afleidingen.alle(), JAAR, Filter.ALLES);
        assertTrue(voor.values().stream().filter(u -> u.totaal() > 0).count() >= 25, "the registration reaches most derivations: " + voor.keySet());
        try (Statement s = db.createStatement()) {
            for (String tabel : List.of("voorziening", "verwijzer", "aanbieder", "wijk", "team")) {
                s.executeUpdate("update " + tabel + " set naam = 'Hernoemd: ' || naam");
            }
        }
        Map<String, Rollup.Uitkomst> na = rollup().bereken(Afleidingen.alle(), JAAR, Filter.ALLES);
        for (String id : voor.keySet()) {
            assertEquals(voor.get(id).totaal(), na.get(id).totaal(), id + ": renaming the catalogues changes no figure");
            assertEquals(voor.get(id).cellen().stream().map(Rollup.Cel::aantal).sorted().toList(),
                    na.get(id).cellen().stream().map(Rollup.Cel::aantal).sorted().toList(), id + ": nor a cell (only its label)");
        }
        // and a code never changes
        try (Statement s = db.createStatement()) {
            org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.executeUpdate("update voorziening set code = 'iets-anders'"));
        }
    }

    private static List<String[]> rijen(String sql) throws SQLException {
        List<String[]> rijen = new java.util.ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                String[] rij = new String[r.getMetaData().getColumnCount()];
                for (int k = 0; k < rij.length; k++) {
                    rij[k] = r.getString(k + 1);
                }
                rijen.add(rij);
            }
        }
        return rijen;
    }

    @Test
    void kinderenTot4MetJeugdwet_1_7A_2_leeftijdOpPeildatum() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        reg.verwijzing(c, reg.lid(h, "2023-01-15"), "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-01-02", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c, reg.lid(h, "2022-12-31"), "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-01-02", "2026-01-10", "2026-02-01", null);
        // On 31-12-2026 the first is 3, the second just 4; on 30-6-2026 both are 3.
        assertEquals(1, bereken("D1-1.7A.2", JAAR).totaal());
        assertEquals(2, bereken("D1-1.7A.2", JAAR.metPeildatum(LocalDate.of(2026, 6, 30))).totaal());
        // a child born after the peildatum (age 0 or -1 by date arithmetic) is not "younger than 4" on it
        reg.verwijzing(c, reg.lid(h, "2026-08-01"), "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-01-02", "2026-01-10", "2026-02-01", null);
        assertEquals(2, bereken("D1-1.7A.2", JAAR.metPeildatum(LocalDate.of(2026, 6, 30))).totaal(), "born after the peildatum");
        assertEquals(2, bereken("D1-1.7A.2", JAAR).totaal(), "born within the year: counts on 31-12");
    }

    @Test
    void jeugdigenInLoopPerLeeftijdsgroep_1_9_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        reg.verwijzing(c, reg.lid(h, "2015-05-01"), "Inloopvoorziening", "School", null, "2026-02-01", null, null, null);                    // 11
        reg.verwijzing(c, reg.lid(h, "2010-05-01"), "Kinder-, tiener- en jongerenwerk", "School", null, "2026-02-01", null, null, null);     // 16
        reg.verwijzing(c, reg.lid(h, "2006-05-01"), "Kinder-, tiener- en jongerenwerk", "School", null, "2026-02-01", null, null, null);     // 20
        reg.verwijzing(c, reg.lid(h, "2000-05-01"), "Inloopvoorziening", "Huisarts", null, "2026-02-01", null, null, null);                  // 26: no jeugdige
        Rollup.Uitkomst u = bereken("D1-1.9.1", JAAR);
        assertEquals(Map.of("12-17 jaar", 1L, "18-22 jaar", 1L, "4-11 jaar", 1L), cellen(u));
        assertEquals(3, u.totaal());
    }

    @Test
    void schuldhulpStadsbankEnSchuldenspecialist_1_14_2_en_1_14_3() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        reg.verwijzing(c, reg.lid(h, "1980-01-01"), "Stadsbank (schuldregeling, budgetbeheer)", "Wijkteam (gemeente)", "Stadsbank Oost Nederland",
                "2025-05-01", "2025-05-20", "2025-06-01", "2026-01-10");   // spans the year boundary: lopend in 2025 and 2026
        reg.verwijzing(c, reg.lid(h, "1981-01-01"), "Stadsbank (schuldregeling, budgetbeheer)", "Wijkteam (gemeente)", "Stadsbank Oost Nederland",
                "2024-01-01", "2024-01-20", "2024-02-01", "2025-12-31");   // ended before 2026
        reg.verwijzing(c, reg.lid(h, "1982-01-01"), "Traject schuldenspecialist", "Wijkteam (gemeente)", null, "2026-11-01", "2026-11-10", "2026-12-31", null);
        assertEquals(1, bereken("D1-1.14.2", JAAR).totaal());
        assertEquals(2, bereken("D1-1.14.2", Periode.jaar(2025)).totaal());
        assertEquals(1, bereken("D1-1.14.3", JAAR).totaal());
        assertEquals(0, bereken("D1-1.14.3", Periode.kwartaal(2026, 3)).totaal());
    }

    @Test
    void recidiveSchuldhulp_1_14_4() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long terug = reg.lid(h, "1980-01-01");
        reg.verwijzing(c, terug, "Traject schuldenspecialist", "Wijkteam (gemeente)", null, "2023-01-01", "2023-01-10", "2023-02-01", "2024-06-30");
        reg.verwijzing(c, terug, "Stadsbank (schuldregeling, budgetbeheer)", "Wijkteam (gemeente)", "Stadsbank Oost Nederland", "2026-02-01", "2026-02-20", "2026-03-01", null);
        long eerste = reg.lid(h, "1981-01-01");
        reg.verwijzing(c, eerste, "Traject schuldenspecialist", "Wijkteam (gemeente)", null, "2026-01-10", "2026-01-20", "2026-02-01", null);
        long signaal = reg.lid(h, "1982-01-01");   // a vroegsignalering is no traject
        reg.verwijzing(c, signaal, "Vroegsignalering betalingsachterstand", "Vroegsignalering (verhuurder, energie, drinkwater, zorgverzekeraar)", null,
                "2024-01-01", "2024-01-05", "2024-01-10", "2024-03-01");
        reg.verwijzing(c, signaal, "Traject schuldenspecialist", "Wijkteam (gemeente)", null, "2026-04-01", "2026-04-10", "2026-05-01", null);
        long lopend = reg.lid(h, "1983-01-01");    // the earlier traject has not ended
        reg.verwijzing(c, lopend, "Traject schuldenspecialist", "Wijkteam (gemeente)", null, "2025-01-01", "2025-01-10", "2025-02-01", null);
        reg.verwijzing(c, lopend, "Stadsbank (schuldregeling, budgetbeheer)", "Wijkteam (gemeente)", "Stadsbank Oost Nederland", "2026-02-01", "2026-02-20", "2026-03-01", null);
        assertEquals(1, bereken("D1-1.14.4", JAAR).totaal());
    }

    @Test
    void bijstandJongerDan27EnBewindvoering_1_14_5_en_1_14_6() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        reg.verwijzing(c, reg.lid(h, "2000-01-01"), "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2025-01-01", "2025-01-10", "2025-02-01", null); // 26
        reg.verwijzing(c, reg.lid(h, "1999-06-01"), "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2025-01-01", "2025-01-10", "2025-02-01", null); // 27
        reg.verwijzing(c, reg.lid(h, "1970-01-01"), "Bijzondere bijstand bewindvoeringskosten", "Wijkteam (gemeente)", null, "2026-01-01", "2026-01-10", "2026-02-01", null);
        assertEquals(1, bereken("D1-1.14.5", JAAR).totaal());
        assertEquals(2, bereken("D1-1.14.5", JAAR.metPeildatum(LocalDate.of(2026, 5, 31))).totaal(), "on 31-5-2026 the second is 26 too");
        assertEquals(1, bereken("D1-1.14.6", JAAR).totaal());
    }

    @Test
    void mantelzorgOmdEnWijkkamers_2_1_1_en_2_3_2_en_2_3_3() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long a = reg.lid(h, "1960-01-01");
        long b = reg.lid(h, "1961-01-01");
        reg.verwijzing(c, a, "Mantelzorgondersteuning (Steunpunt Mantelzorg)", "Wijkteam (gemeente)", null, "2026-02-01", null, null, null);
        reg.verwijzing(c, b, "Mantelzorgondersteuning (Steunpunt Mantelzorg)", "Huisarts", null, "2026-08-01", null, null, null);
        reg.verwijzing(c, a, "Ondersteuning maatschappelijke deelname (OMD, dagbesteding)", "Wijkteam (gemeente)", "Dagbesteding De Schakel",
                "2024-01-01", "2024-01-20", "2024-02-01", null);
        reg.verwijzing(c, a, "Wijkkamer", "Wijkteam (gemeente)", null, "2026-02-01", null, null, null);
        reg.verwijzing(c, a, "Dagstructurering", "Wijkteam (gemeente)", null, "2026-03-01", null, null, null);
        reg.verwijzing(c, b, "Dagstructurering", "Wijkteam (gemeente)", null, "2027-01-01", null, null, null);
        assertEquals(2, bereken("D2-2.1.1", JAAR).totaal());
        assertEquals(1, bereken("D2-2.3.2", JAAR).totaal());
        assertEquals(1, bereken("D2-2.3.3", JAAR).totaal(), "a went to both (once); b's is in 2027");
    }

    @Test
    void hulpvragenOpgelostZonderMaatwerk_2_3_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        reg.lid(h, "1960-01-01");
        reg.melding(h, "leefgebied", "financien", "2026-01-10", "OPGELOST", "2026-01-12");
        reg.melding(h, "leefgebied", "financien", "2026-05-10", "OPGELOST", "2026-05-11");
        reg.melding(h, "leefgebied", "financien", "2025-12-20", "OPGELOST", "2026-01-02");   // solved in 2026: counts in 2026
        reg.melding(h, "leefgebied", "financien", "2026-03-10", "DOORVERWEZEN", "2026-03-12");
        reg.melding(h, "leefgebied", "financien", "2025-03-10", "OPGELOST", "2025-03-12");
        assertEquals(3, bereken("D2-2.3.1", JAAR).totaal());
    }

    @Test
    void toegekendMaatwerkPerWet_3_1_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long a = reg.lid(h, "1950-01-01");
        long kind = reg.lid(h, "2015-01-01");
        reg.verwijzing(c, a, "Huishoudelijke ondersteuning", "Wijkteam (gemeente)", "Thuiszorg Oost", "2025-12-20", "2026-01-05", null, null);
        reg.verwijzing(c, a, "Hulpmiddelen", "Wijkteam (gemeente)", "Thuiszorg Oost", "2026-03-01", "2026-03-15", "2026-04-01", "2026-06-01");
        reg.verwijzing(c, kind, "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-03-01", "2026-03-15", "2026-04-01", null);
        reg.verwijzing(c, kind, "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2025-03-01", "2025-03-15", "2025-04-01", null);
        long ingetrokken = reg.verwijzing(c, a, "Loonkostensubsidie", "Wijkteam (gemeente)", null, "2026-03-01", "2026-03-15", null, null);
        reg.voerUit("update verwijzing set status = 'INGETROKKEN', ingetrokken_op = date '2026-03-20' where id = " + ingetrokken);
        Rollup.Uitkomst u = bereken("D3-3.1.1", JAAR);
        assertEquals(Map.of("Jeugdwet", 1L, "Wmo", 2L), cellen(u));
        assertEquals(3, u.totaal());
    }

    @Test
    void jeugdwetPerVoorzieningAanbiederContractEnVerwijzer_JW_3_1_tot_3_3() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long p1 = reg.lid(h, "2012-01-01");
        long p2 = reg.lid(h, "2013-01-01");
        long p3 = reg.lid(h, "2014-01-01");
        long p4 = reg.lid(h, "2016-01-01");
        reg.verwijzing(c, p1, "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c, p1, "Pleegzorg", "Rechter (gedwongen kader)", "Jeugdhulp Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.voerUit("update verwijzing set contractsoort = 'MAATWERKCONTRACT' where client_id = " + p1);
        reg.verwijzing(c, p2, "Jeugd-GGZ", "Praktijkondersteuner jeugd (POH)", "GGZ Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c, p3, "Jeugd-GGZ", "Politie", "GGZ Twente", "2026-01-01", "2026-12-10", null, null);   // granted, not started
        reg.verwijzing(c, p4, "Dyslexiezorg", "School", "Jeugdhulp Twente", "2025-01-01", "2025-01-10", "2025-02-01", "2026-01-31");
        Rollup.Uitkomst perVoorziening = bereken("D3-JW-3.1", JAAR);
        assertEquals(Map.of("Dyslexiezorg|Jeugdhulp Twente", 1L, "Jeugd-GGZ|GGZ Twente", 2L, "Pleegzorg|Jeugdhulp Twente", 1L), cellen(perVoorziening));
        assertEquals(3, perVoorziening.totaal(), "p1, p2, p4: p1 counts once in the total");
        Rollup.Uitkomst maatwerkcontract = bereken("D3-JW-3.2", JAAR);
        assertEquals(Map.of("GGZ Twente", 1L, "Jeugdhulp Twente", 1L), cellen(maatwerkcontract), "both of p1's referrals");
        assertEquals(1, maatwerkcontract.totaal());
        assertEquals(Map.of("gemeente/wijkteam", 1L, "huisarts", 1L, "rechter", 1L, "school", 1L), cellen(bereken("D3-JW-3.3", JAAR)));
    }

    @Test
    void jeugdhulpOpSchoolEnDoorbraak_JW_3_3A_2_en_3_4A_1_en_WMO_3_4B_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long kind = reg.lid(h, "2014-01-01");
        long ander = reg.lid(h, "2015-01-01");
        long i1 = reg.verwijzing(c, kind, "Jeugdhulp op school", "School", "Jeugdhulp Twente", "2026-01-01", "2026-01-10", "2026-02-01", "2026-03-01");
        long i2 = reg.verwijzing(c, kind, "Jeugdhulp op school", "School", "Jeugdhulp Twente", "2026-04-01", "2026-04-10", "2026-05-01", null);
        long g = reg.verwijzing(c, ander, "Jeugdhulp op school", "School", "Jeugdhulp Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.voerUit("update verwijzing set vorm = 'INDIVIDUEEL' where id in (" + i1 + ", " + i2 + ")");
        reg.voerUit("update verwijzing set vorm = 'GROEPSGERICHT', doorbraak = true where id = " + g);
        long w = reg.verwijzing(c, reg.lid(h, "1970-01-01"), "Ondersteuning zelfstandig leven (OZL, individuele begeleiding)", "Wijkteam (gemeente)",
                "Thuiszorg Oost", "2026-01-01", "2026-01-10", "2026-02-01", null);
        long nietGestart = reg.verwijzing(c, reg.lid(h, "1971-01-01"), "Hulpmiddelen", "Wijkteam (gemeente)", "Thuiszorg Oost", "2026-01-01", "2026-01-10", null, null);
        reg.voerUit("update verwijzing set doorbraak = true where id in (" + w + ", " + nietGestart + ")");
        Rollup.Uitkomst opSchool = bereken("D3-JW-3.3A.2", JAAR);
        assertEquals(Map.of("groepsgericht", 1L, "individueel", 2L), cellen(opSchool), "trajecten, not children");
        assertEquals(3, opSchool.totaal());
        assertEquals(1, bereken("D3-JW-3.4A.1", JAAR).totaal());
        assertEquals(1, bereken("D3-WMO-3.4B.1", JAAR).totaal(), "the Hulpmiddelen have not started");
    }

    @Test
    void gecontracteerdeAanbiedersEnMaatwerkcontractenOpPeildatum_3_10() throws SQLException {
        // Reference data (V8): Jeugdwet raamcontracts with Jeugdhulp Twente, GGZ Twente, Welzijnsorganisatie and
        // De Schakel (until 31-12-2024); maatwerkcontracts Pleegzorg and Gezinshuis (2022) and Jeugd-GGZ (2023).
        reg.voerUit("insert into contract (aanbieder_id, wet, soort, geldig_van) select id, 'Jeugdwet', 'RAAMCONTRACT', date '2027-01-01' "
                + "from aanbieder where naam = 'Thuiszorg Oost'");
        assertEquals(3, bereken("D3-JW-3.10.1", JAAR).totaal());
        assertEquals(4, bereken("D3-JW-3.10.1", Periode.jaar(2024)).totaal());
        assertEquals(3, bereken("D3-JW-3.10.2", JAAR).totaal());
        assertEquals(2, bereken("D3-JW-3.10.2", Periode.jaar(2022)).totaal());
        // Wmo: Thuiszorg Oost, De Schakel, Beschermd Wonen Twente (also a maatwerkcontract), GGZ Twente, Welzijnsorganisatie.
        assertEquals(5, bereken("D3-WMO-3.10.1", JAAR).totaal());
    }

    @Test
    void wmoPerVoorzieningEnAanbieder_WMO_3_3_1_en_3_3_2() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long a = reg.lid(h, "1950-01-01");
        long b = reg.lid(h, "1952-01-01");
        reg.verwijzing(c, a, "Huishoudelijke ondersteuning", "Wijkteam (gemeente)", "Thuiszorg Oost", "2025-01-01", "2025-01-10", "2025-02-01", null);
        reg.verwijzing(c, b, "Huishoudelijke ondersteuning", "Wijkverpleegkundige", "Thuiszorg Oost", "2025-01-01", "2025-01-10", "2025-02-01", "2026-06-30");
        long m = reg.verwijzing(c, b, "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-07-01", "2026-07-10", "2026-08-01", null);
        reg.voerUit("update verwijzing set contractsoort = 'MAATWERKCONTRACT' where id = " + m);
        assertEquals(Map.of("Huishoudelijke ondersteuning|Thuiszorg Oost", 2L, "Beschermd wonen (intramuraal)|Beschermd Wonen Twente", 1L),
                cellen(bereken("D3-WMO-3.3.1", JAAR)));
        assertEquals(2, bereken("D3-WMO-3.3.1", JAAR).totaal());
        assertEquals(Map.of("Beschermd Wonen Twente", 1L), cellen(bereken("D3-WMO-3.3.2", JAAR)));
    }

    @Test
    void aanbiedersPerClientInBeschermdWonenOfOpvang_BW_3_4_1() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long een = reg.lid(h, "1990-01-01");
        long twee = reg.lid(h, "1991-01-01");
        long drie = reg.lid(h, "1992-01-01");
        reg.verwijzing(c, een, "Maatschappelijke opvang 24-uurs", "Wijkteam (gemeente)", "Gemeente Almelo (eigen uitvoering)", "2026-01-01", "2026-01-02", "2026-01-03", null);
        reg.verwijzing(c, twee, "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2025-01-01", "2025-01-10", "2025-02-01", null);
        reg.verwijzing(c, twee, "Ondersteuning zelfstandig leven (OZL, individuele begeleiding)", "Wijkteam (gemeente)", "Thuiszorg Oost", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c, twee, "Huishoudelijke ondersteuning", "Wijkteam (gemeente)", "GGZ Twente", "2023-01-01", "2023-01-10", "2023-02-01", "2025-06-30"); // ended before
        reg.verwijzing(c, drie, "Beschermd wonen op afstand / beschermd thuis", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c, drie, "Ondersteuning maatschappelijke deelname (OMD, dagbesteding)", "Wijkteam (gemeente)", "Dagbesteding De Schakel", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c, drie, "Hulpmiddelen", "Wijkteam (gemeente)", "GGZ Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        Rollup.Uitkomst u = bereken("D3-BW-3.4.1", JAAR);
        assertEquals(Map.of("1", 1L, "2", 1L, "3", 1L), cellen(u));
        assertEquals(3, u.totaal());
        Definitie d = Afleidingen.van("D3-BW-3.4.1").orElseThrow();
        assertEquals("2", Onderdrukking.tabel(new Definitie(d.id(), Eenheid.AANBIEDERS, d.weergave(), d.uitsplitsing(), d.feiten()), u)
                .totaal().waarde(), "(1 + 2 + 3) / 3 aanbieders");
    }

    @Test
    void vanJeugdwetNaarBeschermdWonenEnWachtlijst_BW_3_4C() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long jong = reg.lid(h, "2007-05-01");
        reg.verwijzing(c, jong, "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2020-01-01", "2020-01-10", "2020-02-01", "2025-04-30");
        reg.verwijzing(c, jong, "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-01-05", "2026-01-20", "2026-02-01", null); // 18
        long teJong = reg.lid(h, "2010-01-01");
        reg.verwijzing(c, teJong, "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2020-01-01", "2020-01-10", "2020-02-01", null);
        reg.verwijzing(c, teJong, "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-01-05", "2026-01-20", "2026-02-01", null);
        long zonderJeugd = reg.lid(h, "1990-01-01");
        reg.verwijzing(c, zonderJeugd, "Beschermd wonen op afstand / beschermd thuis", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-01-05", "2026-01-20", "2026-02-01", null);
        assertEquals(1, bereken("D3-BW-3.4C.1", JAAR).totaal());

        // Waiting list on the peildatum: granted, not (yet) started, not withdrawn by then.
        long h2 = reg.huishouden("De Riet", "Almelo");
        long c2 = reg.casus(h2);
        reg.verwijzing(c2, reg.lid(h2, "1980-01-01"), "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-09-01", "2026-10-01", null, null);
        reg.verwijzing(c2, reg.lid(h2, "1981-01-01"), "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-05-01", "2026-06-01", "2026-09-01", null);
        reg.verwijzing(c2, reg.lid(h2, "1982-01-01"), "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-10-01", "2026-11-01", "2027-01-15", null);
        long ingetrokken = reg.verwijzing(c2, reg.lid(h2, "1983-01-01"), "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-04-01", "2026-05-01", null, null);
        reg.voerUit("update verwijzing set status = 'INGETROKKEN', ingetrokken_op = date '2026-08-01' where id = " + ingetrokken);
        assertEquals(2, bereken("D3-BW-3.4C.2", JAAR).totaal(), "31-12: the October and November toekenningen");
        assertEquals(2, bereken("D3-BW-3.4C.2", JAAR.metPeildatum(LocalDate.of(2026, 7, 31))).totaal(), "31-7: June's (starts in September) and the one withdrawn in August");
    }

    @Test
    void beschermdWonenRegioEnAlmeloEnOpvang_BW_3_8() throws SQLException {
        long almelo = reg.huishouden("Hofkamp", "Almelo");
        long wierden = reg.huishouden("Hofkamp", "Wierden");
        reg.verwijzing(reg.casus(almelo), reg.lid(almelo, "1980-01-01"), "Beschermd wonen (intramuraal)", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2025-01-01", "2025-01-10", "2025-02-01", null);
        reg.verwijzing(reg.casus(wierden), reg.lid(wierden, "1980-01-01"), "Beschermd wonen op afstand / beschermd thuis", "Wijkteam (gemeente)", "Beschermd Wonen Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(reg.casus(reg.huishouden("De Riet", "Almelo")), reg.lid(reg.id("select max(id) from huishouden"), "1975-01-01"), "Maatschappelijke opvang 24-uurs",
                "Politie", "Gemeente Almelo (eigen uitvoering)", "2026-03-01", "2026-03-01", "2026-03-01", "2026-03-20");
        assertEquals(2, bereken("D3-BW-3.8.1", JAAR).totaal());
        assertEquals(1, bereken("D3-BW-3.8.2", JAAR).totaal());
        assertEquals(1, bereken("D3-BW-3.8.3", JAAR).totaal());
        assertEquals(0, bereken("D3-BW-3.8.3", Periode.kwartaal(2026, 2)).totaal());
    }

    @Test
    void participatiewet_PW_3_2() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        reg.verwijzing(c, reg.lid(h, "1980-01-01"), "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2023-12-01", "2024-01-01", "2024-01-01", null);
        reg.verwijzing(c, reg.lid(h, "1981-01-01"), "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2023-12-01", "2023-12-31", "2023-12-31", null);
        reg.verwijzing(c, reg.lid(h, "1982-01-01"), "Loonkostensubsidie", "Wijkteam (gemeente)", null, "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c, reg.lid(h, "1983-01-01"), "Beschut werk", "Wijkteam (gemeente)", null, "2026-01-01", "2026-01-10", "2026-02-01", null);
        assertEquals(2, bereken("D3-PW-3.2.1", JAAR).totaal());
        assertEquals(1, bereken("D3-PW-3.2.2", JAAR).totaal(), "started 31-12-2023 is exactly three years before 31-12-2026: not less than 3 years");
        assertEquals(1, bereken("D3-PW-3.2.4", JAAR).totaal());
        assertEquals(1, bereken("D3-PW-3.2.5", JAAR).totaal());
    }

    @Test
    void meldingenVerwijzingenEnExterneVerwijzers_4_1_1_en_4_1_2_en_4_2_1() throws SQLException {
        long hofkamp = reg.id("select id from wijk where naam = 'Hofkamp'");
        long deRiet = reg.id("select id from wijk where naam = 'De Riet'");
        long h1 = reg.huishouden("Hofkamp", "Almelo");
        long a = reg.lid(h1, "1980-01-01");
        reg.lid(h1, "2010-01-01");
        long h3 = reg.huishouden("De Riet", "Almelo");
        long b = reg.lid(h3, "1980-01-01");
        long h2 = reg.huishouden("Hofkamp", "Almelo");
        reg.lid(h2, "1980-01-01");
        // Traject schuldenspecialist: H1 twice (counted once); H3's from 2025. Financiën: H2, H3.
        reg.melding(h1, "voorziening", "Traject schuldenspecialist", "2026-03-01", "NIEUW", null);
        reg.melding(h1, "voorziening", "Traject schuldenspecialist", "2026-03-15", "NIEUW", null);
        reg.melding(h2, "leefgebied", "financien", "2026-04-01", "NIEUW", null);
        reg.melding(h3, "voorziening", "Traject schuldenspecialist", "2025-12-31", "NIEUW", null);
        reg.melding(h3, "leefgebied", "financien", "2026-01-01", "NIEUW", null);
        Rollup.Uitkomst u = bereken("D4-4.1.1", JAAR);
        assertEquals(Map.of("Financiën", 2L, "Traject schuldenspecialist", 1L), cellen(u));
        assertEquals(3, u.totaal());
        assertEquals(Map.of("Financiën", 1L), cellen(rollup().bereken(def("D4-4.1.1"), JAAR, new Filter(deRiet, null))));

        long c1 = reg.casus(h1);
        long c3 = reg.casus(h3);
        reg.verwijzing(c1, a, "Wijkkamer", "Huisarts", null, "2026-03-10", null, "2026-03-12", null);        // after H1's melding: a counts
        reg.verwijzing(c3, b, "Wijkkamer", "School", null, "2025-12-30", null, "2026-01-01", null);          // before H3's 2026 melding
        reg.verwijzing(c3, b, "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-02-01", null, null, null);
        reg.verwijzing(c1, a, "Huishoudelijke ondersteuning", "Wijkteam (gemeente)", "Thuiszorg Oost", "2026-02-01", null, null, null);
        assertEquals(1, bereken("D4-4.1.2", JAAR).totaal());
        assertEquals(0, rollup().bereken(def("D4-4.1.2"), JAAR, new Filter(deRiet, null)).totaal());
        assertEquals(0, bereken("D4-4.1.2", Periode.vanTot(YearMonth.of(2026, 1), YearMonth.of(2026, 2))).totaal(), "referral after the period");
        // External: Huisarts → Wijkkamer (H1), Huisarts → Jeugd-GGZ (H3); the wijkteam is not external; School's is from 2025.
        assertEquals(Map.of("Huisarts|Jeugd-GGZ", 1L, "Huisarts|Wijkkamer", 1L), cellen(bereken("D4-4.2.1", JAAR)));
        assertEquals(Map.of("Huisarts|Wijkkamer", 1L), cellen(rollup().bereken(def("D4-4.2.1"), JAAR,
                new Filter(null, reg.id("select team_id from wijk where id = " + hofkamp)))));
    }

    @Test
    void eenGezinEenPlanEenRegisseur_Zorg8_enHeropendeCasusTeltEenmaal() throws SQLException {
        long h1 = reg.huishouden("Hofkamp", "Almelo");
        long h2 = reg.huishouden("Hofkamp", "Almelo");
        long h3 = reg.huishouden("De Riet", "Almelo");
        long h4 = reg.huishouden("De Riet", "Almelo");
        long p4 = reg.lid(h4, "1980-01-01");
        long c1 = reg.casus(h1, "coach", 2, true);       // meervoudig, plan and regisseur
        reg.casus(h2, null, 1, false);                   // one leefgebied: not meervoudig
        reg.casus(h3, null, 2, false);                   // meervoudig without regisseur
        long c4 = reg.casus(h4, null, 1, false);         // one leefgebied but two laws: meervoudig, without regisseur
        reg.verwijzing(c4, p4, "Huishoudelijke ondersteuning", "Wijkteam (gemeente)", "Thuiszorg Oost", "2026-02-01", null, null, null);
        reg.verwijzing(c4, p4, "Algemene bijstand (periodieke uitkering)", "Wijkteam (gemeente)", null, "2026-02-01", null, null, null);
        reg.voerUit("update casus set episode = 2 where id = " + c1);   // reopened: still one casus, one household
        Rollup.Uitkomst u = bereken("ZORG-8", JAAR);
        assertEquals(Map.of("met één plan en precies één regisseur", 1L, "zonder één plan en één regisseur", 2L), cellen(u));
        assertEquals(3, u.totaal());
        assertEquals(0, bereken("ZORG-8", Periode.jaar(2024)).totaal(), "opened in 2025");
    }

    @Test
    void vanOmdNaarDagstructurering_Zorg9() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long over = reg.lid(h, "1960-01-01");
        reg.verwijzing(c, over, "Ondersteuning maatschappelijke deelname (OMD, dagbesteding)", "Wijkteam (gemeente)", "Dagbesteding De Schakel", "2024-01-01", "2024-01-10", "2024-02-01", "2026-05-01");
        reg.verwijzing(c, over, "Dagstructurering", "Wijkteam (gemeente)", null, "2026-04-20", null, "2026-05-15", null);
        long teVroeg = reg.lid(h, "1961-01-01");
        reg.verwijzing(c, teVroeg, "Ondersteuning maatschappelijke deelname (OMD, dagbesteding)", "Wijkteam (gemeente)", "Dagbesteding De Schakel", "2024-01-01", "2024-01-10", "2024-02-01", "2026-05-01");
        reg.verwijzing(c, teVroeg, "Dagstructurering", "Wijkteam (gemeente)", null, "2025-01-01", null, "2025-01-05", null);
        long vorigJaar = reg.lid(h, "1962-01-01");
        reg.verwijzing(c, vorigJaar, "Ondersteuning maatschappelijke deelname (OMD, dagbesteding)", "Wijkteam (gemeente)", "Dagbesteding De Schakel", "2024-01-01", "2024-01-10", "2024-02-01", "2025-12-01");
        reg.verwijzing(c, vorigJaar, "Dagstructurering", "Wijkteam (gemeente)", null, "2026-01-20", null, "2026-01-25", null);
        assertEquals(1, bereken("ZORG-9", JAAR).totaal());
    }

    @Test
    void drillDownGeeftDeCasussenAchterEenCel() throws SQLException {
        long h = reg.huishouden("Hofkamp", "Almelo");
        long c = reg.casus(h);
        long h2 = reg.huishouden("De Riet", "Almelo");
        long c2 = reg.casus(h2);
        reg.verwijzing(c, reg.lid(h, "2012-01-01"), "Jeugd-GGZ", "Huisarts", "GGZ Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        reg.verwijzing(c2, reg.lid(h2, "2012-01-01"), "Pleegzorg", "Huisarts", "Jeugdhulp Twente", "2026-01-01", "2026-01-10", "2026-02-01", null);
        Definitie d = def("D3-JW-3.1");
        assertEquals(List.of(c), rollup().casussen(d, JAAR, Filter.ALLES, "Jeugd-GGZ", "GGZ Twente"));
        assertEquals(List.of(c, c2), rollup().casussen(d, JAAR, Filter.ALLES, null, null));
        assertEquals(List.of(), rollup().casussen(d, Periode.jaar(2025), Filter.ALLES, null, null));
    }

    // --- a registration by hand ---

    /** A new rollup per question: the referrals of the period are selected afresh, after what the test added. */
    static Rollup rollup() {
        return new Rollup(db);
    }

    static Definitie def(String id) {
        return Afleidingen.van(id).orElseThrow();
    }

    /** The indicator's own query; all indicators counted together must give the same. */
    static Rollup.Uitkomst bereken(String id, Periode periode) throws SQLException {
        Rollup.Uitkomst eigen = rollup().bereken(def(id), periode, Filter.ALLES);
        assertEquals(eigen, rollup().bereken(Afleidingen.alle(), periode, Filter.ALLES).get(id), "counted together with the others: " + id);
        return eigen;
    }

    /** The cells as "key|subkey" → count. */
    static Map<String, Long> cellen(Rollup.Uitkomst u) {
        Map<String, Long> m = new TreeMap<>();
        u.cellen().forEach(c -> m.put(c.subsleutel() == null ? c.sleutel() : c.sleutel() + "|" + c.subsleutel(), c.aantal()));
        return m;
    }
}
