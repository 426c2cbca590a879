package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The session against the real Keycloak: a user disabled there, or whose role is taken away, loses
 * access within the token lifetime; the security headers and cookie flags; the 403 page logs the
 * refusal and keeps the menu; the privacy officer answers an inzageverzoek in the browser.
 */
class SessieBrowserIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** A short access token lifetime for this test (the realm's own is 5 minutes); the mechanism refreshes after it. */
    private static final int LEVENSDUUR = 15;

    @Test
    void eenInKeycloakUitgeschakeldeGebruikerOfIngetrokkenRolVerliestDeToegangBinnenDeLevensduurVanHetToken(@TempDir Path profiel)
            throws Exception {
        String token = beheerToken();
        beheer(token, "PUT", "", "{\"accessTokenLifespan\": " + LEVENSDUUR + "}");
        String uitTeSchakelen = "tijdelijk-" + UUID.randomUUID().toString().substring(0, 8);
        String zonderRol = "tijdelijk-" + UUID.randomUUID().toString().substring(0, 8);
        String idUit = maakGebruiker(token, uitTeSchakelen);
        String idRol = maakGebruiker(token, zonderRol);
        try (Browser b = new Browser(profiel); Browser b2 = new Browser(profiel.resolve("tweede"))) {
            b.driver.get(App.url() + "indicatoren/index.xhtml");
            b.logIn(uitTeSchakelen, "demo");
            b.zichtbaar(By.id("menuCaseload"));
            b2.driver.get(App.url() + "indicatoren/index.xhtml");
            b2.logIn(zonderRol, "demo");
            b2.zichtbaar(By.id("menuCaseload"));

            beheer(token, "PUT", "/users/" + idUit, "{\"enabled\": false}");
            String rol = HTTP.send(beheerVerzoek(token, "GET", "/roles/coach", null), HttpResponse.BodyHandlers.ofString()).body();
            HTTP.send(beheerVerzoek(token, "DELETE", "/users/" + idRol + "/role-mappings/realm", "[" + rol + "]"),
                    HttpResponse.BodyHandlers.ofString());
            // still working at once: a token is valid for its lifetime
            b.driver.get(App.url() + "casus/caseload.xhtml");
            b.zichtbaar(By.id("menuCaseload"));

            Thread.sleep(Duration.ofSeconds(LEVENSDUUR + 3).toMillis());
            b.driver.get(App.url() + "casus/caseload.xhtml");
            b.wacht.until(d -> d.findElements(By.id("menuCaseload")).isEmpty());
            assertTrue(b.driver.findElements(By.id("caseload")).isEmpty(), "the disabled user's caseload is gone: " + b.driver.getCurrentUrl());

            b2.driver.get(App.url() + "casus/caseload.xhtml");
            b2.wacht.until(d -> d.findElements(By.id("menuCaseload")).isEmpty());
            assertTrue(b2.driver.findElements(By.id("caseload")).isEmpty(), "without the coach role no caseload: " + b2.driver.getCurrentUrl());
        } finally {
            beheer(token, "PUT", "", "{\"accessTokenLifespan\": 300}");
            beheer(token, "DELETE", "/users/" + idUit, null);
            beheer(token, "DELETE", "/users/" + idRol, null);
        }
    }

    @Test
    void beveiligingskoppenEnSessiecookie() throws Exception {
        HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + "status")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("nosniff", status.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", status.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(status.headers().allValues("Content-Security-Policy").stream().anyMatch(c -> c.contains("frame-ancestors 'none'")));
        assertTrue(status.headers().firstValue("Strict-Transport-Security").isEmpty(), "no HSTS over plain http");

        HttpResponse<String> pagina = HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + "casus/caseload.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = pagina.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
        HttpResponse<String> oudUitloggen = HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + "uitloggen"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(oudUitloggen.statusCode() != 200, "no logout by a bare POST");
    }

    @Test
    void deGeenToegangPaginaHoudtHetMenuEnLogtDeWeigering(@TempDir Path profiel) throws Exception {
        long voor = getal("select count(*) from logboek where gebruiker = 'controller' and status = 'GEWEIGERD' and object like '/casus/%'");
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "casus/index.xhtml?id=1");
            String voorInloggen = b.driver.manage().getCookieNamed("JSESSIONID").getValue();
            b.logIn("controller", "demo");
            b.zichtbaar(By.id("fout"));
            assertFalse(voorInloggen.equals(b.driver.manage().getCookieNamed("JSESSIONID").getValue()), "a new session id at login");
            assertTrue(b.tekstVan("gebruikerRollen").toLowerCase().contains("businesscontroller"), b.tekstVan("gebruikerRollen"));
            b.zichtbaar(By.id("menuIndicatoren"));
            assertTrue(b.driver.findElements(By.id("menuCaseload")).isEmpty());
            String csp = (String) ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "return document.querySelector('script[nonce]') ? 'nonce' : 'geen'");
            assertEquals("nonce", csp, "PrimeFaces renders its scripts with the response's nonce");
        }
        assertEquals(voor + 1, getal("select count(*) from logboek where gebruiker = 'controller' and status = 'GEWEIGERD' and object like '/casus/%'"));
    }

    @Test
    void dePrivacyOfficerBeantwoordtEenInzageverzoekInDeBrowser(@TempDir Path profiel) throws Exception {
        String bsn;
        try (Browser b = new Browser(profiel)) {
            // an intaker registers a melding; the privacy officer then answers the request of its inwoner
            b.driver.get(App.url() + "meldingen/nieuw.xhtml");
            b.logIn("intaker", "demo");
            bsn = MeldingBrowserIT.registreerEenvoudigeMelding(b, TestMeldingen.uniekeAchternaam("Inzage"));
            b.logUit();
            b.driver.get(App.url() + "logboek/inzageverzoek.xhtml");
            b.logIn("privacy", "demo");
            b.zichtbaar(By.id("menuLogboek"));
            b.typ("inzage:bsn", "123");
            b.klikEnWachtOp("inzage:beantwoord", "Dit is geen geldig BSN");
            b.typ("inzage:bsn", bsn);
            b.klikEnWachtOp("inzage:beantwoord", "Overzicht van verwerkingen");
            String antwoord = b.tekstVan("inzage:verwerkingen");
            assertTrue(antwoord.contains("Melding registreren") && antwoord.contains("Intaker, Wijkteam 1"), antwoord);
            assertFalse(antwoord.contains("Ilse"), "the answer names functions, not employees");
            b.zichtbaar(By.id("inzage:exportCsv")).click();
            String csv = java.nio.file.Files.readString(b.download(".csv"), StandardCharsets.UTF_8);
            assertTrue(csv.contains("Melding registreren"), csv);

            b.driver.get(App.url() + "logboek/index.xhtml");
            b.typ("logboek:gebruiker", "intaker");
            b.klikEnWachtOp("logboek:zoek", "Melding registreren");
            assertTrue(b.tekstVan("logboek:regels").contains("Ilse Intveld (intaker)"));
        }
        // no BSN in the application's own log
        String log = java.nio.file.Files.readString(Path.of(System.getProperty("project.dir"), "target", "logs", "it-payara.log"));
        assertFalse(log.contains(bsn), "the BSN is in the application log");
        // an intaker may not see the log
        try (Browser b = new Browser(profiel.resolve("intaker"))) {
            b.driver.get(App.url() + "logboek/index.xhtml");
            b.logIn("intaker", "demo");
            b.zichtbaar(By.id("fout"));
        }
    }

    private static String maakGebruiker(String token, String naam) throws Exception {
        HttpResponse<String> gemaakt = HTTP.send(beheerVerzoek(token, "POST", "/users", """
                {"username": "%s", "enabled": true, "firstName": "Tijdelijk", "lastName": "Coach", "email": "%s@sociaaldossier.example",
                 "emailVerified": true, "credentials": [{"type": "password", "value": "demo", "temporary": false}]}""".formatted(naam, naam)),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, gemaakt.statusCode(), gemaakt.body());
        String pad = gemaakt.headers().firstValue("Location").orElseThrow();
        String id = pad.substring(pad.lastIndexOf('/') + 1);
        String rol = HTTP.send(beheerVerzoek(token, "GET", "/roles/coach", null), HttpResponse.BodyHandlers.ofString()).body();
        assertEquals(204, HTTP.send(beheerVerzoek(token, "POST", "/users/" + id + "/role-mappings/realm", "[" + rol + "]"),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        return id;
    }

    private static String keycloak() {
        String provider = TestOmgeving.keycloak().providerUri();
        return provider.substring(0, provider.indexOf("/realms/"));
    }

    private static String beheerToken() throws Exception {
        String vorm = "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(vorm)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    private static HttpRequest beheerVerzoek(String token, String methode, String pad, String json) {
        return HttpRequest.newBuilder(URI.create(keycloak() + "/admin/realms/" + nl.sociaaldossier.launcher.Keycloak.REALM + pad))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static void beheer(String token, String methode, String pad, String json) throws Exception {
        HttpResponse<String> r = HTTP.send(beheerVerzoek(token, methode, pad, json), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() / 100 == 2, methode + " " + pad + ": " + r.statusCode() + " " + r.body());
    }

    private static long getal(String sql) throws SQLException {
        return Long.parseLong(TestOmgeving.vraag(sql));
    }
}
