package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.indicators.query.Rollup.Cel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registration indicators on a small registration built by hand in a real PostgreSQL, with
 * the schema of the app's own migrations. Expected values are counted by hand (see the comments).
 */
class RollupTest {

    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    static EmbeddedPostgres pg;
    static Connection db;
    static Rollup rollup;
    static long hofkamp;
    static long deRiet;
    static long wijkteam1;

    @BeforeAll
    static void registratie() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
        db = pg.getPostgresDatabase().getConnection();
        rollup = new Rollup(db);
        hofkamp = id("select id from wijk where naam = 'Hofkamp'");
        deRiet = id("select id from wijk where naam = 'De Riet'");
        wijkteam1 = id("select team_id from wijk where naam = 'Hofkamp'");

        // Households: H1 (Hofkamp) with two members, H2 (Hofkamp) with one, H3 (De Riet) with one.
        long h1 = huishouden(hofkamp, "111222333", "123456782");
        long h2 = huishouden(hofkamp, "999990019");
        long h3 = huishouden(deRiet, "100000009");
        // Meldingen: H1 twice for the same voorziening in 2026 (counts once), H2 and H3 about financiën
        // in 2026, H3 also on 31-12-2025 (outside the year).
        melding(h1, "voorziening", "Traject schuldenspecialist", "2026-03-01");
        melding(h1, "voorziening", "Traject schuldenspecialist", "2026-03-15");
        melding(h2, "leefgebied", "financien", "2026-04-01");
        melding(h3, "voorziening", "Traject schuldenspecialist", "2025-12-31");
        melding(h3, "leefgebied", "financien", "2026-01-01");
        // Casussen: C1 (H1) meervoudig with regisseur and a plan; C2 (H3) meervoudig without regisseur;
        // C3 (H2) one leefgebied only.
        long c1 = casus(h1, "coach", 2, true);
        long c2 = casus(h3, null, 2, false);
        casus(h2, null, 1, false);
        // Referrals.
        verwijzing(c1, "Wijkkamer", "Huisarts", "GESTART", "2026-03-10", null);                        // after H1's melding
        verwijzing(c1, "Huishoudelijke ondersteuning", "Wijkteam (gemeente)", "TOEGEKEND", "2025-12-20", "2026-01-05");
        verwijzing(c2, "Jeugd-GGZ", "Huisarts", "INGETROKKEN", "2026-02-01", "2026-02-20");            // withdrawn after toekenning
        verwijzing(c2, "Wijkkamer", "School", "GESTART", "2025-12-30", null);                          // before H3's 2026 melding
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
        pg.close();
    }

    @Test
    void meldingenPerGevraagdeVoorzieningOfLeefgebied_4_1_1() throws SQLException {
        // Traject schuldenspecialist: H1 (twice, counted once); H3's is from 2025. Financiën: H2, H3.
        assertEquals(List.of(new Cel("Financiën", null, 2), new Cel("Traject schuldenspecialist", null, 1)),
                rollup.meldingenPerOnderwerp(JAN, DEC, null, null));
        assertEquals(List.of(new Cel("Financiën", null, 1)), rollup.meldingenPerOnderwerp(JAN, DEC, deRiet, null));
        assertEquals(List.of(new Cel("Traject schuldenspecialist", null, 1)),
                rollup.meldingenPerOnderwerp(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), null, null));
    }

    @Test
    void inwonersNaMeldingVerwezenNaarAlgemeneVoorziening_4_1_2() throws SQLException {
        // H1: melding 1 March, Wijkkamer 10 March: both members count. H3: Wijkkamer before its melding.
        assertEquals(2, rollup.verwezenNaarAlgemeenNaMelding(JAN, DEC, null, null));
        assertEquals(0, rollup.verwezenNaarAlgemeenNaMelding(JAN, DEC, deRiet, null));
        assertEquals(0, rollup.verwezenNaarAlgemeenNaMelding(JAN, LocalDate.of(2026, 3, 9), null, null), "referral after the period");
    }

    @Test
    void verwijzingenDoorExterneVerwijzersPerVerwijzerEnVoorziening_4_2_1() throws SQLException {
        // Huisarts → Wijkkamer (C1), Huisarts → Jeugd-GGZ (C2); the wijkteam is not external; School's is from 2025.
        assertEquals(List.of(new Cel("Huisarts", "Jeugd-GGZ", 1), new Cel("Huisarts", "Wijkkamer", 1)),
                rollup.externeVerwijzingen(JAN, DEC, null, null));
        assertEquals(List.of(new Cel("Huisarts", "Wijkkamer", 1)), rollup.externeVerwijzingen(JAN, DEC, null, wijkteam1));
    }

    @Test
    void toegekendeMaatwerkvoorzieningenPerWet_3_1_1() throws SQLException {
        // Wmo toegekend 5-1-2026 (aangevraagd 2025: counts in 2026, by its besluitdatum); Jeugd-GGZ withdrawn.
        assertEquals(List.of(new Cel("Wmo", null, 1)), rollup.toegekendMaatwerkPerWet(JAN, DEC, null, null));
        assertEquals(List.of(), rollup.toegekendMaatwerkPerWet(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null));
    }

    @Test
    void eenGezinEenPlanEenRegisseur_Zorg8() throws SQLException {
        // Meervoudig: H1 (plan + regisseur) and H3 (no regisseur); H2 has one leefgebied.
        assertEquals(List.of(new Cel("huishoudens met meervoudige hulpvragen", null, 2), new Cel("met één plan en precies één regisseur", null, 1)),
                rollup.eenGezinEenPlanEenRegisseur(JAN, DEC, null, null));
        assertEquals(List.of(new Cel("huishoudens met meervoudige hulpvragen", null, 1), new Cel("met één plan en precies één regisseur", null, 0)),
                rollup.eenGezinEenPlanEenRegisseur(JAN, DEC, deRiet, null));
    }

    @Test
    void kleineAantallenWordenOnderdruktOokAlsZeUitHetTotaalTeHalenZijn() {
        var tabel = Onderdrukking.tabel(List.of(new Cel("A", null, 7), new Cel("B", null, 3)));
        assertEquals("7", tabel.cellen().get(0).waarde());
        assertEquals("< 5", tabel.cellen().get(1).waarde());
        assertEquals("< 5", tabel.totaal(), "10 - 7 would give B away");
        var twee = Onderdrukking.tabel(List.of(new Cel("A", null, 7), new Cel("B", null, 3), new Cel("C", null, 2)));
        assertEquals("12", twee.totaal(), "two suppressed cells: their sum does not give either away");
        assertEquals("< 5", Onderdrukking.waarde(0));
        assertEquals("5", Onderdrukking.waarde(5));
    }

    private static long huishouden(long wijk, String... bsns) throws SQLException {
        long h = id("insert into huishouden (version, straat, huisnummer, postcode, woonplaats, wijk_id, aangemaakt_op) "
                + "values (1, 'Teststraat', '1', '7607 CD', 'Almelo', " + wijk + ", now()) returning id");
        for (int i = 0; i < bsns.length; i++) {
            voerUit("insert into gezinslid (huishouden_id, volgnummer, voornaam, achternaam, geboortedatum, bsn) values ("
                    + h + ", " + (i + 1) + ", 'Lid', 'Test', date '1980-01-01', '" + bsns[i] + "')");
        }
        return h;
    }

    private static void melding(long h, String soort, String onderwerp, String datum) throws SQLException {
        String voorziening = soort.equals("voorziening") ? "(select id from voorziening where naam = '" + onderwerp + "')" : "null";
        String leefgebied = soort.equals("leefgebied") ? "'" + onderwerp + "'" : "null";
        voerUit("insert into melding (version, huishouden_id, verwijzer_id, hulpvraag, voorziening_id, leefgebied_code, status, "
                + "meldingsdatum, geregistreerd_door, geregistreerd_op) values (1, " + h + ", (select id from verwijzer where naam = 'Huisarts'), "
                + "'vraag', " + voorziening + ", " + leefgebied + ", 'NIEUW', date '" + datum + "', 'test', now())");
    }

    private static long casus(long h, String regisseur, int leefgebieden, boolean plan) throws SQLException {
        long c = id("insert into casus (version, huishouden_id, team_id, status, episode, regisseur, ave_niveau, regie_bij, geopend_op, geopend_door) "
                + "values (1, " + h + ", (select w.team_id from huishouden x join wijk w on w.id = x.wijk_id where x.id = " + h + "), "
                + "'IN_UITVOERING', 1, " + (regisseur == null ? "null" : "'" + regisseur + "'") + ", 2, 'WIJKTEAM', timestamptz '2026-01-01 10:00+01', 'test') returning id");
        String[] codes = {"financien", "opvoeding"};
        for (int i = 0; i < leefgebieden; i++) {
            voerUit("insert into analyse_leefgebied (casus_id, leefgebied_code, score, verklaring) values (" + c + ", '" + codes[i] + "', 2, 'x')");
        }
        if (plan) {
            voerUit("insert into doel (casus_id, leefgebied_code, omschrijving, volgorde) values (" + c + ", 'financien', 'doel', 1)");
        }
        return c;
    }

    private static void verwijzing(long c, String voorziening, String verwijzer, String status, String aangevraagd, String besluit) throws SQLException {
        voerUit("insert into verwijzing (version, casus_id, voorziening_id, aanbieder_id, contractsoort, verwijzer_id, status, meldingsdatum, "
                + "aangevraagd_op, besluit_op, aangemaakt_door, aangemaakt_op) values (1, " + c + ", (select id from voorziening where naam = '"
                + voorziening + "'), null, null, (select id from verwijzer where naam = '" + verwijzer + "'), '" + status + "', date '"
                + aangevraagd + "', date '" + aangevraagd + "', " + (besluit == null ? "null" : "date '" + besluit + "'") + ", 'test', now())");
    }

    private static long id(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void voerUit(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
