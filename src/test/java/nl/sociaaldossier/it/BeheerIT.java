package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.sociaaldossier.beheer.application.Beheer;
import nl.sociaaldossier.beheer.application.Catalogus;
import nl.sociaaldossier.beheer.application.OngeldigeVelden;
import nl.sociaaldossier.catalogus.domain.Voorziening;
import nl.sociaaldossier.catalogus.domain.VoorzieningRepository;
import nl.sociaaldossier.organisation.domain.OrganisatieRepository;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;
import nl.sociaaldossier.shared.infrastructure.Database;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Beheer of the catalogues through the service, with the real role and database: add, change, end,
 * the history (who, when, what), concurrent changes, input refused per field, entries that depend on
 * what is ended, only the beheerder, and a change made elsewhere read at once.
 */
@ExtendWith(ArquillianExtension.class)
class BeheerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.echteWar(BeheerIT.class);
    }

    @Inject
    Beheer beheer;
    @Inject
    VerwijzingService verwijzingService;
    @Inject
    VoorzieningRepository voorzieningen;
    @Inject
    OrganisatieRepository organisatie;
    @Inject
    AlsGebruiker.Beheerder alsBeheerder;
    @Inject
    AlsGebruiker.Coach alsCoach;
    @Inject
    AlsGebruiker.PrivacyOfficer alsPrivacyOfficer;
    @Resource(lookup = Database.JNDI_NAAM)
    DataSource dataSource;
    @Resource
    ManagedExecutorService uitvoerder;

    Sql sql;
    String uniek;

    @BeforeEach
    void voorbereiden() throws SQLException {
        sql = new Sql(dataSource);
        Medewerkers.voegToe(sql);
        uniek = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void eenAanbiederVoorVolgendJaarMetHistorieEnZonderOverschrijven() throws Exception {
        LocalDate volgendJaar = LocalDate.now().withDayOfYear(1).plusYears(1);
        String code = alsBeheerder.doe(() -> beheer.voegToe(Catalogus.AANBIEDERS, null,
                Map.of("naam", "Zorg Volgend Jaar " + uniek, "geldig_van", volgendJaar)));
        assertEquals("zorg-volgend-jaar-" + uniek, code, "the code is made from the name");
        Beheer.Rij rij = alsBeheerder.doe(() -> beheer.rij(Catalogus.AANBIEDERS, code)).orElseThrow();
        assertEquals(Beheer.Status.TOEKOMSTIG, rij.status());
        assertFalse(alsCoach.doe(() -> verwijzingService.aanbieders()).stream().anyMatch(a -> a.naam().endsWith(uniek)),
                "not offered before 1 January");

        alsBeheerder.doe(() -> {
            beheer.wijzig(Catalogus.AANBIEDERS, code, rij.versie(), Map.of("naam", "Zorg Hernoemd " + uniek, "geldig_van", volgendJaar));
            return null;
        });
        Exception tweede = assertThrows(Exception.class, () -> alsBeheerder.doe(() -> {
            beheer.wijzig(Catalogus.AANBIEDERS, code, rij.versie(), Map.of("naam", "Zorg Anders " + uniek));
            return null;
        }));
        assertInstanceOf(GelijktijdigGewijzigd.class, tweede, "a change on a stale version is refused, not written over the other");
        assertEquals("Zorg Hernoemd " + uniek, alsBeheerder.doe(() -> beheer.rij(Catalogus.AANBIEDERS, code)).orElseThrow().naam());
        assertEquals(code, alsBeheerder.doe(() -> beheer.rij(Catalogus.AANBIEDERS, code)).orElseThrow().code(), "the code never changes");

        List<Beheer.Wijziging> historie = alsBeheerder.doe(() -> beheer.historie(Catalogus.AANBIEDERS, code));
        assertEquals(List.of("gewijzigd", "toegevoegd"), historie.stream().map(Beheer.Wijziging::soort).toList());
        assertEquals("arquillian-beheerder", historie.get(0).door(), "who");
        assertEquals(List.of("Naam: 'Zorg Volgend Jaar " + uniek + "' → 'Zorg Hernoemd " + uniek + "'"), historie.get(0).wat(), "what");
        assertTrue(historie.get(1).wat().contains("Geldig vanaf: (leeg) → '" + nl.sociaaldossier.shared.domain.Datums.tekst(volgendJaar) + "'"),
                historie.get(1).wat().toString());
    }

    @Test
    void invoerWordtPerVeldGeweigerdEnNietsOpgeslagen() throws Exception {
        long voor = sql.getal("select count(*) from voorziening");
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("naam", " ");
        invoer.put("soort", "ONZIN");
        invoer.put("wet_of_domein", "W".repeat(61));
        invoer.put("geldig_van", LocalDate.of(2027, 1, 1));
        invoer.put("geldig_tot", LocalDate.of(2026, 1, 1));
        Exception fout = assertThrows(Exception.class, () -> alsBeheerder.doe(() -> beheer.voegToe(Catalogus.VOORZIENINGEN, null, invoer)));
        OngeldigeVelden velden = assertInstanceOf(OngeldigeVelden.class, fout);
        assertEquals(Map.of("naam", "Naam is verplicht.", "soort", "Soort: kies uit de lijst.",
                "wet_of_domein", "Wet of domein is te lang: hoogstens 60 tekens, nu 61.",
                "geldig_tot", "De laatste geldige dag ligt voor de eerste (01-01-2027)."), velden.perVeld());

        Exception dubbel = assertThrows(Exception.class, () -> alsBeheerder.doe(() -> beheer.voegToe(Catalogus.VOORZIENINGEN, null,
                Map.of("naam", "Wijkkamer", "soort", "ALGEMEEN", "wet_of_domein", "jeugd"))));
        assertEquals(Map.of("code", "Deze code is al in gebruik bij een andere voorziening."), assertInstanceOf(OngeldigeVelden.class, dubbel).perVeld());
        Exception verkeerdeCode = assertThrows(Exception.class, () -> alsBeheerder.doe(() -> beheer.voegToe(Catalogus.TERMIJNEN, "Wmo 2027!",
                Map.of("wet", "Wmo", "beschikking_dagen", "14", "grondslag", "x"))));
        assertTrue(assertInstanceOf(OngeldigeVelden.class, verkeerdeCode).perVeld().containsKey("code"));
        assertEquals(voor, sql.getal("select count(*) from voorziening"), "nothing stored");
        assertThrows(SQLException.class, () -> sql.voerUit("update voorziening set code = 'anders' where code = 'wijkkamer'"),
                "the database refuses a changed code, whoever tries");
    }

    @Test
    void eenTeamEindigtPasAlsZijnWijkenZijnBeeindigdEnDanBiedtNiemandHetNogAan() throws Exception {
        String team = alsBeheerder.doe(() -> beheer.voegToe(Catalogus.TEAMS, null, Map.of("naam", "Wijkteam " + uniek, "soort", "WIJKTEAM",
                "telefoon", "0546 000000", "meldingnorm_werkdagen", "5", "regisseurnorm_werkdagen", 10)));
        String teamId = Long.toString(sql.getal("select id from team where code = '" + team + "'"));
        String wijk = alsBeheerder.doe(() -> beheer.voegToe(Catalogus.WIJKEN, null, Map.of("naam", "Wijk " + uniek, "team_id", teamId)));
        Long wijkId = sql.getal("select id from wijk where code = '" + wijk + "'");
        assertEquals(wijk, organisatie.getWijk(wijkId).naam().toLowerCase().replace(' ', '-'));

        LocalDate gisteren = LocalDate.now().minusDays(1);
        Exception teVroeg = assertThrows(Exception.class, () -> alsBeheerder.doe(() -> {
            beheer.beeindig(Catalogus.TEAMS, team, 0, gisteren);
            return null;
        }));
        assertEquals("Wijkteam " + uniek + " heeft na " + nl.sociaaldossier.shared.domain.Datums.tekst(gisteren)
                + " nog 1 wijken of medewerkers: beëindig of verplaats die eerst.", assertInstanceOf(OngeldigeVelden.class, teVroeg).perVeld().get("einde"));

        alsBeheerder.doe(() -> {
            beheer.beeindig(Catalogus.WIJKEN, wijk, 0, gisteren);
            beheer.beeindig(Catalogus.TEAMS, team, 0, gisteren);
            return null;
        });
        assertThrows(DomainException.class, () -> organisatie.getWijk(wijkId), "an ended wijk is not offered to a new household");
        assertEquals(Beheer.Status.BEEINDIGD, alsBeheerder.doe(() -> beheer.rij(Catalogus.WIJKEN, wijk)).orElseThrow().status());
        assertEquals("beëindigd", alsBeheerder.doe(() -> beheer.historie(Catalogus.TEAMS, team)).get(0).soort());

        // a new reference to the ended team is refused; the ended wijk keeps its team, by name, and can still be changed
        Exception naarBeeindigd = assertThrows(Exception.class, () -> alsBeheerder.doe(() -> beheer.voegToe(Catalogus.WIJKEN, null,
                Map.of("naam", "Nieuwe wijk " + uniek, "team_id", teamId))));
        assertEquals(Map.of("team_id", "Wijkteam: kies uit de lijst."), assertInstanceOf(OngeldigeVelden.class, naarBeeindigd).perVeld());
        Beheer.Rij beeindigdeWijk = alsBeheerder.doe(() -> beheer.rij(Catalogus.WIJKEN, wijk)).orElseThrow();
        assertEquals("Wijkteam " + uniek, beeindigdeWijk.tekst().get("team_id"));
        alsBeheerder.doe(() -> {
            beheer.wijzig(Catalogus.WIJKEN, wijk, beeindigdeWijk.versie(), Map.of("naam", "Wijk " + uniek, "team_id", teamId,
                    "toelichting", "opgeheven", "geldig_tot", gisteren));
            return null;
        });
    }

    @Test
    void eenTeamDatTegelijkEindigtKrijgtGeenNieuweWijkEnOmgekeerd() throws Exception {
        String team = alsBeheerder.doe(() -> beheer.voegToe(Catalogus.TEAMS, null, Map.of("naam", "Wijkteam Tegelijk " + uniek, "soort",
                "WIJKTEAM", "telefoon", "0546 000000", "meldingnorm_werkdagen", 5, "regisseurnorm_werkdagen", 10)));
        String teamId = Long.toString(sql.getal("select id from team where code = '" + team + "'"));
        // another beheerder ends the team and has not committed yet: adding a wijk to it waits, then is refused
        try (Connection ander = dataSource.getConnection()) {
            ander.setAutoCommit(false);
            ander.createStatement().executeUpdate("update team set geldig_tot = current_date - 1 where code = '" + team + "'");
            Future<String> wijk = uitvoerder.submit(() -> alsBeheerder.doe(() -> beheer.voegToe(Catalogus.WIJKEN, null,
                    Map.of("naam", "Wijk Tegelijk " + uniek, "team_id", teamId))));
            Thread.sleep(1500);
            assertFalse(wijk.isDone(), "the new wijk waits for the team's ending");
            ander.commit();
            ExecutionException fout = assertThrows(ExecutionException.class, () -> wijk.get(20, TimeUnit.SECONDS));
            assertEquals(Map.of("team_id", "Wijkteam: kies uit de lijst."), assertInstanceOf(OngeldigeVelden.class, fout.getCause()).perVeld());
        }
        sql.voerUit("update team set geldig_tot = null where code = '" + team + "'");
        // the other way round: a wijk is being added (not committed) while the team is ended: the ending waits, then sees it
        try (Connection ander = dataSource.getConnection()) {
            ander.setAutoCommit(false);
            ander.createStatement().executeUpdate("insert into wijk (naam, team_id) values ('Wijk Ander " + uniek + "', " + teamId + ")");
            int versie = alsBeheerder.doe(() -> beheer.rij(Catalogus.TEAMS, team)).orElseThrow().versie();
            Future<Object> einde = uitvoerder.submit(() -> alsBeheerder.doe(() -> {
                beheer.beeindig(Catalogus.TEAMS, team, versie, LocalDate.now().minusDays(1));
                return null;
            }));
            Thread.sleep(1500);
            assertFalse(einde.isDone(), "the ending waits for the new wijk");
            ander.commit();
            ExecutionException fout = assertThrows(ExecutionException.class, () -> einde.get(20, TimeUnit.SECONDS));
            assertTrue(assertInstanceOf(OngeldigeVelden.class, fout.getCause()).perVeld().get("einde").contains("nog 1 wijken of medewerkers"));
        }
    }

    @Test
    void eenWijzigingDieEenAndereServerMaaktGeldtHierMeteen() throws Exception {
        // Another app instance shares the database: its change is a plain transaction there; this
        // instance keeps no catalogue of its own, so its next read shows the change without a restart.
        Voorziening voor = voorzieningen.catalogus().stream().filter(v -> v.naam().equals("Wasdienst")).findFirst().orElseThrow();
        try {
            sql.voerUit("update voorziening set naam = 'Wasdienst " + uniek + "', geldig_tot = current_date - 1 where code = 'wasdienst'");
            Voorziening na = voorzieningen.get(voor.id());
            assertEquals("Wasdienst " + uniek, na.naam());
            assertFalse(na.isGeldigOp(LocalDate.now()), "ended elsewhere, ended here");
        } finally {
            sql.voerUit("update voorziening set naam = 'Wasdienst', geldig_tot = null where code = 'wasdienst'");
        }
    }

    @Test
    void termijnenPerWetZonderOverlap() throws Exception {
        String wet = "Testwet " + uniek;
        alsBeheerder.doe(() -> beheer.voegToe(Catalogus.TERMIJNEN, "test-" + uniek + "-a", Map.of("wet", wet, "onderzoek_dagen", "28",
                "beschikking_dagen", "21", "grondslag", "Testwet art. 1", "geldig_tot", LocalDate.of(2026, 12, 31))));
        Exception overlap = assertThrows(Exception.class, () -> alsBeheerder.doe(() -> beheer.voegToe(Catalogus.TERMIJNEN, "test-" + uniek + "-b",
                Map.of("wet", wet, "beschikking_dagen", "14", "grondslag", "Testwet art. 2", "geldig_van", LocalDate.of(2026, 6, 1)))));
        assertEquals("Voor " + wet + " gelden in die periode al andere termijnen: beëindig die eerst of kies een andere periode.",
                assertInstanceOf(DomainException.class, overlap).getMessage());
        alsBeheerder.doe(() -> beheer.voegToe(Catalogus.TERMIJNEN, "test-" + uniek + "-b",
                Map.of("wet", wet, "beschikking_dagen", "14", "grondslag", "Testwet art. 2", "geldig_van", LocalDate.of(2027, 1, 1))));
        assertEquals("28/21", sql.tekst("select onderzoek_dagen || '/' || beschikking_dagen from termijnen_op('" + wet + "', date '2026-12-31')"));
        assertEquals("/14", sql.tekst("select coalesce(onderzoek_dagen::text, '') || '/' || beschikking_dagen from termijnen_op('" + wet
                + "', date '2027-01-01')"));
        assertEquals("/56", sql.tekst("select coalesce(onderzoek_dagen::text, '') || '/' || beschikking_dagen from termijnen_op('Geen wet', current_date)"),
                "a law without terms of its own follows the Awb");
    }

    @Test
    void alleenDeBeheerder() {
        assertThrows(EJBAccessException.class, () -> alsCoach.doe(() -> beheer.rijen(Catalogus.MEDEWERKERS)));
        assertThrows(EJBAccessException.class, () -> alsPrivacyOfficer.doe(() -> beheer.historie(Catalogus.VERWERKINGSACTIVITEITEN, "DOSSIER_INZIEN")));
        assertThrows(EJBAccessException.class, () -> alsCoach.doe(() -> beheer.voegToe(Catalogus.AANBIEDERS, null, Map.of("naam", "x"))));
        assertThrows(EJBAccessException.class, () -> beheer.rijen(Catalogus.AANBIEDERS), "nobody logged in");
    }
}
