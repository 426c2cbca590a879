package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sociaaldossier.indicators.query.Afleidingen;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.indicators.query.Rollup;
import nl.sociaaldossier.launcher.Database;
import org.junit.jupiter.api.Test;

/**
 * The migration import on the real WAR with real Keycloak tokens (the system client's, by client
 * credentials): the sample file gives the yearly figures the README lists; the same file twice
 * changes nothing; a corrected file updates that household under the same ids; one broken record
 * rejects the whole file and names its path; every imported household has its Logboek entry; only the
 * system client may import, and it opens no dossier.
 */
class ImportIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path VOORBEELD = Path.of(System.getProperty("project.dir"), "docs/import/voorbeeld.json");

    static String systeemtoken() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(TestOmgeving.keycloak().providerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=sociaal-dossier-systeem&client_secret=lokaal-systeemgeheim"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static HttpResponse<String> importeer(String bestand, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(App.url() + "api/v1/import")).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bestand));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long getal(String sql) throws Exception {
        return Long.parseLong(TestOmgeving.vraag(sql));
    }

    @Test
    void hetVoorbeeldGeeftDeJaarcijfersUitDeReadmeEnTweemaalVeranderdNiets() throws Exception {
        String token = systeemtoken();
        String voorbeeld = Files.readString(VOORBEELD);
        HttpResponse<String> eerste = importeer(voorbeeld, token);
        assertEquals(200, eerste.statusCode(), eerste.body());
        assertEquals(200, JSON.readTree(eerste.body()).get("nieuw").asInt(), eerste.body());
        assertEquals(200, getal("select count(*) from import_herkomst where bron = 'oude-suite'"));
        // every household its Logboek entry, by the system client, with its members' BSN pseudonyms (an inzageverzoek finds it)
        assertEquals(200, getal("select count(distinct l.betrokkene_id) from logboek l join import_herkomst h"
                + " on l.object = 'huishouden:' || h.huishouden_id where l.activiteit = 'MIGRATIE_IMPORT' and h.bron = 'oude-suite'"
                + " and l.gebruiker = 'service-account-sociaal-dossier-systeem' and cardinality(l.betrokkene_bsn) >= 1"));

        // the yearly figures of the sample: exactly as the README lists them (the registration holds nothing else in 2015),
        // and through the API as published, within the cell-key noise (at most 2 either way) or "< 5"
        Map<String, String> readme = readmeCijfers();
        assertTrue(readme.size() >= 8, "the README lists the sample's figures: " + readme);
        Map<String, Rollup.Uitkomst> exact;
        Database db = TestOmgeving.database();
        try (Connection c = DriverManager.getConnection(db.url(), db.eigenaar(), db.eigenaarWachtwoord())) {
            exact = new Rollup(c).bereken(Afleidingen.alle(), Periode.jaar(2015), Filter.ALLES);
        }
        HttpResponse<String> cijfers = ApiIT.vraag("api/v1/indicatoren?jaar=2015", token);
        assertEquals(200, cijfers.statusCode(), cijfers.body());
        Map<String, String> api = new LinkedHashMap<>();
        for (JsonNode i : JSON.readTree(cijfers.body()).get("indicatoren")) {
            api.put(i.get("id").asText(), i.hasNonNull("waarde") ? i.get("waarde").asText() : null);
        }
        readme.forEach((id, waarde) -> {
            long telling = exact.get(id).totaal();
            assertEquals(Long.parseLong(waarde), telling, id + " for 2015, counted exactly, as the README says");
            String gepubliceerd = api.get(id);
            if ("< 5".equals(gepubliceerd)) {
                assertTrue(telling < 5 + 2, id + ": suppressed only when small: " + telling);
            } else {
                assertTrue(Math.abs(Long.parseLong(gepubliceerd) - telling) <= 2, id + ": published " + gepubliceerd + " for " + telling);
            }
        });

        // the same file again: nothing written, nothing logged
        String stand = tellingen();
        long logregels = getal("select count(*) from logboek where activiteit = 'MIGRATIE_IMPORT'");
        HttpResponse<String> tweede = importeer(voorbeeld, token);
        assertEquals(200, tweede.statusCode(), tweede.body());
        assertEquals(200, JSON.readTree(tweede.body()).get("ongewijzigd").asInt(), tweede.body());
        assertEquals(stand, tellingen(), "the same file twice changes nothing");
        assertEquals(logregels, getal("select count(*) from logboek where activiteit = 'MIGRATIE_IMPORT'"));
    }

    @Test
    void eenGecorrigeerdBestandWerktBijOnderDezelfdeIdsEnEenFoutWeigertHetHeleBestand() throws Exception {
        String token = systeemtoken();
        ObjectNode bestand = klein("correctie", 91, 3);
        assertEquals(200, importeer(bestand.toString(), token).statusCode());
        long huishouden = getal("select huishouden_id from import_herkomst where bron = 'correctie' and bron_id = 'H1'");
        long casus = getal("select id from casus where huishouden_id = " + huishouden);
        long versie = getal("select version from casus where id = " + casus);

        // corrected: another hulpvraag and another score in household H1; H0 and H2 as they were
        ObjectNode h1 = (ObjectNode) bestand.get("huishoudens").get(1);
        ((ObjectNode) h1.get("meldingen").get(0)).put("hulpvraag", "Gecorrigeerde hulpvraag");
        ((ObjectNode) h1.get("casussen").get(0).get("analyse").get(0)).put("score", 5);
        HttpResponse<String> gecorrigeerd = importeer(bestand.toString(), token);
        assertEquals(200, gecorrigeerd.statusCode(), gecorrigeerd.body());
        JsonNode verslag = JSON.readTree(gecorrigeerd.body());
        assertEquals(1, verslag.get("bijgewerkt").asInt(), gecorrigeerd.body());
        assertEquals(2, verslag.get("ongewijzigd").asInt(), gecorrigeerd.body());
        assertEquals(huishouden, getal("select huishouden_id from import_herkomst where bron = 'correctie' and bron_id = 'H1'"), "the same household");
        assertEquals(casus, getal("select id from casus where huishouden_id = " + huishouden), "the same casus id");
        assertEquals(versie + 1, getal("select version from casus where id = " + casus), "a new version: an open screen sees the change");
        assertEquals("Gecorrigeerde hulpvraag", TestOmgeving.vraag("select hulpvraag from melding where huishouden_id = " + huishouden));
        assertEquals(5, getal("select score from analyse_leefgebied where casus_id = " + casus));

        // one referral dated before its client's birth, one bad BSN: the whole file is refused, with the paths
        ObjectNode kapot = klein("correctie", 91, 3);
        ((ObjectNode) kapot.get("huishoudens").get(0).get("meldingen").get(0)).put("hulpvraag", "Zou niet mogen landen");
        ObjectNode h2 = (ObjectNode) kapot.get("huishoudens").get(2);
        ((ObjectNode) h2.get("leden").get(1)).put("geboortedatum", "2025-06-01");
        ((ObjectNode) h2.get("leden").get(0)).put("bsn", "123456789");
        String stand = tellingen();
        HttpResponse<String> geweigerd = importeer(kapot.toString(), token);
        assertEquals(422, geweigerd.statusCode(), geweigerd.body());
        assertTrue(geweigerd.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode probleem = JSON.readTree(geweigerd.body());
        assertTrue(probleem.get("detail").asText().contains("niet overgenomen"), geweigerd.body());
        Map<String, String> fouten = new LinkedHashMap<>();
        probleem.get("fouten").forEach(f -> fouten.put(f.get("pad").asText(), f.get("reden").asText()));
        assertEquals(Map.of("/huishoudens/2/leden/0/bsn", "Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef.",
                        "/huishoudens/2/casussen/0/verwijzingen/0/meldingsdatum", "ligt voor de geboorte van de cliënt (2025-06-01)"),
                fouten, geweigerd.body());
        assertEquals(stand, tellingen(), "nothing changed, also not the valid household H0");
        assertFalse(TestOmgeving.vraag("select string_agg(hulpvraag, ',') from melding").contains("Zou niet mogen landen"));

        // a file that is no import file at all
        HttpResponse<String> onzin = importeer("{\"formaat\": \"iets anders\", \"huishoudens\": []}", token);
        assertEquals(422, onzin.statusCode(), onzin.body());
        assertTrue(onzin.body().contains("/formaat") && onzin.body().contains("/bron"), onzin.body());
        assertEquals(422, importeer("{\"formaat\": ", token).statusCode());
    }

    @Test
    void alleenDeSysteemkoppelingImporteertEnZeOpentGeenDossier() throws Exception {
        String bestand = klein("rollen", 92, 1).toString();
        assertEquals(401, importeer(bestand, null).statusCode());
        for (String gebruiker : new String[] {"intaker", "coach", "procesmanager", "controller", "beheerder", "privacy"}) {
            HttpResponse<String> r = importeer(bestand, ApiIT.token(gebruiker, "sociaal-dossier-cli"));
            assertEquals(403, r.statusCode(), gebruiker + ": " + r.body());
        }
        assertEquals(0, getal("select count(*) from import_herkomst where bron = 'rollen'"));
        String systeem = systeemtoken();
        assertEquals(200, importeer(bestand, systeem).statusCode());
        long casus = getal("select c.id from casus c join import_herkomst h on h.huishouden_id = c.huishouden_id where h.bron = 'rollen'");
        for (String pad : new String[] {"api/v1/casussen/" + casus, "api/v1/casussen", "api/v1/meldingen", "api/v1/signalen",
                                        "api/v1/huishoudens?bsn=" + bsn(92, 1)}) {
            assertEquals(403, ApiIT.vraag(pad, systeem).statusCode(), pad + " is not for the system client");
        }
    }

    /** Rows per table of the registration: to see that nothing changed. */
    private static String tellingen() throws Exception {
        return TestOmgeving.vraag("select (select count(*) from huishouden) || '/' || (select count(*) from gezinslid) || '/' || "
                + "(select count(*) from melding) || '/' || (select count(*) from casus) || '/' || (select count(*) from verwijzing) || '/' || "
                + "(select count(*) from verwijzing_stap) || '/' || (select count(*) from analyse_leefgebied) || '/' || "
                + "(select count(*) from import_herkomst) || '/' || (select coalesce(sum(version), 0) from casus)");
    }

    /** The README's table of the sample's yearly figures: indicator id → published value. */
    static Map<String, String> readmeCijfers() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("project.dir"), "README.md"));
        int begin = readme.indexOf("<!-- voorbeeldcijfers -->");
        int eind = readme.indexOf("<!-- /voorbeeldcijfers -->");
        assertTrue(begin > 0 && eind > begin, "the README marks the sample's figures");
        Map<String, String> cijfers = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `([^`]+)` \\|[^|]*\\| ([^|]+?) \\|$").matcher(readme.substring(begin, eind));
        while (m.find()) {
            cijfers.put(m.group(1), m.group(2));
        }
        return cijfers;
    }

    /**
     * A small import file: households H0.. with two members (an adult, a child born 2010), a melding
     * taken into an open casus of Wijkteam 1 with coach as regisseur, and a Jeugdwet referral for the child.
     */
    static ObjectNode klein(String bron, int reeks, int aantal) {
        ObjectNode bestand = JSON.createObjectNode().put("formaat", "sociaal-dossier-import").put("versie", 1).put("bron", bron);
        ArrayNode huishoudens = bestand.putArray("huishoudens");
        for (int i = 0; i < aantal; i++) {
            ObjectNode h = huishoudens.addObject().put("id", "H" + i).put("wijk", "binnenstad");
            h.putObject("adres").put("straat", "Importpad").put("huisnummer", String.valueOf(i + 1)).put("postcode", "7607 AB").put("woonplaats", "Almelo");
            ArrayNode leden = h.putArray("leden");
            leden.addObject().put("id", "P" + i + "a").put("bsn", bsn(reeks, 2 * i)).put("voornaam", "Ouder").put("achternaam", "Import" + i)
                    .put("geboortedatum", "1980-05-01");
            leden.addObject().put("id", "P" + i + "b").put("bsn", bsn(reeks, 2 * i + 1)).put("voornaam", "Kind").put("achternaam", "Import" + i)
                    .put("geboortedatum", "2010-05-01");
            h.putArray("meldingen").addObject().put("id", "M" + i).put("verwijzer", "huisarts").put("hulpvraag", "Zorgen om het kind")
                    .put("leefgebied", "opvoeding").put("status", "CASUS").put("meldingsdatum", "2025-03-01").put("casus", "C" + i);
            ObjectNode c = h.putArray("casussen").addObject().put("id", "C" + i).put("team", "wijkteam-1").put("status", "IN_UITVOERING")
                    .put("regisseur", "coach").put("aveNiveau", 2).put("regieBij", "WIJKTEAM").put("geopendOp", "2025-03-03T10:00:00+01:00");
            c.putArray("analyse").addObject().put("leefgebied", "opvoeding").put("score", 2).put("verklaring", "Opvoeding zwaar");
            ObjectNode v = c.putArray("verwijzingen").addObject().put("id", "V" + i).put("client", "P" + i + "b")
                    .put("voorziening", "jeugdhulp-ambulant-begeleiding").put("aanbieder", "jeugdhulp-twente").put("contractsoort", "RAAMCONTRACT")
                    .put("verwijzer", "wijkteam-gemeente").put("meldingsdatum", "2025-03-01");
            v.putArray("stappen").addObject().put("gebeurtenis", "AANGEVRAAGD").put("datum", "2025-03-10");
            ((ArrayNode) v.get("stappen")).addObject().put("gebeurtenis", "TOEGEKEND").put("datum", "2025-04-01");
        }
        return bestand;
    }

    /** A valid BSN of a test series: 2 digits, 6 of the number, the check digit (as benchmark/ImportBestand.java makes them). */
    static String bsn(int reeks, int nummer) {
        for (int n = nummer * 2; ; n++) {
            String acht = String.format("%02d%06d", reeks, n % 1_000_000);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (acht.charAt(i) - '0');
            }
            if (som % 11 != 10) {
                return acht + (som % 11);
            }
        }
    }
}
