import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A coach's working session through nginx, with the instance that serves it killed halfway
 * (deploy/loopback.sh runs it: java deploy/Failover.java BASE_URL sd1=PID sd2=PID). Logs in through
 * Keycloak, writes a verslag, finds which instance holds the session (the SDROUTE cookie), kills
 * that instance (SIGKILL: a crash, not a shutdown), then goes on: the next page comes from the other
 * instance after single sign-on, the verslag written before is there, and a new one is stored.
 * Prints the failover time (from the kill to the first page served by the other instance) and
 * exits 0 only when nothing was lost. Accepts the loopback's self-signed certificate.
 */
public class Failover {

    static final Pattern VIEWSTATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    static final Pattern KC_FORM = Pattern.compile("id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    static final Pattern CASUS = Pattern.compile("casus/index.xhtml\\?id=(\\d+)");

    /** The password loopback.sh gave the users it made in the production realm (env SD_WACHTWOORD), else the demo realm's. */
    static final String WACHTWOORD = System.getenv().getOrDefault("SD_WACHTWOORD", "demo");

    final String basis;
    final CookieManager koekjes = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient http;

    Failover(String basis) throws Exception {
        this.basis = basis;
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) { }
            public void checkServerTrusted(X509Certificate[] c, String a) { }
            public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
        }}, null);
        http = HttpClient.newBuilder().sslContext(ssl).cookieHandler(koekjes).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("jdk.internal.httpclient.disableHostnameVerification", "true");
        if (args[0].equals("dashboard")) {
            System.exit(new Failover(args[1]).dashboard() ? 0 : 1);
        }
        Failover f = new Failover(args[0]);
        Map<String, Long> pids = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] d = args[i].split("=");
            pids.put(d[0], Long.parseLong(d[1]));
        }
        System.exit(f.werk(pids) ? 0 : 1);
    }

    boolean werk(Map<String, Long> pids) throws Exception {
        String caseload = haal("casus/caseload.xhtml");
        if (caseload.contains("kc-form-login")) {
            caseload = logIn(caseload, "coach", WACHTWOORD);
        }
        Matcher m = CASUS.matcher(caseload);
        if (!m.find()) {
            throw new IllegalStateException("No casus in the caseload:\n" + caseload);
        }
        String casus = m.group(1);
        String voor = "Voor de failover " + System.nanoTime();
        schrijfVerslag(casus, voor);
        String route = route();
        System.out.println("1. logged in as coach, verslag written on instance " + route + " (casus " + casus + ")");

        long pid = pids.get(route);
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        long gestopt = System.nanoTime();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        System.out.println("2. killed instance " + route + " (pid " + pid + ", SIGKILL)");

        // the user clicks on: the first page that comes back, from the other instance
        String pagina;
        int pogingen = 0;
        while (true) {
            pogingen++;
            try {
                pagina = haal("casus/index.xhtml?id=" + casus + "&sectie=verslagen");
                if (pagina.contains("kc-form-login")) {
                    throw new IllegalStateException("Keycloak asked for the password again: single sign-on did not carry the user");
                }
                if (pagina.contains("Uitloggen")) {
                    break;
                }
            } catch (java.io.IOException e) {
                // nginx had nothing to give yet
            }
            Thread.sleep(100);
        }
        double seconden = (System.nanoTime() - gestopt) / 1e9;
        String nieuweRoute = route();
        System.out.printf(java.util.Locale.ROOT, "3. the next page came from instance %s after %.2f s (%d attempt(s)), logged in again"
                + " through Keycloak's single sign-on without a password%n", nieuweRoute, seconden, pogingen);
        boolean behouden = pagina.contains(voor);
        System.out.println("4. the verslag written before the failover is " + (behouden ? "there" : "MISSING"));
        String na = "Na de failover " + System.nanoTime();
        schrijfVerslag(casus, na);
        String daarna = haal("casus/index.xhtml?id=" + casus + "&sectie=verslagen");
        boolean beide = daarna.contains(voor) && daarna.contains(na);
        System.out.println("5. a new verslag written on instance " + route() + "; both verslagen on the page: " + beide);
        System.out.printf(java.util.Locale.ROOT, "FAILOVER %s: %.2f s from the kill to the next page, nothing lost: %s%n",
                behouden && beide && !nieuweRoute.equals(route) ? "OK" : "FAILED", seconden, behouden && beide);
        return behouden && beide && !nieuweRoute.equals(route);
    }

    /** The controller opens the dashboard: the footnote says where the figures were read. */
    boolean dashboard() throws Exception {
        String pagina = haal("indicatoren/index.xhtml");
        if (pagina.contains("kc-form-login")) {
            pagina = logIn(pagina, "controller", WACHTWOORD);
        }
        Matcher stand = Pattern.compile("id=\"(?:[^\"]*:)?stand\"[^>]*>([^<]*)<").matcher(pagina);
        Matcher replica = Pattern.compile("id=\"(?:[^\"]*:)?replica\"[^>]*>([^<]*)<").matcher(pagina);
        System.out.println("dashboard footnote (instance " + route() + "):");
        System.out.println("  " + (stand.find() ? stand.group(1).strip() : "(no 'stand')"));
        boolean vanReplica = replica.find();
        System.out.println("  " + (vanReplica ? replica.group(1).strip() : "(not read from the replica)"));
        return vanReplica;
    }

    String route() {
        return koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SDROUTE"))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst().orElse("?");
    }

    String logIn(String loginPagina, String gebruiker, String wachtwoord) throws Exception {
        Matcher m = KC_FORM.matcher(loginPagina);
        if (!m.find()) {
            throw new IllegalStateException("No Keycloak login form");
        }
        return post(URI.create(m.group(1).replace("&amp;", "&")),
                Map.of("username", gebruiker, "password", wachtwoord, "credentialId", ""), Map.of());
    }

    void schrijfVerslag(String casus, String tekst) throws Exception {
        String pagina = haal("casus/index.xhtml?id=" + casus + "&sectie=verslagen");
        String vs = zoek(VIEWSTATE, pagina).replace("&#58;", ":");
        Map<String, String> velden = new LinkedHashMap<>();
        velden.put("jakarta.faces.partial.ajax", "true");
        velden.put("jakarta.faces.source", "verslagen:schrijfVerslag");
        velden.put("jakarta.faces.partial.execute", "verslagen:schrijfVerslag verslagen:soort verslagen:datum verslagen:tekst");
        velden.put("jakarta.faces.partial.render", "verslagen kop");
        velden.put("verslagen:schrijfVerslag", "verslagen:schrijfVerslag");
        velden.put("verslagen", "verslagen");
        velden.put("verslagen:soort", "GESPREK");
        velden.put("verslagen:datum", LocalDate.now().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        velden.put("verslagen:tekst", tekst);
        velden.put("jakarta.faces.ViewState", vs);
        velden.put("primefaces.nonce", zoek(NONCE, pagina));
        String antwoord = post(URI.create(basis + "casus/index.xhtml"), velden, Map.of("Faces-Request", "partial/ajax"));
        if (!antwoord.contains("Het verslag is opgeslagen.")) {
            throw new IllegalStateException("The verslag was not stored:\n" + antwoord);
        }
    }

    String haal(String pad) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(basis + pad)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 500) {
            throw new java.io.IOException("HTTP " + r.statusCode());
        }
        return r.body();
    }

    String post(URI uri, Map<String, String> velden, Map<String, String> koppen) throws Exception {
        String body = velden.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        koppen.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static String zoek(Pattern p, String tekst) {
        Matcher m = p.matcher(tekst);
        if (!m.find()) {
            throw new IllegalStateException("Not found: " + p + " in\n" + tekst);
        }
        return m.group(1);
    }
}
