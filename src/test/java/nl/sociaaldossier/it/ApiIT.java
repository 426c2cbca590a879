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

    static void assertProbleem(HttpResponse<String> r, int status) throws Exception {
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

    static HttpResponse<String> stuur(String methode, String pad, String token, String ifMatch, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(App.url() + pad)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(methode, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + token);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long getal(String sql) throws Exception {
        return Long.parseLong(TestOmgeving.vraag(sql));
    }

    /** Logboek entries of this user, activity and status about this object. */
    static long gelogd(String gebruiker, String activiteit, String status, String object) throws Exception {
        return getal("select count(*) from logboek where gebruiker = '" + gebruiker + "' and activiteit = '" + activiteit
                + "' and status = '" + status + "' and object = '" + object + "'");
    }

    @Test
    void hetDossierDoorDeApiMetDezelfdeToegangDezelfdeLogboekregelsEnDeVersieAlsEtag() throws Exception {
        assertEquals(200, ImportIT.importeer(ImportIT.klein("api", 93, 2).toString(), ImportIT.systeemtoken()).statusCode());
        long casus = getal("select c.id from casus c join import_herkomst h on h.huishouden_id = c.huishouden_id"
                + " where h.bron = 'api' and h.bron_id = 'H0'");
        String object = "casus:" + casus;
        String coach = token("coach", "sociaal-dossier-cli");

        HttpResponse<String> dossier = vraag("api/v1/casussen/" + casus, coach);
        assertEquals(200, dossier.statusCode(), dossier.body());
        JsonNode d = json(dossier.body());
        String etag = dossier.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + d.get("versie").asLong() + "\"", etag, "the version is the ETag");
        assertEquals("Opvoeding zwaar", d.get("analyse").get(0).get("verklaring").asText());
        assertTrue(d.get("rechten").get("verslagSchrijven").asBoolean(), "the regisseur may write");
        assertTrue(gelogd("coach", "DOSSIER_INZIEN", "OK", object) >= 1, "the read is logged as on the screen");
        // the same rules as the screens: a teamlid reads, another team, the controller, the privacy officer do not (logged)
        assertEquals(200, vraag("api/v1/casussen/" + casus, token("intaker", "sociaal-dossier-cli")).statusCode());
        for (String gebruiker : new String[] {"coach2", "controller", "privacy", "beheerder"}) {
            HttpResponse<String> r = vraag("api/v1/casussen/" + casus, token(gebruiker, "sociaal-dossier-cli"));
            assertProbleem(r, 403);
            assertFalse(r.body().contains("Import0"), "nothing of the dossier in the refusal");
        }
        assertTrue(gelogd("coach2", "DOSSIER_INZIEN", "GEWEIGERD", object) >= 1, "a refused read is logged");
        assertProbleem(vraag("api/v1/casussen/99999999", coach), 403);

        // a change needs the version it was read at
        String verslag = "{\"soort\":\"GESPREK\",\"datum\":\"" + LocalDate.now().minusDays(1) + "\",\"tekst\":\"Gesprek via de API\"}";
        long verslagen = getal("select count(*) from verslag where casus_id = " + casus);
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verslagen", coach, null, verslag), 428);
        HttpResponse<String> geschreven = stuur("POST", "api/v1/casussen/" + casus + "/verslagen", coach, etag, verslag);
        assertEquals(200, geschreven.statusCode(), geschreven.body());
        String nieuweEtag = geschreven.headers().firstValue("ETag").orElseThrow();
        assertFalse(nieuweEtag.equals(etag), "a new version");
        assertTrue(geschreven.body().contains("Gesprek via de API"));
        HttpResponse<String> oud = stuur("POST", "api/v1/casussen/" + casus + "/verslagen", coach, etag, verslag);
        assertProbleem(oud, 412);
        assertEquals(verslagen + 1, getal("select count(*) from verslag where casus_id = " + casus), "the stale write did not land");
        assertTrue(gelogd("coach", "DOSSIER_WIJZIGEN", "OK", object) >= 1, "the change is logged");
        // another team may not write, even with the right version
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verslagen", token("coach2", "sociaal-dossier-cli"), nieuweEtag, verslag), 403);
        // bad input: a kind that does not exist, a date in the future, no JSON
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verslagen", coach, nieuweEtag, "{\"soort\":\"ROOKSIGNAAL\"}"), 400);
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verslagen", coach, nieuweEtag,
                verslag.replace(LocalDate.now().minusDays(1).toString(), LocalDate.now().plusDays(3).toString())), 422);
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verslagen", coach, nieuweEtag, "{kapot"), 400);
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verslagen", coach, "3", verslag), 400);

        // a referral step with the referral's version
        HttpResponse<String> verwijzingen = vraag("api/v1/casussen/" + casus + "/verwijzingen", coach);
        assertEquals(200, verwijzingen.statusCode(), verwijzingen.body());
        JsonNode v = json(verwijzingen.body()).get(0);
        assertEquals("TOEGEKEND", v.get("status").asText());
        String stap = "{\"stap\":\"STARTEN\",\"datum\":\"" + LocalDate.now().minusDays(1) + "\"}";
        String versie = "\"" + v.get("versie").asLong() + "\"";
        HttpResponse<String> gestart = stuur("POST", "api/v1/verwijzingen/" + v.get("id").asLong() + "/stappen", coach, versie, stap);
        assertEquals(200, gestart.statusCode(), gestart.body());
        assertEquals("GESTART", json(gestart.body()).get(0).get("status").asText());
        assertProbleem(stuur("POST", "api/v1/verwijzingen/" + v.get("id").asLong() + "/stappen", coach, versie, stap), 412);

        // a new referral naming the catalogue by its stable codes; the answer names them by code too
        String nieuw = "{\"clientId\":" + d.get("leden").get(0).get("id").asLong() + ",\"voorziening\":\"huishoudelijke-ondersteuning\","
                + "\"aanbieder\":\"thuiszorg-oost\",\"contractsoort\":\"RAAMCONTRACT\",\"verwijzer\":\"%s\","
                + "\"meldingsdatum\":\"" + LocalDate.now().minusDays(10) + "\",\"aangevraagdOp\":\"" + LocalDate.now().minusDays(5) + "\"}";
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verwijzingen", coach, null, String.format(nieuw, "bestaat-niet")), 400);
        HttpResponse<String> verwezen = stuur("POST", "api/v1/casussen/" + casus + "/verwijzingen", coach, null,
                String.format(nieuw, "wijkteam-gemeente"));
        assertEquals(201, verwezen.statusCode(), verwezen.body());
        assertTrue(verwezen.body().contains("\"voorzieningCode\":\"huishoudelijke-ondersteuning\"")
                && verwezen.body().contains("\"aanbiederCode\":\"thuiszorg-oost\"")
                && verwezen.body().contains("\"verwijzerCode\":\"wijkteam-gemeente\""), verwezen.body());
        assertTrue(verwezen.body().contains("Onderzoek (6 weken na de melding)"), "the Wmo's terms in force on the aanvraag date");

        // the caseload, paged
        HttpResponse<String> caseload = vraag("api/v1/casussen?perPagina=100", coach);
        assertEquals(200, caseload.statusCode(), caseload.body());
        JsonNode pagina = json(caseload.body());
        assertTrue(pagina.get("totaal").asLong() >= 2 && pagina.get("items").toString().contains("\"id\":" + casus), caseload.body());
        assertProbleem(vraag("api/v1/casussen?perPagina=0", coach), 400);
        assertProbleem(vraag("api/v1/casussen?perPagina=1000", coach), 400);
        HttpResponse<String> signalen = vraag("api/v1/signalen?perPagina=5", coach);
        assertEquals(200, signalen.statusCode(), signalen.body());
        assertTrue(json(signalen.body()).get("items").size() <= 5);
        assertProbleem(vraag("api/v1/signalen?soort=ONZIN", coach), 400);
    }

    @Test
    void deIntakeDoorDeApiEnDeGepseudonimiseerdeGebeurtenissen() throws Exception {
        assertEquals(200, ImportIT.importeer(ImportIT.klein("intake", 94, 1).toString(), ImportIT.systeemtoken()).statusCode());
        String intaker = token("intaker", "sociaal-dossier-cli");
        String bsn = ImportIT.bsn(94, 0);
        HttpResponse<String> gevonden = vraag("api/v1/huishoudens?bsn=" + bsn, intaker);
        assertEquals(200, gevonden.statusCode(), gevonden.body());
        long huishouden = json(gevonden.body()).get(0).get("id").asLong();
        assertEquals(1, getal("select count(*) from logboek where gebruiker = 'intaker' and activiteit = 'INTAKE_ZOEKEN'"
                + " and object = 'huishouden:" + huishouden + "'"), "the search result is logged");
        assertProbleem(vraag("api/v1/huishoudens", intaker), 400);
        assertProbleem(vraag("api/v1/huishoudens?bsn=" + bsn, token("coach", "sociaal-dossier-cli")), 403);
        HttpResponse<String> fout = stuur("POST", "api/v1/meldingen", intaker, null,
                "{\"straat\":\"\",\"leden\":[{\"voornaam\":\"Anna\",\"achternaam\":\"Test\",\"bsn\":\"123\"}]}");
        assertProbleem(fout, 400);
        JsonNode velden = json(fout.body()).get("velden");
        assertTrue(velden.toString().contains("\"veld\":\"leden[0].bsn\"") && velden.toString().contains("\"veld\":\"straat\""), fout.body());
        assertFalse(velden.toString().contains("leden[0].voornaam"), "the members as sent: " + fout.body());

        // catalogue entries by their stable codes (GET /catalogi), never by name; the answer names them by code too
        String melding = "{\"straat\":\"Codestraat\",\"huisnummer\":\"1\",\"postcode\":\"7607 AA\",\"woonplaats\":\"Almelo\","
                + "\"wijk\":\"de-riet\",\"verwijzer\":\"huisarts\",\"%s\":\"%s\",\"hulpvraag\":\"Vraag via de API\","
                + "\"meldingsdatum\":\"2026-01-05\",\"leden\":[{\"voornaam\":\"Carla\",\"achternaam\":\"Code\","
                + "\"geboortedatum\":\"1980-01-01\",\"bsn\":\"" + TestBsn.nieuw() + "\"}]}";
        HttpResponse<String> onbekend = stuur("POST", "api/v1/meldingen", intaker, null, String.format(melding, "voorziening", "bestaat-niet"));
        assertProbleem(onbekend, 400);
        assertTrue(onbekend.body().contains("Onbekende code 'bestaat-niet' voor voorziening"), onbekend.body());
        HttpResponse<String> metCodes = stuur("POST", "api/v1/meldingen", intaker, null, String.format(melding, "leefgebied", "financien"));
        assertEquals(201, metCodes.statusCode(), metCodes.body());
        JsonNode geregistreerd = json(metCodes.body());
        assertEquals("de-riet", geregistreerd.get("wijkCode").asText());
        assertEquals("huisarts", geregistreerd.get("verwijzerCode").asText());
        assertEquals("financien", geregistreerd.get("onderwerpCode").asText());

        // the events of 2025 for analysis: pseudonyms and age classes, no BSN, no name, no birth date; logged per household
        String systeem = ImportIT.systeemtoken();
        HttpResponse<String> gebeurtenissen = vraag("api/v1/gebeurtenissen?jaar=2025", systeem);
        assertEquals(200, gebeurtenissen.statusCode(), gebeurtenissen.body());
        String alles = gebeurtenissen.body();
        assertTrue(alles.contains("\"leeftijdsklasse\":\"12-17\"") && alles.contains("\"gebeurtenis\":\"TOEGEKEND\""), "the child's referral");
        for (String verboden : new String[] {bsn, ImportIT.bsn(94, 1), "Import0", "Importpad", "2010-05-01", "1980-05-01"}) {
            assertFalse(alles.contains(verboden), verboden + " is not in the export");
        }
        assertTrue(getal("select count(*) from logboek where activiteit = 'GEBEURTENISSEN_EXPORT' and object = 'gebeurtenissen:2025'"
                + " and gebruiker = 'service-account-sociaal-dossier-systeem'") >= 1);
        assertProbleem(vraag("api/v1/gebeurtenissen?jaar=2025", token("controller", "sociaal-dossier-cli")), 403);
        HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(App.url() + "api/v1/gebeurtenissen?jaar=2025"))
                .header("Accept", "text/csv").header("Authorization", "Bearer " + systeem).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(csv.body().startsWith("\uFEFFdatum;soort;gebeurtenis;client;huishouden;leeftijdsklasse"), csv.body());
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
                        String werkwoord = m.isAnnotationPresent(jakarta.ws.rs.GET.class) ? "get" : m.isAnnotationPresent(jakarta.ws.rs.POST.class)
                                ? "post" : m.isAnnotationPresent(jakarta.ws.rs.PUT.class) ? "put" : "delete";
                        paden.add(werkwoord + " /api/v1/" + basis.value() + (sub == null ? "" : "/" + sub.value().replaceAll("^/", "")));
                    }
                }
            }
        }
        assertFalse(paden.isEmpty());
        JsonNode beschreven = json(r.body()).get("paths");
        for (String methode : paden) {
            String pad = methode.substring(methode.indexOf(' ') + 1);
            assertTrue(beschreven.has(pad) && beschreven.get(pad).has(methode.substring(0, methode.indexOf(' '))),
                    methode + " is described in the OpenAPI document: " + beschreven);
        }
        assertTrue(paden.size() >= 20, "every endpoint: " + paden);
        // and browsable: the page and the Swagger UI it loads are there without a login
        for (String pagina : new String[] {"api-docs/", "api-docs/start.js", "webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"}) {
            assertEquals(200, vraag(pagina, null).statusCode(), pagina);
        }
        assertTrue(r.body().contains("Sociaal Dossier API"), "our own description");
        assertTrue(r.body().contains("bearer"), "the bearer token scheme");
    }
}
