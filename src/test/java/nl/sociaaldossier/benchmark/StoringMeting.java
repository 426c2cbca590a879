package nl.sociaaldossier.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Write load during a fault (benchmark/storing.sh): sessions of the demo coach each write verslagen
 * in their own casus, as the browser does (Ajax), for a number of seconds, while the script restarts
 * or kills PostgreSQL. Counts the verslagen confirmed to the user ("Het verslag is opgeslagen."),
 * the Dutch retry messages and anything else; afterwards counts what the database holds of this run
 * and prints both: every confirmed change must be stored. Also prints how long after the fault
 * writes succeeded again.
 * Usage: StoringMeting [base URL] [jdbc URL] [db user] [db password] [sessions] [seconds]
 */
public final class StoringMeting {

    private static final Pattern VIEWSTATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private StoringMeting() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 6 && args[6].equals("sso")) {
            terugViaSso(args[0], Long.parseLong(args[5]));
            return;
        }
        String basis = args[0];
        String jdbc = args[1];
        int sessies = Integer.parseInt(args[4]);
        long seconden = Long.parseLong(args[5]);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, AtomicInteger> telling = new ConcurrentHashMap<>();
        AtomicLong laatsteFout = new AtomicLong();
        AtomicLong eersteNaFout = new AtomicLong();
        List<String> casussen = new ArrayList<>();
        HttpClient eerste = GelijktijdigeSessies.sessie(basis, "coach");
        Matcher m = Pattern.compile("casus/index.xhtml\\?id=(\\d+)").matcher(get(eerste, basis + "casus/caseload.xhtml").body());
        while (m.find()) {
            if (!casussen.contains(m.group(1))) {
                casussen.add(m.group(1));
            }
        }
        if (casussen.size() < sessies) {
            throw new IllegalStateException("the demo coach has " + casussen.size() + " casussen, fewer than " + sessies + " sessions");
        }
        long einde = System.nanoTime() + seconden * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(sessies);
        List<Future<?>> klaar = new ArrayList<>();
        for (int s = 0; s < sessies; s++) {
            String casus = casussen.get(s);
            int sessie = s;
            klaar.add(pool.submit(() -> {
                HttpClient http = sessie == 0 ? eerste : GelijktijdigeSessies.sessie(basis, "coach");
                String pagina = null;
                int i = 0;
                while (System.nanoTime() < einde) {
                    String uitkomst;
                    try {
                        if (pagina == null) {
                            HttpResponse<String> p = get(http, basis + "casus/index.xhtml?id=" + casus + "&sectie=verslagen");
                            pagina = p.statusCode() == 200 && p.body().contains("verslagen:schrijfVerslag") ? p.body() : null;
                            if (pagina == null) {
                                uitkomst = p.body().contains("De database is even niet bereikbaar") ? "page: retry message" : "page: " + p.statusCode();
                                tel(telling, uitkomst, laatsteFout, eersteNaFout);
                                Thread.sleep(500);
                                continue;
                            }
                        }
                        String tekst = "storing-" + run + "-" + sessie + "-" + i++;
                        HttpResponse<String> a = verslag(http, basis, pagina, tekst);
                        String body = a.body();
                        if (body.contains("Het verslag is opgeslagen.")) {
                            uitkomst = "confirmed";
                        } else if (body.contains("De database is even niet bereikbaar")) {
                            uitkomst = "retry message";
                        } else if (body.contains("Iemand anders heeft dit intussen gewijzigd")) {
                            uitkomst = "concurrent change message";
                            pagina = null;
                        } else {
                            uitkomst = "other: " + a.statusCode() + (body.contains("<error>") ? " (Faces error)" : "");
                            pagina = null;
                        }
                    } catch (java.io.IOException e) {
                        uitkomst = "no answer (" + e.getClass().getSimpleName() + ")";
                        pagina = null;
                    }
                    tel(telling, uitkomst, laatsteFout, eersteNaFout);
                    Thread.sleep(100);
                }
                return null;
            }));
        }
        for (Future<?> f : klaar) {
            f.get();
        }
        pool.shutdown();
        long opgeslagen;
        try (Connection c = DriverManager.getConnection(jdbc, args[2], args[3]); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from verslag where tekst like 'storing-" + run + "-%'")) {
            r.next();
            opgeslagen = r.getLong(1);
        }
        telling.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> System.out.printf("  %-40s %6d%n", e.getKey(), e.getValue().get()));
        int bevestigd = telling.getOrDefault("confirmed", new AtomicInteger()).get();
        System.out.printf("confirmed to users: %d, stored in the database: %d, confirmed but lost: %d%n", bevestigd, opgeslagen,
                Math.max(0, bevestigd - opgeslagen));
        if (laatsteFout.get() > 0 && eersteNaFout.get() > 0) {
            System.out.printf("writes succeeded again %.1f s after the last failed one%n", (eersteNaFout.get() - laatsteFout.get()) / 1e9);
        }
        if (opgeslagen < bevestigd) {
            System.exit(1);
        }
    }

    /**
     * Logs in, waits while the script restarts the app (the session is then gone), and asks a page
     * again: the user must come back through Keycloak's single sign-on, without the login form.
     */
    private static void terugViaSso(String basis, long wachten) throws Exception {
        HttpClient http = GelijktijdigeSessies.sessie(basis, "coach");
        System.out.println("  logged in as coach; waiting " + wachten + " s while the app restarts");
        Thread.sleep(wachten * 1000);
        for (int poging = 0; poging < 60; poging++) {
            try {
                HttpResponse<String> p = get(http, basis + "casus/caseload.xhtml");
                if (p.statusCode() == 200 && p.body().contains("Uitloggen")) {
                    System.out.println("  after the restart: back in through single sign-on, without the login form");
                    return;
                }
                if (p.body().contains("kc-form-login")) {
                    System.out.println("  after the restart: the login form (single sign-on did not hold)");
                    System.exit(1);
                }
            } catch (java.io.IOException nogNiet) {
                // the app is still starting
            }
            Thread.sleep(2000);
        }
        System.out.println("  after the restart: the app did not answer");
        System.exit(1);
    }

    private static void tel(Map<String, AtomicInteger> telling, String uitkomst, AtomicLong laatsteFout, AtomicLong eersteNaFout) {
        telling.computeIfAbsent(uitkomst, k -> new AtomicInteger()).incrementAndGet();
        long nu = System.nanoTime();
        if (!uitkomst.equals("confirmed")) {
            laatsteFout.set(nu);
            eersteNaFout.set(0);
        } else if (laatsteFout.get() > 0) {
            eersteNaFout.compareAndSet(0, nu);
        }
    }

    private static HttpResponse<String> verslag(HttpClient http, String basis, String html, String tekst) throws Exception {
        Matcher vs = VIEWSTATE.matcher(html);
        Matcher nonce = NONCE.matcher(html);
        if (!vs.find() || !nonce.find()) {
            throw new IllegalStateException("no view state or nonce on the page");
        }
        String knop = "verslagen:schrijfVerslag";
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("jakarta.faces.partial.ajax", "true");
        velden.put("jakarta.faces.source", knop);
        velden.put("jakarta.faces.partial.execute", knop + " verslagen:soort verslagen:datum verslagen:tekst");
        velden.put("jakarta.faces.partial.render", "verslagen kop");
        velden.put(knop, knop);
        velden.put("verslagen", "verslagen");
        velden.put("verslagen:soort", "GESPREK");
        velden.put("verslagen:datum", LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        velden.put("verslagen:tekst", tekst);
        velden.put("jakarta.faces.ViewState", vs.group(1).replace("&#58;", ":"));
        velden.put("primefaces.nonce", nonce.group(1));
        String vorm = velden.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(basis + "casus/index.xhtml")).timeout(Duration.ofSeconds(30))
                .header("Faces-Request", "partial/ajax").header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(vorm)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
