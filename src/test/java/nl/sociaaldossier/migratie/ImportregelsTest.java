package nl.sociaaldossier.migratie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The import's rules on one household: each fault with its JSON Pointer and reason, the referral's steps replayed. */
class ImportregelsTest {

    private static final Catalogi CATALOGI = new Catalogi(Map.of("binnenstad", 1L), Map.of("wijkteam-1", 1L), Map.of("huisarts", 1L),
            Map.of("jeugd-ggz", new Catalogi.Voorziening(7, true, "Jeugdwet", false),
                    "huishoudelijke-ondersteuning", new Catalogi.Voorziening(8, true, "Wmo", false),
                    "welzijnsactiviteiten", new Catalogi.Voorziening(9, false, "welzijn", false)),
            Map.of("ggz-twente", 3L), Set.of("opvoeding", "financien"), Set.of("coach"));
    private static final Importregels REGELS = new Importregels(CATALOGI, LocalDate.of(2026, 12, 1), Instant.parse("2026-12-01T10:00:00Z"));

    private static final String HUISHOUDEN = """
            {"id": "H1", "adres": {"straat": "Marktstraat", "huisnummer": "3", "postcode": "7607AB", "woonplaats": "Almelo"},
             "wijk": "binnenstad",
             "leden": [{"id": "P1", "bsn": "111222333", "voornaam": "Anna", "achternaam": "Vries", "geboortedatum": "2010-05-01"}],
             "meldingen": [{"id": "M1", "verwijzer": "huisarts", "hulpvraag": "Zorgen", "leefgebied": "opvoeding", "status": "CASUS",
                            "meldingsdatum": "2025-01-02", "casus": "C1"}],
             "casussen": [{"id": "C1", "team": "wijkteam-1", "status": "IN_UITVOERING", "aveNiveau": 2, "regieBij": "WIJKTEAM",
                           "regisseur": "coach", "geopendOp": "2025-01-03T10:00:00+01:00",
                           "verwijzingen": [{"id": "V1", "client": "P1", "voorziening": "jeugd-ggz", "aanbieder": "ggz-twente",
                                             "contractsoort": "RAAMCONTRACT", "verwijzer": "huisarts", "meldingsdatum": "2025-01-02",
                                             "stappen": STAPPEN}]}]}""";

    private static List<Importfout> fouten(String stappen, String vervang, String door) {
        String json = HUISHOUDEN.replace("STAPPEN", stappen).replace(vervang, door);
        JsonObject o = Json.createReader(new StringReader(json)).readObject();
        List<Importfout> fouten = new ArrayList<>();
        Huishoudrecord h = REGELS.huishouden(o, "/huishoudens/0", fouten);
        if (fouten.isEmpty()) {
            assertNotNull(h);
        } else {
            assertNull(h, "a household with a fault is not written");
        }
        return fouten;
    }

    private static final String TOEGEKEND_GESTART = """
            [{"gebeurtenis": "AANGEVRAAGD", "datum": "2025-01-10"}, {"gebeurtenis": "TOEGEKEND", "datum": "2025-01-20"},
             {"gebeurtenis": "GESTART", "datum": "2025-02-01"}]""";
    private static final String V = "/huishoudens/0/casussen/0/verwijzingen/0";

    @Test
    void eenGoedHuishoudenGaatErDoorMetDeStatusUitDeStappen() {
        assertEquals(List.of(), fouten(TOEGEKEND_GESTART, "", ""));
        JsonObject o = Json.createReader(new StringReader(HUISHOUDEN.replace("STAPPEN", TOEGEKEND_GESTART))).readObject();
        Huishoudrecord h = REGELS.huishouden(o, "/huishoudens/0", new ArrayList<>());
        Huishoudrecord.Verwijzing v = h.casussen().get(0).verwijzingen().get(0);
        assertEquals("GESTART", v.status());
        assertEquals(LocalDate.of(2025, 1, 20), v.besluitOp());
        assertEquals("7607 AB", h.postcode(), "the postcode as the app writes it");
    }

