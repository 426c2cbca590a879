package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldossier.launcher.Database;
import nl.sociaaldossier.launcher.Keycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Operating the real WAR: MicroProfile Health answers ready with the database and Keycloak (the
 * not-ready case is in {@link StoringBrowserIT}, with Keycloak paused); the metrics count logins,
 * page times and Logboek writes; the request log carries the trace id of the Logboek entries of the
 * same page view; and in production mode the app refuses to start with the local demo settings.
 */
class BedrijfsvoeringBrowserIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> haal(String pad) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + pad)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void gezondheidIsGereedMetDatabaseEnKeycloakEnLevend() throws Exception {
        HttpResponse<String> gereed = haal("health/ready");
        assertEquals(200, gereed.statusCode(), gereed.body());
        assertTrue(gereed.body().contains("{\"name\":\"database\",\"status\":\"UP\""), gereed.body());
        assertTrue(gereed.body().contains("{\"name\":\"keycloak\",\"status\":\"UP\""), gereed.body());
        HttpResponse<String> levend = haal("health/live");
        assertEquals(200, levend.statusCode(), levend.body());
        assertTrue(levend.body().contains("\"name\":\"app\""), levend.body());
    }

    @Test
    void metriekenTellenAanmeldingenPaginatijdenEnLogboekregelsEnHetVerzoeklogDraagtDeTraceVanHetLogboek(@TempDir Path profiel)
            throws Exception {
        double aanmeldingen = waarde("sd_aanmeldingen_total");
        double logboek = waarde("sd_logboek_regels_total{mp_scope=\"application\",status=\"OK\"}");
        double casusPaginas = waarde("sd_pagina_ms_count{mp_scope=\"application\",pagina=\"/casus/index.xhtml\",soort=\"pagina\"}");
        String casus;
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "meldingen/nieuw.xhtml");
            b.logIn("intaker", "demo");
            CasusBrowserIT.openCasusVoorNieuweMelding(b, TestMeldingen.uniekeAchternaam("Trace"));
            casus = b.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            b.driver.get(App.url() + "casus/index.xhtml?id=" + casus);
            b.zichtbaar(By.id("menuCaseload"));
        }
        assertTrue(waarde("sd_aanmeldingen_total") >= aanmeldingen + 1, "a login is counted");
        assertTrue(waarde("sd_logboek_regels_total{mp_scope=\"application\",status=\"OK\"}") > logboek, "Logboek writes are counted");
        assertTrue(waarde("sd_pagina_ms_count{mp_scope=\"application\",pagina=\"/casus/index.xhtml\",soort=\"pagina\"}")
                >= casusPaginas + 2, "every view of the casus page is timed");
        assertTrue(waarde("sd_database_verbindingen{mp_scope=\"application\",toestand=\"open\"}") >= 1,
                "the instance's database connections as PostgreSQL counts them");

        // the last read of this casus by the intaker: its trace id is in a request line of the server log
        String trace = TestOmgeving.vraag("select trace_id from logboek where gebruiker = 'intaker' and activiteit = 'DOSSIER_INZIEN'"
                + " and object = 'casus:" + casus + "' order by id desc limit 1");
        Path log = Path.of(System.getProperty("project.dir"), "target/logs/it-payara.log");
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean gevonden = false;
        while (!gevonden && System.nanoTime() < tot) {
            gevonden = Files.readAllLines(log).stream().anyMatch(r -> r.contains("GET /casus/index.xhtml 200") && r.contains("trace " + trace));
            Thread.sleep(200);
        }
        assertTrue(gevonden, "the request log shows the page view with the Logboek's trace id " + trace);
    }

    @Test
    void hetDashboardLeestDeLeesreplicaEnZegtHoeverDieAchterliep(@TempDir Path profiel) throws Exception {
        assertTrue(TestOmgeving.database().url().contains("//localhost:"), "App gives the replica another address: " + TestOmgeving.database().url());
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "indicatoren/index.xhtml");
            b.logIn("controller", "demo");
            String voetnoot = b.zichtbaar(By.id("selectie")).getText();
            assertTrue(voetnoot.contains("Gelezen van de leesreplica, die 0 s achterliep op de registratie."), voetnoot);
        }
        HttpResponse<String> gereed = haal("health/ready");
        assertTrue(gereed.body().contains("\"geconfigureerd\":\"true\"") && gereed.body().contains("\"bereikbaar\":\"true\""), gereed.body());
    }

    /** A metric's value in the Prometheus text of /metrics, 0 when it is not there yet. */
    private static double waarde(String naam) throws Exception {
        String tekst = haal("metrics").body();
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(naam) + "(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(tekst);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void inProductiemodusWeigertDeAppTeStartenMetHetDemogeheimEnEenHttpKeycloak(@TempDir Path werkmap) throws Exception {
        Database db = TestOmgeving.database();
        Keycloak kc = TestOmgeving.keycloak();
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.io.tmpdir=" + werkmap, "-Dapp.modus=productie",
                "-Doidc.providerUri=" + kc.providerUri(), "-Doidc.clientSecret=" + kc.clientSecret()));
        opdracht.addAll(db.systeemEigenschappen());
        opdracht.addAll(List.of("-jar", System.getProperty("payara.jar"), "--nohazelcast", "--port", "18091",
                "--deploy", System.getProperty("war.file"), "--contextroot", "/"));
        Path log = werkmap.resolve("payara.log");
        Process proces = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(proces.waitFor(3, TimeUnit.MINUTES), "the process ends by itself");
            assertEquals(3, proces.exitValue());
            String tekst = Files.readString(log);
            for (String reden : List.of("OIDC_CLIENTSECRET is the local demo secret", "OIDC_PROVIDERURI must be an https address",
                    "LOGBOEK_SLEUTEL is the development key", "INDICATOREN_CELSLEUTEL is the development seed")) {
                assertTrue(tekst.contains("Refusing to start in production mode: " + reden), reden + " in:\n" + tekst);
            }
        } finally {
            proces.destroyForcibly();
        }
    }
}
