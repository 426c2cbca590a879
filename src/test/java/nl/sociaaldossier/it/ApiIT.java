package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The REST API on the real WAR with real Keycloak tokens: no token, a forged one (changed claims,
 * another signature, alg none) or one of a client that may not call the API gets 401 with problem
 * details in Dutch and no login page; a role that may not see the figures 403; bad input 400; the
 * controller gets the same published figure as the dashboard shows; the OpenAPI document lists it.
 */
class ApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int VORIG_JAAR = LocalDate.now().getYear() - 1;

    static String token(String gebruiker, String client) throws Exception {
        String body = "grant_type=password&client_id=" + client + "&username=" + gebruiker + "&password=demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(TestOmgeving.keycloak().providerUri()
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return json(r.body()).get("access_token").asText();
    }

    static HttpResponse<String> vraag(String pad, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(App.url() + pad)).timeout(Duration.ofSeconds(60)).GET()
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String tekst) throws Exception {
        return new ObjectMapper().readTree(tekst);
    }

    private static void assertProbleem(HttpResponse<String> r, int status) throws Exception {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().map().toString());
        JsonNode p = json(r.body());
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("detail").asText().isBlank(), "a Dutch explanation");
        assertTrue(r.headers().firstValue("Location").isEmpty(), "never sent to a login page");
    }

    @Test
    void zonderOfMetVervalstTokenKrijgtDeBeller401InHetNederlandsNooitEenInlogpagina() throws Exception {
        HttpResponse<String> zonder = vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR, null);
        assertProbleem(zonder, 401);
        assertTrue(json(zonder.body()).get("detail").asText().contains("toegangstoken"), zonder.body());
        assertTrue(zonder.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));

        String echt = token("controller", "sociaal-dossier-cli");
        String[] delen = echt.split("\\.");
        // the claims changed (another role), the signature kept
        String inhoud = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8).replace("\"businesscontroller\"", "\"coach\"");
        String andereRol = delen[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(inhoud.getBytes(StandardCharsets.UTF_8))
                + "." + delen[2];
        // another signature
        char c = delen[2].charAt(10);
        String andereHandtekening = delen[0] + "." + delen[1] + "." + delen[2].substring(0, 10) + (c == 'A' ? 'B' : 'A') + delen[2].substring(11);
        // no signature at all
        String geen = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + delen[1] + ".";
        for (String vals : new String[] {andereRol, andereHandtekening, geen, "onzin", echt + "x"}) {
            HttpResponse<String> r = vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR, vals);
            assertProbleem(r, 401);
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").contains("invalid_token"), r.headers().map().toString());
        }
        assertEquals(200, vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR, echt).statusCode(), "the real token itself is valid");
        // the token opens the API only: a path that leaves /api by ../ is a page, which wants the login (no page by token)
        String coach = token("coach", "sociaal-dossier-cli");
        for (String omweg : new String[] {"api/../casus/caseload.xhtml", "api/%2e%2e/casus/caseload.xhtml", "api/v1/../../casus/caseload.xhtml"}) {
            HttpResponse<String> r = vraag(omweg, coach);
            assertEquals(302, r.statusCode(), omweg + ": " + r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").contains("/protocol/openid-connect/auth"), omweg + " goes to the login");
        }
    }

    @Test
    void eenRolZonderCijfersKrijgt403EnFouteInvoer400() throws Exception {
        assertProbleem(vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR, token("privacy", "sociaal-dossier-cli")), 403);
        String controller = token("controller", "sociaal-dossier-cli");
        HttpResponse<String> geenJaar = vraag("api/v1/indicatoren", controller);
        assertProbleem(geenJaar, 400);
        assertTrue(json(geenJaar.body()).get("detail").asText().startsWith("Geef een jaar op"), geenJaar.body());
        assertProbleem(vraag("api/v1/indicatoren?jaar=1800", controller), 400);
        assertProbleem(vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR + "&kwartaal=2&maand=4", controller), 400);
        assertProbleem(vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR + "&kwartaal=5", controller), 400);
        assertProbleem(vraag("api/v1/indicatoren?jaar=twee", controller), 404);
        assertProbleem(vraag("api/v1/bestaat-niet", controller), 404);
    }

    @Test
    void deControllerKrijgtHetzelfdeGepubliceerdeCijferAlsOpHetDashboard(@TempDir Path profiel) throws Exception {
        HttpResponse<String> r = vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR, token("controller", "sociaal-dossier-cli"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode cijfers = json(r.body());
        assertEquals(VORIG_JAAR, cijfers.get("jaar").asInt());
        JsonNode stadsbank = null;
        for (JsonNode i : cijfers.get("indicatoren")) {
            if (i.get("id").asText().equals("D1-1.14.2")) {
                stadsbank = i;
            }
        }
        assertNotNull(stadsbank, r.body());
        try (Browser b = new Browser(profiel)) {
            b.driver.get(App.url() + "indicatoren/index.xhtml");
            b.logIn("controller", "demo");
            b.kies("dashboard:jaar", String.valueOf(VORIG_JAAR));
            b.klikEnWachtOp("dashboard:bereken", "Periode " + VORIG_JAAR);
            String opHetDashboard = b.zichtbaar(By.id("kaart-D1-1.14.2")).findElement(By.className("waarde")).getText();
            assertEquals(opHetDashboard, stadsbank.get("waarde").asText(), "the same published figure, noise and suppression included");
        }
    }

    @Test
    void deCijfersPerKwartaalEnAlsCsvVoorBi() throws Exception {
        String token = token("controller", "sociaal-dossier-cli");
        HttpResponse<String> kwartaal = vraag("api/v1/indicatoren?jaar=" + VORIG_JAAR + "&kwartaal=2", token);
        assertEquals(200, kwartaal.statusCode(), kwartaal.body());
        JsonNode k = json(kwartaal.body());
        assertEquals(VORIG_JAAR + " K2", k.get("periode").asText());
        String waarde = null;
        for (JsonNode i : k.get("indicatoren")) {
            if (i.get("id").asText().equals("D1-1.14.2")) {
                waarde = i.get("waarde").asText();
            }
        }
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + "api/v1/indicatoren?jaar=" + VORIG_JAAR
                        + "&kwartaal=2")).header("Accept", "text/csv").header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String regel = csv.body().lines().filter(r -> r.contains(";D1-1.14.2;")).findFirst().orElseThrow();
        assertTrue(regel.startsWith(VORIG_JAAR + " K2;D1-1.14.2;") && regel.contains(";" + waarde + ";"),
                "the CSV row carries the JSON's published figure " + waarde + ": " + regel);
        HttpResponse<String> zonderAccept = HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + "api/v1/indicatoren?jaar="
                + VORIG_JAAR)).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(zonderAccept.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "JSON by default");
    }

    @Test
    void hetOpenApiDocumentBeschrijftDeApi() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + "openapi")).header("Accept", "application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        // every resource method of the API (the classes of package api with @Path) is in the document
        java.util.List<String> paden = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> klassen = java.nio.file.Files.list(Path.of(System.getProperty("project.dir"),
                "target/classes/nl/sociaaldossier/api"))) {
            for (Path k : klassen.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                Class<?> c = Class.forName("nl.sociaaldossier.api." + k.getFileName().toString().replace(".class", ""));
                jakarta.ws.rs.Path basis = c.getAnnotation(jakarta.ws.rs.Path.class);
                if (basis == null) {
                    continue;
                }
                for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(jakarta.ws.rs.GET.class) || m.isAnnotationPresent(jakarta.ws.rs.POST.class)
                            || m.isAnnotationPresent(jakarta.ws.rs.PUT.class) || m.isAnnotationPresent(jakarta.ws.rs.DELETE.class)) {
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        paden.add("/api/v1/" + basis.value() + (sub == null ? "" : "/" + sub.value().replaceAll("^/", "")));
                    }
                }
            }
        }
        assertFalse(paden.isEmpty());
        JsonNode beschreven = json(r.body()).get("paths");
        for (String pad : paden) {
            assertTrue(beschreven.has(pad), pad + " is described in the OpenAPI document: " + beschreven.fieldNames());
        }
        assertTrue(r.body().contains("Sociaal Dossier API"), "our own description");
        assertTrue(r.body().contains("bearer"), "the bearer token scheme");
    }
}
