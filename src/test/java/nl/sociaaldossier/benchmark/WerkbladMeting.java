package nl.sociaaldossier.benchmark;

import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a casus page costs one user of the running app (the run command): the HTML size and the
 * time of a casus page view and of one action (writing a verslag, by Ajax), median of 20 after 5
 * warm-up rounds, over loopback. Logs in through the real Keycloak page as the demo coach and takes
 * the first casus of his caseload. Works against the workspace (sections) and against the old
 * one-page dossier (form "casus"), so that before and after can be compared.
 * Usage: benchmark/werkblad.sh [base URL] [rounds]
 */
public final class WerkbladMeting {

    private static final Pattern VIEWSTATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String basis = args.length > 0 ? args[0] : "http://localhost:8080/";
        int rondes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new Koekjes()).followRedirects(HttpClient.Redirect.ALWAYS)
                .connectTimeout(Duration.ofSeconds(10)).build();
        logIn(http, basis, "coach", "demo");
        Matcher casus = Pattern.compile("casus/index.xhtml\\?id=(\\d+)").matcher(get(http, basis + "casus/caseload.xhtml").body());
        if (!casus.find()) {
            throw new IllegalStateException("the coach has no casus in his caseload");
        }
        String pagina = basis + "casus/index.xhtml?id=" + casus.group(1);
        String eerste = get(http, pagina).body();
        boolean werkblad = eerste.contains("id=\"tabs\"");
        System.out.printf("casus %s, %s%n", casus.group(1), werkblad ? "workspace (sections)" : "one-page dossier");

        List<long[]> bekijken = new ArrayList<>();
        List<long[]> actie = new ArrayList<>();
        for (int i = 0; i < rondes + 5; i++) {
            long start = System.nanoTime();
            HttpResponse<String> p = get(http, pagina);
            long[] meting = {System.nanoTime() - start, p.body().getBytes(StandardCharsets.UTF_8).length};
            if (werkblad) {
                p = get(http, pagina + "&sectie=verslagen"); // the section with the verslag form, not measured
            }
            start = System.nanoTime();
            HttpResponse<String> a = verslag(http, basis, p.body(), werkblad, i);
            long[] actieMeting = {System.nanoTime() - start, a.body().getBytes(StandardCharsets.UTF_8).length};
            if (!a.body().contains("Het verslag is opgeslagen.") || a.body().contains("<error>")) {
                throw new IllegalStateException("the verslag was not saved: " + a.body().substring(0, Math.min(600, a.body().length())));
            }
            if (i >= 5) {
                bekijken.add(meting);
                actie.add(actieMeting);
            }
        }
        druk("casus page view (GET)", bekijken);
        // the workspace opens on its overview; the one-page dossier shows everything at once
        druk("one action (verslag, Ajax)", actie);
    }

    private static HttpResponse<String> verslag(HttpClient http, String basis, String html, boolean werkblad, int i) throws Exception {
        Matcher vs = VIEWSTATE.matcher(html);
        if (!vs.find()) {
            throw new IllegalStateException("no view state on the page");
        }
        String f = werkblad ? "verslagen" : "casus";
        String knop = f + ":schrijfVerslag";
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("jakarta.faces.partial.ajax", "true");
        velden.put("jakarta.faces.source", knop);
        velden.put("jakarta.faces.partial.execute", werkblad ? knop + " verslagen:soort verslagen:datum verslagen:tekst"
                : knop + " casus:verslagSoort casus:verslagDatum casus:verslagTekst");
        velden.put("jakarta.faces.partial.render", werkblad ? "verslagen kop" : "casus");
        velden.put(knop, knop);
        velden.put(f, f);
        velden.put(werkblad ? "verslagen:soort" : "casus:verslagSoort", "GESPREK");
        velden.put(werkblad ? "verslagen:datum" : "casus:verslagDatum_input", LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        velden.put(werkblad ? "verslagen:tekst" : "casus:verslagTekst", "Meting " + i + ": telefonisch contact, afspraak gemaakt");
        velden.put("jakarta.faces.ViewState", vs.group(1).replace("&#58;", ":"));
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
        if (nonce.find()) {
            velden.put("primefaces.nonce", nonce.group(1)); // as PrimeFaces' own Ajax sends it in CSP mode
        }
        String vorm = velden.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(basis + "casus/index.xhtml")).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(vorm)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void logIn(HttpClient http, String basis, String gebruiker, String wachtwoord) throws Exception {
        String inlog = get(http, basis + "index.xhtml").body();
        Matcher actie = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(inlog);
        if (!actie.find()) {
            throw new IllegalStateException("no Keycloak login form");
        }
        String vorm = "username=" + gebruiker + "&password=" + wachtwoord + "&credentialId=";
        HttpResponse<String> na = http.send(HttpRequest.newBuilder(URI.create(actie.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(vorm)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (!na.body().contains("Uitloggen")) {
            throw new IllegalStateException("login failed: " + na.uri());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void druk(String wat, List<long[]> metingen) {
        long[] tijden = metingen.stream().mapToLong(m -> m[0]).sorted().toArray();
        long[] groottes = metingen.stream().mapToLong(m -> m[1]).sorted().toArray();
        System.out.printf("%-28s median %6.1f ms (min %.1f, max %.1f), %,d bytes of HTML (median of %d)%n", wat,
                tijden[tijden.length / 2] / 1e6, tijden[0] / 1e6, tijden[tijden.length - 1] / 1e6, groottes[groottes.length / 2], tijden.length);
    }

    /**
     * Cookies per host, sent back whatever their Secure flag: Keycloak marks its login cookies
     * Secure, which a browser honours on http://localhost and java.net.CookieManager does not.
     */
    public static final class Koekjes extends CookieHandler {
        private final Map<String, Map<String, String>> perHost = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> koppen) {
            Map<String, String> koekjes = perHost.getOrDefault(uri.getHost() + ":" + uri.getPort(), Map.of());
            return koekjes.isEmpty() ? Map.of() : Map.of("Cookie", List.of(koekjes.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "))));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> koppen) {
            koppen.forEach((naam, waarden) -> {
                if ("set-cookie".equalsIgnoreCase(naam)) {
                    for (String waarde : waarden) {
                        String[] paar = waarde.split(";", 2)[0].split("=", 2);
                        Map<String, String> koekjes = perHost.computeIfAbsent(uri.getHost() + ":" + uri.getPort(),
                                h -> new java.util.concurrent.ConcurrentHashMap<>());
                        if (paar.length == 2 && !paar[1].isEmpty()) {
                            koekjes.put(paar[0].strip(), paar[1]);
                        } else {
                            koekjes.remove(paar[0].strip());
                        }
                    }
                }
            });
        }
    }
}
