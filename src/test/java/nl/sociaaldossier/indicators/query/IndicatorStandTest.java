package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures kept per period, wijk and team are the figures the direct rollup counts, for every
 * indicator, kept period and filter, on a synthetic registration; after changes of every kind the
 * derivations read, the periods they touch are no longer read as current until a refresh has
 * recounted them, and then they are equal again; periods the changes do not touch are not recounted.
 */
class IndicatorStandTest {

    static EmbeddedPostgres pg;
    static Connection db;
    static ExecutorService pool = Executors.newFixedThreadPool(3);
    static final LocalDate VANDAAG = LocalDate.now();
    static final Duration ALTIJD = Duration.ofDays(1);

    @BeforeAll
    static void database() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).locations("classpath:db/migration", "classpath:db/synthetisch")
                .placeholders(java.util.Map.of("synthetische_huishoudens", "400", "app_rol", "")).load().migrate();
        db = pg.getPostgresDatabase().getConnection();
    }

    @AfterAll
    static void stop() throws Exception {
        pool.shutdown();
        db.close();
        pg.close();
    }

    @Test
    void gelijkAanDeDirecteTellingOokNaWijzigingenDieAlleenVerouderdeMaandenOpnieuwTellen() throws Exception {
        verversHelemaal();
        List<Periode> venster = IndicatorStand.venster(VANDAAG);
        List<Filter> filters = filters();
        // every kept period for the whole municipality; a year, a quarter and a month for every filter
        vergelijk(venster, List.of(Filter.ALLES));
        List<Periode> steekproef = List.of(Periode.jaar(VANDAAG.getYear() - 1), venster.get(IndicatorStand.JAREN + 1),
                venster.get(IndicatorStand.JAREN + IndicatorStand.KWARTALEN + 2));
        vergelijk(steekproef, filters);

        // changes dated last year or later: a referral ended, a new one, a melding solved at the front door
        LocalDate vorigJaar = LocalDate.of(VANDAAG.getYear() - 1, 3, 15);
        long client = getal("select r.client_id from verwijzing r where r.gestart_op < date '" + vorigJaar + "' and r.beeindigd_op is null"
                + " order by r.id limit 1");
        long casus = getal("select casus_id from verwijzing where client_id = " + client + " order by id limit 1");
        voerUit("update verwijzing set beeindigd_op = date '" + vorigJaar + "', status = 'BEEINDIGD' where client_id = " + client
                + " and beeindigd_op is null and gestart_op < date '" + vorigJaar + "'");
        voerUit("insert into verwijzing (version, casus_id, client_id, voorziening_id, verwijzer_id, status, meldingsdatum, aangevraagd_op,"
                + " besluit_op, gestart_op, aangemaakt_door, aangemaakt_op) select 0, " + casus + ", " + client + ", v.id, 1, 'GESTART',"
                + " date '" + vorigJaar + "', date '" + vorigJaar + "', date '" + vorigJaar + "', date '" + vorigJaar.plusDays(3) + "', 'test', now()"
                + " from voorziening v where v.wet_of_domein = 'Jeugdwet' order by v.id limit 1");
        voerUit("insert into melding (version, huishouden_id, verwijzer_id, hulpvraag, leefgebied_code, status, meldingsdatum,"
                + " geregistreerd_door, geregistreerd_op) select 0, p.huishouden_id, 1, 'test', min(l.code), 'NIEUW', date '" + vorigJaar
                + "', 'test', now() from gezinslid p, leefgebied l where p.id = " + client + " group by p.huishouden_id");
        voerUit("update melding set status = 'OPGELOST', afgehandeld_op = date '" + VANDAAG + "' where id = (select max(id) from melding)");
        // a change to a column no derivation reads touches nothing
        long wachtend = getal("select count(*) from indicator_wijziging");
        voerUit("update verwijzing set toelichting = 'gelezen' where client_id = " + client);
        assertEquals(wachtend, getal("select count(*) from indicator_wijziging"), "a text changes no figure: nothing logged");

        IndicatorStand.Gelezen gelezen = IndicatorStand.lees(db, venster, List.of(Filter.ALLES), Duration.ZERO, Instant.now(), VANDAAG);
        assertFalse(gelezen.heeft(Periode.jaar(VANDAAG.getYear() - 1)), "last year waits for a recount: not read as current");
        assertFalse(gelezen.heeft(Periode.jaar(VANDAAG.getYear())), "a later year too");
        assertTrue(IndicatorStand.lees(db, venster, List.of(Filter.ALLES), ALTIJD, Instant.now(), VANDAAG).heeft(Periode.jaar(VANDAAG.getYear() - 1)),
                "with time allowed for the refresh, the kept figures are read meanwhile");
        List<String> herteld = verversHelemaal();
        assertFalse(herteld.isEmpty());
        for (int jaar = VANDAAG.getYear() - IndicatorStand.JAREN; jaar <= VANDAAG.getYear() - 2; jaar++) {
            String eerder = String.valueOf(jaar);
            // only ZORG-8 and 4.1.2 (they read every referral of a casus, whatever its date) from the casus's opening on
            assertTrue(herteld.stream().filter(p -> p.contains(eerder)).allMatch(p -> p.endsWith("[casus]")),
                    "nothing dated before last year changed, so earlier periods only recount what reads the casus: " + herteld);
        }
        vergelijk(venster, List.of(Filter.ALLES));
        vergelijk(steekproef, filters);

        // changes that touch every period the person, household or casus counts in: a birth date, a move to
        // another wijk (another team's), another regisseur, a new leefgebied in the analysis
        voerUit("update gezinslid set geboortedatum = date '" + VANDAAG.minusYears(2) + "' where id = " + client);
        voerUit("update huishouden set wijk_id = (select w.id from wijk w where w.team_id <> (select team_id from wijk where id = huishouden.wijk_id)"
                + " order by w.id limit 1) where id = (select huishouden_id from gezinslid where id = " + client + ")");
        voerUit("update casus set regisseur = null where regisseur is not null and id = (select min(c.id) from casus c where c.regisseur is not null)");
        voerUit("insert into analyse_leefgebied (casus_id, leefgebied_code, score, verklaring) select c.id, l.code, 3, 'test'"
                + " from casus c, leefgebied l where not exists (select 1 from analyse_leefgebied a where a.casus_id = c.id)"
                + " order by c.id, l.code limit 2");
        assertFalse(IndicatorStand.lees(db, venster, List.of(Filter.ALLES), Duration.ZERO, Instant.now(), VANDAAG)
                .heeft(Periode.jaar(VANDAAG.getYear() - 1)));
        assertFalse(verversHelemaal().isEmpty());
        vergelijk(venster, List.of(Filter.ALLES));
        vergelijk(steekproef, filters);
    }

    @Test
    void eenVerversingTegelijk() throws Exception {
        try (Connection ander = pg.getPostgresDatabase().getConnection(); Statement s = ander.createStatement()) {
            s.execute("select pg_advisory_lock(" + 0x534449_4e44L + ")");
            assertEquals(Optional.empty(), IndicatorStand.ververs(db, Celsleutel.STANDAARD_ZAAD, VANDAAG, ALTIJD),
                    "another instance is refreshing: this one leaves it");
            s.execute("select pg_advisory_unlock(" + 0x534449_4e44L + ")");
        }
        assertTrue(IndicatorStand.ververs(db, Celsleutel.STANDAARD_ZAAD, VANDAAG, ALTIJD).isPresent());
    }

    /** Refreshes until nothing is left; the periods recounted. */
    private static List<String> verversHelemaal() throws SQLException {
        List<String> herteld = new ArrayList<>();
        while (true) {
            List<String> perioden = IndicatorStand.ververs(db, Celsleutel.STANDAARD_ZAAD, VANDAAG, ALTIJD).orElseThrow().perioden();
            if (perioden.isEmpty()) {
                return herteld;
            }
            herteld.addAll(perioden);
        }
    }

    private static void vergelijk(List<Periode> perioden, List<Filter> filters) throws SQLException {
        IndicatorStand.Gelezen gelezen = IndicatorStand.lees(db, perioden, filters, Duration.ZERO, Instant.now(), VANDAAG);
        ParalleleRollup.Uitkomsten direct = ParalleleRollup.bereken(pg.getPostgresDatabase(), pool, 3, Afleidingen.alle(), perioden, filters,
                Celsleutel.STANDAARD_ZAAD);
        long getallen = 0;
        for (Periode p : perioden) {
            assertTrue(gelezen.heeft(p), p.label() + " is kept and current");
            for (Filter f : filters) {
                for (Definitie d : Afleidingen.alle()) {
                    Rollup.Uitkomst verwacht = direct.van(p, f).get(d.id());
                    assertEquals(verwacht, gelezen.perPeriode().get(p).get(f).get(d.id()), d.id() + " " + p.label() + " " + f);
                    getallen += verwacht.totaal();
                }
            }
        }
        assertTrue(getallen > 100, "there are figures to compare: " + getallen);
    }

    /** Every wijk, every team, a wijk with its own team and a wijk with another team. */
    private static List<Filter> filters() throws SQLException {
        List<Filter> filters = new ArrayList<>(List.of(Filter.ALLES));
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id, team_id from wijk order by id")) {
            while (r.next()) {
                filters.add(new Filter(r.getLong(1), null));
                if (r.isFirst()) {
                    filters.add(new Filter(r.getLong(1), r.getLong(2)));
                    filters.add(new Filter(r.getLong(1), r.getLong(2) + 1));
                }
            }
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select id from team order by id")) {
            while (r.next()) {
                filters.add(new Filter(null, r.getLong(1)));
            }
        }
        return filters;
    }

    private static long getal(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void voerUit(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            assertTrue(s.executeUpdate(sql) > 0, sql);
        }
    }
}