    @Test
    void elkeFoutMetHaarPad() {
        assertEquals(List.of(new Importfout("/huishoudens/0/leden/0/bsn",
                        "Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef.")),
                fouten(TOEGEKEND_GESTART, "111222333", "111222334"));
        assertEquals(List.of(new Importfout("/huishoudens/0/wijk", "onbekende wijk 'centrum'")),
                fouten(TOEGEKEND_GESTART, "\"binnenstad\"", "\"centrum\""));
        assertEquals(List.of(new Importfout(V + "/meldingsdatum", "ligt voor de geboorte van de cliënt (2025-01-05)")),
                fouten(TOEGEKEND_GESTART, "2010-05-01", "2025-01-05"), "reported once per referral");
        assertEquals(List.of(new Importfout("/huishoudens/0/casussen/0/regisseur",
                        "'ander' is geen medewerker in Sociaal Dossier (maak de medewerker eerst aan)")),
                fouten(TOEGEKEND_GESTART, "\"coach\"", "\"ander\""));
        assertEquals(List.of(new Importfout(V, "een maatwerkvoorziening heeft een aanbieder en een contractsoort")),
                fouten(TOEGEKEND_GESTART, "\"contractsoort\": \"RAAMCONTRACT\",", ""));
        assertEquals(List.of(new Importfout("/huishoudens/0/meldingen/0/casus", "de casus 'C9' staat niet bij dit huishouden")),
                fouten(TOEGEKEND_GESTART, "\"casus\": \"C1\"", "\"casus\": \"C9\""));
        assertEquals(List.of(new Importfout("/huishoudens/0/casussen/0/geopendOp", "ligt in de toekomst")),
                fouten(TOEGEKEND_GESTART, "2025-01-03T10:00:00+01:00", "2027-01-03T10:00:00+01:00"));
    }

    @Test
    void deStappenVanEenVerwijzingInHunWettelijkeVolgorde() {
        assertEquals(List.of(new Importfout(V + "/stappen/0/gebeurtenis", "een verwijzing begint met de stap AANGEVRAAGD")),
                fouten("[{\"gebeurtenis\": \"TOEGEKEND\", \"datum\": \"2025-01-20\"}]", "", ""));
        assertEquals(List.of(new Importfout(V + "/stappen/2/gebeurtenis", "een maatwerkvoorziening start na de toekenning")),
                fouten("""
                        [{"gebeurtenis": "AANGEVRAAGD", "datum": "2025-01-10"}, {"gebeurtenis": "AFGEWEZEN", "datum": "2025-01-20", "toelichting": "nee"},
                         {"gebeurtenis": "GESTART", "datum": "2025-02-01"}]""", "", ""));
        assertEquals(List.of(new Importfout(V + "/stappen/1/datum", "ligt voor de vorige stap (2025-01-10)")),
                fouten(TOEGEKEND_GESTART.replace("2025-01-20", "2025-01-05"), "", ""));
        assertEquals(List.of(new Importfout(V + "/stappen/1/gebeurtenis", "een onderzoek na de melding hoort bij Wmo-maatwerk")),
                fouten("[{\"gebeurtenis\": \"AANGEVRAAGD\", \"datum\": \"2025-01-10\"}, {\"gebeurtenis\": \"ONDERZOEK_AFGEROND\", \"datum\": \"2025-01-12\"}]",
                        "", ""));
        assertEquals(List.of(new Importfout(V + "/stappen/1/gebeurtenis", "geef de reden van de afwijzing (toelichting)")),
                fouten("[{\"gebeurtenis\": \"AANGEVRAAGD\", \"datum\": \"2025-01-10\"}, {\"gebeurtenis\": \"AFGEWEZEN\", \"datum\": \"2025-01-12\"}]",
                        "", ""));
    }
}
