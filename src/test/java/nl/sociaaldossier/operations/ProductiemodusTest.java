package nl.sociaaldossier.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductiemodusTest {

    private static final Map<String, String> GOED = Map.of(
            "app.modus", "productie",
            "oidc.providerUri", "https://login.gemeente.example/realms/sociaal-dossier",
            "oidc.clientSecret", "een-lang-geheim-uit-de-kluis-van-de-gemeente",
            "logboek.sleutel", "0123456789abcdef0123456789abcdef-kluis",
            "indicatoren.celsleutel", "918273645");

    private static List<String> bezwaren(Map<String, String> instellingen) {
        return Productiemodus.bezwaren(naam -> Optional.ofNullable(instellingen.get(naam)));
    }

    private static Map<String, String> goedMet(String naam, String waarde) {
        Map<String, String> m = new HashMap<>(GOED);
        if (waarde == null) {
            m.remove(naam);
        } else {
            m.put(naam, waarde);
        }
        return m;
    }

    @Test
    void productieMetEigenGeheimenEnHttpsStart() {
        assertEquals(List.of(), bezwaren(GOED));
    }

    @Test
    void buitenProductiemodusGeldtNiets() {
        assertEquals(List.of(), bezwaren(Map.of()));
        assertEquals(List.of(), bezwaren(goedMet("app.modus", "ontwikkeling")));
    }

    @Test
    void elkeLokaleInstellingWordtGeweigerdOokAlsZeOntbreekt() {
        assertBezwaar(goedMet("oidc.clientSecret", "lokaal-ontwikkelgeheim"), "OIDC_CLIENTSECRET");
        assertBezwaar(goedMet("oidc.clientSecret", null), "OIDC_CLIENTSECRET");
        assertBezwaar(goedMet("oidc.providerUri", "http://keycloak:8080/realms/sociaal-dossier"), "OIDC_PROVIDERURI");
        assertBezwaar(goedMet("oidc.providerUri", null), "OIDC_PROVIDERURI");
        assertBezwaar(goedMet("logboek.sleutel", null), "LOGBOEK_SLEUTEL");
        assertBezwaar(goedMet("logboek.sleutel", "kort"), "LOGBOEK_SLEUTEL");
        assertBezwaar(goedMet("indicatoren.celsleutel", null), "INDICATOREN_CELSLEUTEL");
        assertBezwaar(goedMet("sessie.cookieSecure", "false"), "SESSIE_COOKIESECURE");
        assertBezwaar(goedMet("demo.data", "true"), "DEMO_DATA");
        assertBezwaar(goedMet("app.modus", "PRODUCTIE"), null);
    }

    private static void assertBezwaar(Map<String, String> instellingen, String naam) {
        List<String> bezwaren = bezwaren(instellingen);
        if (naam == null) {
            assertEquals(List.of(), bezwaren);
            return;
        }
        assertEquals(1, bezwaren.size(), bezwaren.toString());
        assertTrue(bezwaren.get(0).startsWith(naam), bezwaren.toString());
    }
}
