package nl.sociaaldossier.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many sessions at once: each logs in through the Keycloak page as a demo user and asks pages its
 * role may open (most of them constrained to roles in web.xml), with a short think time. Counts per
 * role and page how often it was answered and how often refused (403) or failed, to find spurious
 * refusals under load. Used by benchmark/sessies.sh against the run command and by
 * GelijktijdigeSessiesIT in the test command.
 * Usage: benchmark/sessies.sh [base URL] [sessions] [requests per session] [think ms]
 */
public final class GelijktijdigeSessies {

    /** Per demo user, the pages its role may open; all but the start page are constrained to roles. */
    private static final String[][] ROLLEN = {
        {"coach", "casus/caseload.xhtml", "index.xhtml", "indicatoren/index.xhtml"},
        {"intaker", "meldingen/index.xhtml", "casus/caseload.xhtml"},
        {"procesmanager", "casus/caseload.xhtml", "index.xhtml"},
        {"controller", "indicatoren/indicator.xhtml?id=D1-1.14.2", "index.xhtml"},
        {"privacy", "logboek/index.xhtml", "index.xhtml"},
    };

    private GelijktijdigeSessies() {
    }

    public static void main(String[] args) throws Exception {
        String basis = args.length > 0 ? args[0] : "http://localhost:8080/";
        int sessies = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int verzoeken = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        long denktijd = args.length > 3 ? Long.parseLong(args[3]) : 200;
        meet(basis, sessies, verzoeken, denktijd).forEach((uitkomst, aantal) -> System.out.printf("%-60s %5d%n", uitkomst, aantal));
    }

    /**
     * Runs the sessions and returns, sorted, "user page outcome" -> count, where outcome is "ok",
     * "fout-pagina" (the error page with 200) or the HTTP status; every outcome other than ok also
     * counts under "  outcome at request i of the session".
     */
    public static Map<String, Integer> meet(String basis, int sessies, int verzoeken, long denktijd) throws Exception {
        Map<String, AtomicInteger> telling = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(sessies);
        try {
            List<Future<?>> klaar = new ArrayList<>();
            for (int s = 0; s < sessies; s++) {
                String[] rol = ROLLEN[s % ROLLEN.length];
                klaar.add(pool.submit(() -> {
                    HttpClient http = sessie(basis, rol[0]);
                    for (int i = 0; i < verzoeken; i++) {
                        String pagina = rol[1 + i % (rol.length - 1)];
                        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(basis + pagina)).GET().build(),
                                HttpResponse.BodyHandlers.ofString());
                        String uitkomst = antwoord.statusCode() == 200 && !antwoord.body().contains("id=\"fout\"") ? "ok"
                                : antwoord.statusCode() == 200 ? "fout-pagina" : String.valueOf(antwoord.statusCode());
                        telling.computeIfAbsent(rol[0] + " " + pagina.replaceAll("\\?.*", "") + " " + uitkomst, k -> new AtomicInteger())
                                .incrementAndGet();
                        if (!uitkomst.equals("ok")) {
                            telling.computeIfAbsent("  " + uitkomst + " at request " + i + " of the session", k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                        Thread.sleep(denktijd);
                    }
                    return null;
                }));
            }
            for (Future<?> f : klaar) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, Integer> uitkomsten = new TreeMap<>();
        telling.forEach((k, v) -> uitkomsten.put(k, v.get()));
        return uitkomsten;
    }

    /**
     * A new session of a demo user (password demo), logged in through the Keycloak page; logins go one
     * at a time, because Keycloak's brute-force guard refuses concurrent logins of one user.
     */
    public static HttpClient sessie(String basis, String gebruiker) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new WerkbladMeting.Koekjes())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        synchronized (GelijktijdigeSessies.class) {
            logIn(http, basis, gebruiker);
        }
        return http;
    }

    private static void logIn(HttpClient http, String basis, String gebruiker) throws Exception {
        String inlog = http.send(HttpRequest.newBuilder(URI.create(basis + "index.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher actie = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"").matcher(inlog);
        if (!actie.find()) {
            throw new IllegalStateException("no Keycloak login form");
        }
        HttpResponse<String> na = http.send(HttpRequest.newBuilder(URI.create(actie.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + gebruiker + "&password=demo&credentialId=")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (na.statusCode() != 200 || na.body().contains("kc-form-login")) {
            throw new IllegalStateException("login of " + gebruiker + " failed: " + na.statusCode() + " " + na.uri()
                    + " " + na.body().replaceAll("(?s).*<body", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " "));
        }
    }
}
