package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import nl.sociaaldossier.benchmark.GelijktijdigeSessies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every URL parameter of every page, with every hostile value of {@link VijandigeInvoer}, asked by
 * a user whose role may open the page: never a server error (the page answers, or says in Dutch that
 * the item is not found or not open to the user), and a value echoed back is escaped.
 */
class VijandigeInvoerIT {

    /** A page, the user who may open it, the parameter under attack and the other parameters it is asked with. */
    record Parameter(String gebruiker, String pagina, String naam, String overige) {
        @Override
        public String toString() {
            return pagina + " " + naam;
        }
    }

    private static final String INDICATOR = "id=D1-1.14.2&";

    static Stream<Parameter> parameters() {
        List<Parameter> lijst = new ArrayList<>(List.of(
                new Parameter("coach", "casus/index.xhtml", "id", ""),
                new Parameter("coach", "casus/index.xhtml", "sectie", "id=1&"),
                new Parameter("coach", "casus/plan.pdf", "id", ""),
                new Parameter("intaker", "meldingen/afhandelen.xhtml", "id", ""),
                new Parameter("intaker", "meldingen/nieuw.xhtml", "huishouden", ""),
                new Parameter("intaker", "index.xhtml", "soort", ""),
                new Parameter("controller", "indicatoren/indicator.xhtml", "id", ""),
                new Parameter("coach", "indicatoren/casussen.xhtml", "id", ""),
                new Parameter("coach", "indicatoren/casussen.xhtml", "k1", INDICATOR),
                new Parameter("coach", "indicatoren/casussen.xhtml", "k2", INDICATOR)));
        for (String naam : List.of("soort", "van", "tot", "peil", "wijk", "team")) {
            lijst.add(new Parameter("controller", "indicatoren/indicator.xhtml", naam, INDICATOR));
            lijst.add(new Parameter("coach", "indicatoren/casussen.xhtml", naam, INDICATOR));
        }
        return lijst.stream();
    }

    private static final Map<String, HttpClient> SESSIES = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}")
    @MethodSource("parameters")
    void eenVijandigeWaardeInDeUrlGeeftNooitEenFoutpagina(Parameter parameter) throws Exception {
        HttpClient http = SESSIES.computeIfAbsent(parameter.gebruiker(), VijandigeInvoerIT::sessie);
        List<String> fout = new ArrayList<>();
        for (VijandigeInvoer.Waarde waarde : VijandigeInvoer.WAARDEN) {
            String url = App.url() + parameter.pagina() + "?" + parameter.overige() + parameter.naam() + "="
                    + URLEncoder.encode(waarde.tekst(), StandardCharsets.UTF_8);
            HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = antwoord.body();
            if (antwoord.statusCode() >= 500) {
                fout.add(waarde + ": " + antwoord.statusCode());
            } else if (body.contains(VijandigeInvoer.SCRIPT) || body.contains(VijandigeInvoer.AFBEELDING)) {
                fout.add(waarde + ": echoed unescaped");
            } else if (antwoord.statusCode() == 200 && body.contains("kc-form-login")) {
                fout.add(waarde + ": the session was lost");
            }
        }
        assertEquals(List.of(), fout, parameter.toString());
    }

    private static HttpClient sessie(String gebruiker) {
        try {
            return GelijktijdigeSessies.sessie(App.url(), gebruiker);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
