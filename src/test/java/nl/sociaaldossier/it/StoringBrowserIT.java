package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import nl.sociaaldossier.launcher.Database;
import nl.sociaaldossier.launcher.Keycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Outages in the browser on the real WAR (the full drills, with PostgreSQL stopped and killed under
 * load, are benchmark/storing.sh): no database connection to be had during an action gives the Dutch
 * retry message on the same page, with the input kept and nothing stored, and the same click works
 * once the database is back; Keycloak hanging lets a logged-in user work on and tells a new visitor
 * in Dutch that logging in cannot be done now, and logging in works again once it answers.
 */
class StoringBrowserIT {

    private static final String OPNIEUW = "De database is even niet bereikbaar. Er is niets opgeslagen.";

    @Test
    void geenDatabaseTijdensEenActieGeeftHetVerzoekOmOpnieuwTeProberenEnVerliestNiets(@TempDir Path profiel) throws Exception {
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "meldingen/nieuw.xhtml");
            b.logIn("intaker", "demo");
            CasusBrowserIT.openCasusVoorNieuweMelding(b, TestMeldingen.uniekeAchternaam("Storing"));
            String casus = b.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            b.sectie("verslagen");
            String tekst = "Telefonisch contact tijdens een storing " + System.nanoTime();
            b.typ("verslagen:tekst", tekst);
            String rol = TestOmgeving.database().gebruiker();
            try {
                // the database refuses the app's role and drops its connections: the pool has none to give
                alsEigenaar("alter role \"" + rol + "\" connection limit 0");
                alsEigenaar("select pg_terminate_backend(pid) from pg_stat_activity where usename = '" + rol + "'");
                b.klikEnWachtOp("verslagen:schrijfVerslag", OPNIEUW);
                assertEquals(tekst, b.zichtbaar(By.id("verslagen:tekst")).getDomProperty("value"), "the input stays in the form");
                assertTrue(b.driver.getCurrentUrl().contains("id=" + casus), "on the same page");
            } finally {
                alsEigenaar("alter role \"" + rol + "\" connection limit -1");
            }
            assertEquals("0", TestOmgeving.vraag("select count(*) from verslag where tekst = '" + tekst + "'"), "nothing stored");
            b.klikEnWachtOp("verslagen:schrijfVerslag", "Het verslag is opgeslagen.");
            assertEquals("1", TestOmgeving.vraag("select count(*) from verslag where tekst = '" + tekst + "'"), "stored once, when it was back");
        }
    }

    @Test
    void keycloakHangtIngelogdWerktDoorNieuwBezoekKrijgtEenNederlandseMelding(@TempDir Path profiel, @TempDir Path nieuwProfiel)
            throws Exception {
        Keycloak keycloak = TestOmgeving.keycloak();
        assumeTrue(keycloak.eigen(), "only with a Keycloak of our own, which can be paused");
        try (Browser ingelogd = new Browser(profiel)) {
            ingelogd.driver.get(App.url() + "casus/caseload.xhtml");
            ingelogd.logIn("coach", "demo");
            ingelogd.zichtbaar(By.id("caseload"));
            keycloak.pauzeer();
            try {
                ingelogd.driver.get(App.url() + "casus/caseload.xhtml");
                ingelogd.zichtbaar(By.id("caseload"));
                Thread.sleep(6_000); // the app asks Keycloak's state at most every 5 s: it answered at the login above
                // not ready for new users (MicroProfile Health), yet alive: an orchestrator takes it out, never restarts it
                java.net.http.HttpResponse<String> gereed = BedrijfsvoeringBrowserIT.haal("health/ready");
                assertEquals(503, gereed.statusCode(), gereed.body());
                assertTrue(gereed.body().contains("{\"name\":\"keycloak\",\"status\":\"DOWN\""), gereed.body());
                assertEquals(200, BedrijfsvoeringBrowserIT.haal("health/live").statusCode());
                try (Browser nieuw = new Browser(nieuwProfiel)) {
                    // were it sent on to the hanging Keycloak, the page would not load
                    nieuw.driver.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(20));
                    nieuw.driver.get(App.url() + "casus/caseload.xhtml");
                    String pagina = nieuw.zichtbaar(By.tagName("body")).getText();
                    assertTrue(pagina.contains("Inloggen kan even niet"), pagina);
                }
            } finally {
                keycloak.hervat();
            }
            Thread.sleep(6_000); // Keycloak's state is asked at most every 5 s
            try (Browser nieuw = new Browser(nieuwProfiel.resolve("weer"))) {
                nieuw.driver.get(App.url() + "casus/caseload.xhtml");
                nieuw.logIn("procesmanager", "demo");
                nieuw.zichtbaar(By.id("caseload"));
            }
        }
    }

    private static void alsEigenaar(String sql) throws Exception {
        Database db = TestOmgeving.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.eigenaar(), db.eigenaarWachtwoord()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
