package nl.sociaaldossier.it;

import static nl.sociaaldossier.it.ApiIT.assertProbleem;
import static nl.sociaaldossier.it.ApiIT.getal;
import static nl.sociaaldossier.it.ApiIT.gelogd;
import static nl.sociaaldossier.it.ApiIT.json;
import static nl.sociaaldossier.it.ApiIT.stuur;
import static nl.sociaaldossier.it.ApiIT.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint of the API for every role: who gets an answer and who 403 (the role matrix), then
 * each change of the dossier page through the API as the regisseur, in the order a casus goes (a new
 * melding, analysis, regisseur, uitvoering, AVE, a goal, a referral), each with its ETag and its
 * Logboek entry.
 */
class ApiRollenIT {

    private static final List<String> ROLLEN = List.of("intaker", "coach", "procesmanager", "controller", "beheerder", "privacy", "koppeling");
    private static final Set<String> CASUSWERK = Set.of("intaker", "coach", "procesmanager");
    private static final int JAAR = LocalDate.now().getYear() - 1;

    private static String tokenVan(String rol) throws Exception {
        return rol.equals("koppeling") ? ImportIT.systeemtoken() : token(rol, "sociaal-dossier-cli");
    }

    @Test
    void elkEindpuntVoorElkeRol() throws Exception {
        ObjectNode bestand = ImportIT.klein("rollen-api", 95, 1);
        assertEquals(200, ImportIT.importeer(bestand.toString(), ImportIT.systeemtoken()).statusCode());
        long casus = getal("select c.id from casus c join import_herkomst h on h.huishouden_id = c.huishouden_id where h.bron = 'rollen-api'");
        String bsn = ImportIT.bsn(95, 0);
        // the intaker finds the household first (then he may open it for a new melding)
        assertEquals(200, ApiIT.vraag("api/v1/huishoudens?bsn=" + bsn, token("intaker", "sociaal-dossier-cli")).statusCode());
        long huishouden = getal("select huishouden_id from import_herkomst where bron = 'rollen-api'");
        long melding = getal("select id from melding where huishouden_id = " + huishouden);

        // the endpoints that only read, and who may: the others get 403
        Map<String, Set<String>> lezen = new LinkedHashMap<>();
        lezen.put("api/v1/indicatoren?jaar=" + JAAR, Set.of("intaker", "coach", "procesmanager", "controller", "beheerder", "koppeling"));
        lezen.put("api/v1/gebeurtenissen?jaar=" + JAAR, Set.of("koppeling"));
        lezen.put("api/v1/catalogi", Set.of("intaker", "coach", "procesmanager", "controller", "beheerder", "koppeling"));
        lezen.put("api/v1/huishoudens?bsn=" + bsn, Set.of("intaker"));
        lezen.put("api/v1/huishoudens/" + huishouden, Set.of("intaker"));
        lezen.put("api/v1/meldingen", Set.of("intaker"));
        lezen.put("api/v1/meldingen/" + melding, Set.of("intaker"));
        lezen.put("api/v1/casussen", CASUSWERK);
        lezen.put("api/v1/casussen/" + casus, Set.of("intaker", "coach")); // team member, regisseur; the procesmanager only when escalated
        lezen.put("api/v1/casussen/" + casus + "/verwijzingen", Set.of("intaker", "coach"));
        lezen.put("api/v1/signalen", CASUSWERK);
        lezen.put("api/v1/signalen/tellingen", CASUSWERK);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String rol : ROLLEN) {
            tokens.put(rol, tokenVan(rol));
        }
        for (Map.Entry<String, Set<String>> e : lezen.entrySet()) {
            for (String rol : ROLLEN) {
                HttpResponse<String> r = ApiIT.vraag(e.getKey(), tokens.get(rol));
                if (e.getValue().contains(rol)) {
                    assertEquals(200, r.statusCode(), rol + " reads " + e.getKey() + ": " + r.body());
                } else {
                    assertProbleem(r, 403);
                }
            }
        }
        // the catalogues give the codes an import file uses
        String catalogi = ApiIT.vraag("api/v1/catalogi", tokens.get("koppeling")).body();
        for (String code : new String[] {"\"code\":\"binnenstad\"", "\"code\":\"wijkteam-1\"", "\"code\":\"huisarts\"",
                                         "\"code\":\"jeugdhulp-ambulant-begeleiding\"", "\"code\":\"jeugdhulp-twente\"", "\"code\":\"opvoeding\""}) {
            assertTrue(catalogi.contains(code), code + " in " + catalogi);
        }
        // the changes: no role outside casework gets past the role check, whatever it sends
        String[][] wijzigen = {
            {"PUT", "api/v1/casussen/" + casus + "/analyse/financien", "{\"score\":3,\"verklaring\":\"x\"}"},
            {"PUT", "api/v1/casussen/" + casus + "/regisseur", "{\"gebruikersnaam\":\"coach\"}"},
            {"POST", "api/v1/casussen/" + casus + "/uitvoering", null},
            {"POST", "api/v1/casussen/" + casus + "/ave", "{\"niveau\":1,\"reden\":\"x\"}"},
            {"POST", "api/v1/casussen/" + casus + "/plan/doelen", "{\"leefgebied\":\"financien\",\"omschrijving\":\"x\"}"},
            {"POST", "api/v1/casussen/" + casus + "/verslagen", "{\"soort\":\"GESPREK\",\"datum\":\"" + LocalDate.now() + "\",\"tekst\":\"x\"}"},
            {"POST", "api/v1/casussen/" + casus + "/verwijzingen", "{}"},
            {"POST", "api/v1/verwijzingen/1/stappen", "{\"stap\":\"STARTEN\",\"datum\":\"" + LocalDate.now() + "\"}"},
            {"POST", "api/v1/meldingen", "{}"},
            {"POST", "api/v1/meldingen/" + melding + "/casus", null},
            {"POST", "api/v1/import", "{}"},
        };
        long versie = getal("select version from casus where id = " + casus);
        for (String[] w : wijzigen) {
            for (String rol : List.of("controller", "beheerder", "privacy")) {
                assertProbleem(stuur(w[0], w[1], tokens.get(rol), "\"" + versie + "\"", w[2]), 403);
            }
            if (!w[1].endsWith("import")) {
                assertProbleem(stuur(w[0], w[1], tokens.get("koppeling"), "\"" + versie + "\"", w[2]), 403);
            }
        }
        assertEquals(versie, getal("select version from casus where id = " + casus), "no refused change landed");
    }

    @Test
    void eenCasusVanMeldingTotVerwijzingDoorDeApi() throws Exception {
        String intaker = token("intaker", "sociaal-dossier-cli");
        String coach = token("coach", "sociaal-dossier-cli");
        long wijk = getal("select id from wijk where naam = 'Binnenstad'");
        long huisarts = getal("select id from verwijzer where naam = 'Huisarts'");
        String bsn = ImportIT.bsn(96, 0);
        String nieuw = "{\"straat\":\"Apistraat\",\"huisnummer\":\"1\",\"postcode\":\"7607 AB\",\"woonplaats\":\"Almelo\",\"wijkId\":" + wijk
                + ",\"verwijzerId\":" + huisarts + ",\"onderwerp\":\"L:financien\",\"hulpvraag\":\"Schulden\",\"meldingsdatum\":\""
                + LocalDate.now().minusDays(2) + "\",\"leden\":[{\"voornaam\":\"Bram\",\"achternaam\":\"Api\",\"geboortedatum\":\"1985-02-03\",\"bsn\":\""
                + bsn + "\"}]}";
        HttpResponse<String> gemeld = stuur("POST", "api/v1/meldingen", intaker, null, nieuw);
        assertEquals(201, gemeld.statusCode(), gemeld.body());
        long melding = json(gemeld.body()).get("id").asLong();
        assertTrue(gemeld.headers().firstValue("Location").orElse("").endsWith("/api/v1/meldingen/" + melding));
        assertTrue(gelogd("intaker", "MELDING_REGISTREREN", "OK", "melding:" + melding) >= 1);
        assertTrue(ApiIT.vraag("api/v1/meldingen?perPagina=100", intaker).body().contains("\"id\":" + melding), "in my meldingen");
        // the same BSN again is refused with the form's message
        assertProbleem(stuur("POST", "api/v1/meldingen", intaker, null, nieuw), 422);

        // the intaker takes it into a new casus of his team
        HttpResponse<String> geopend = stuur("POST", "api/v1/meldingen/" + melding + "/casus", intaker, null, null);
        assertEquals(201, geopend.statusCode(), geopend.body());
        long casus = json(geopend.body()).get("id").asLong();
        assertTrue(geopend.headers().firstValue("Location").orElse("").endsWith("/api/v1/casussen/" + casus));
        assertTrue(gelogd("intaker", "MELDING_AFHANDELEN", "OK", "melding:" + melding) >= 1);
        assertProbleem(stuur("POST", "api/v1/meldingen/" + melding + "/casus", token("coach", "sociaal-dossier-cli"), null, null), 403);
        String object = "casus:" + casus;

        String etag = ApiIT.vraag("api/v1/casussen/" + casus, coach).headers().firstValue("ETag").orElseThrow();
        etag = wijzig("PUT", "api/v1/casussen/" + casus + "/analyse/financien", coach, etag, "{\"score\":2,\"verklaring\":\"Schulden lopen op\"}",
                "Schulden lopen op");
        etag = wijzig("PUT", "api/v1/casussen/" + casus + "/analyse/opvoeding", coach, etag, "{\"score\":3,\"verklaring\":\"Opvoeding vraagt veel\"}",
                "Opvoeding vraagt veel");
        assertProbleem(stuur("PUT", "api/v1/casussen/" + casus + "/analyse/financien", coach, etag, "{\"score\":9,\"verklaring\":\"x\"}"), 422);
        etag = wijzig("PUT", "api/v1/casussen/" + casus + "/regisseur", coach, etag, "{\"gebruikersnaam\":\"coach\"}", "\"regisseur\":\"Cas Coenen\"");
        etag = wijzig("POST", "api/v1/casussen/" + casus + "/uitvoering", coach, etag, null, "\"status\":\"IN_UITVOERING\"");
        etag = wijzig("POST", "api/v1/casussen/" + casus + "/ave", coach, etag, "{\"niveau\":2,\"reden\":\"Meer dan één leefgebied\"}", "Meer dan één leefgebied");
        etag = wijzig("POST", "api/v1/casussen/" + casus + "/plan/doelen", coach, etag,
                "{\"leefgebied\":\"financien\",\"omschrijving\":\"Een betalingsregeling\"}", "Een betalingsregeling");
        assertTrue(gelogd("coach", "DOSSIER_WIJZIGEN", "OK", object) >= 6, "each change logged");

        long client = getal("select g.id from gezinslid g join melding m on m.huishouden_id = g.huishouden_id where m.id = " + melding);
        long voorziening = getal("select id from voorziening where naam = 'Welzijnsactiviteiten'");
        long wijkteam = getal("select id from verwijzer where naam = 'Wijkteam (gemeente)'");
        String vandaag = LocalDate.now().toString();
        HttpResponse<String> verwezen = stuur("POST", "api/v1/casussen/" + casus + "/verwijzingen", coach, null, "{\"clientId\":" + client
                + ",\"voorzieningId\":" + voorziening + ",\"verwijzerId\":" + wijkteam + ",\"meldingsdatum\":\"" + vandaag
                + "\",\"aangevraagdOp\":\"" + vandaag + "\"}");
        assertEquals(201, verwezen.statusCode(), verwezen.body());
        assertTrue(verwezen.body().contains("Welzijnsactiviteiten") && verwezen.body().contains("\"status\":\"AANGEVRAAGD\""), verwezen.body());
        HttpResponse<String> zonderClient = stuur("POST", "api/v1/casussen/" + casus + "/verwijzingen", coach, null, "{\"voorzieningId\":" + voorziening + "}");
        assertProbleem(zonderClient, 400);
        assertTrue(zonderClient.body().contains("\"veld\":\"clientId\""), zonderClient.body());
        // another team may not refer
        assertProbleem(stuur("POST", "api/v1/casussen/" + casus + "/verwijzingen", token("coach2", "sociaal-dossier-cli"), null, "{\"clientId\":"
                + client + ",\"voorzieningId\":" + voorziening + ",\"verwijzerId\":" + wijkteam + ",\"meldingsdatum\":\"" + vandaag
                + "\",\"aangevraagdOp\":\"" + vandaag + "\"}"), 403);
        assertFalse(etag.isBlank());
    }

    /** A change through the API: 200, the change in the answer, a new ETag; returns it. */
    private static String wijzig(String methode, String pad, String token, String etag, String json, String verwacht) throws Exception {
        HttpResponse<String> r = stuur(methode, pad, token, etag, json);
        assertEquals(200, r.statusCode(), methode + " " + pad + ": " + r.body());
        assertTrue(r.body().contains(verwacht), verwacht + " in " + r.body());
        String nieuw = r.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, nieuw, "a new version after " + pad);
        assertProbleem(stuur(methode, pad, token, etag, json), 412);
        return nieuw;
    }
}
