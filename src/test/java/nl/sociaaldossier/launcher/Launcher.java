package nl.sociaaldossier.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The README's run command: PostgreSQL (embedded, data kept in {@code .data/postgres}, unless DB_URL
 * is given), Keycloak (local, unless OIDC_PROVIDERURI is given) and Payara Micro with the WAR.
 * Prints the address to open once the app answers; Ctrl-C stops all three.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant begin = Instant.now();
        Path project = Path.of(Instellingen.verplicht("project.dir"));
        Path target = project.resolve("target");
        Path logs = Path.of(Instellingen.waarde("logs.dir", target.resolve("logs").toString()));
        Path data = Path.of(Instellingen.waarde("data.dir", project.resolve(".data").toString()));
        int appPoort = Instellingen.poort("app.port", 8080);
        int keycloakPoort = Instellingen.poort("keycloak.port", 8180);
        int dbPoort = Instellingen.poort("db.port", 54329);

        CompletableFuture<Keycloak> keycloak = CompletableFuture.supplyAsync(() -> {
            Keycloak extern = Keycloak.extern();
            if (extern != null) {
                return extern;
            }
            System.out.println("Keycloak starting on http://localhost:" + keycloakPoort + " (log: " + logs.resolve("keycloak.log") + ")");
            Instant start = Instant.now();
            Keycloak kc = Keycloak.start(Path.of(Instellingen.verplicht("keycloak.zip")),
                    Path.of(Instellingen.waarde("keycloak.home", target.resolve("runtime/keycloak").toString())),
                    Path.of(Instellingen.waarde("keycloak.realm", project.resolve("keycloak/sociaal-dossier-realm.json").toString())),
                    keycloakPoort, logs.resolve("keycloak.log"));
            System.out.println("Keycloak ready in " + seconden(start) + " (pid " + kc.pid() + ")");
            return kc;
        });
        Database extern = Database.extern();
        if (extern == null) {
            System.out.println("PostgreSQL starting on port " + dbPoort + ", data in " + data.resolve("postgres"));
        }
        Instant dbStart = Instant.now();
        Database db = extern != null ? extern : Database.embedded(data.resolve("postgres"), dbPoort, true);
        if (extern == null) {
            System.out.println("PostgreSQL ready in " + seconden(dbStart));
        }
        Keycloak kc;
        try {
            kc = keycloak.join();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        System.out.println("Payara Micro starting with the WAR (log: " + logs.resolve("payara.log") + ")");
        PayaraMicro app;
        Instant appStart = Instant.now();
        try {
            app = PayaraMicro.start(Path.of(Instellingen.verplicht("payara.jar")), Path.of(Instellingen.verplicht("war.file")),
                    appPoort, db, kc, Path.of(Instellingen.waarde("app.dir", target.resolve("payara").toString())), logs.resolve("payara.log"),
                    Boolean.parseBoolean(Instellingen.waarde("demo.data", "true")),
                    jvmOpties());
        } catch (RuntimeException e) {
            kc.close();
            db.close();
            throw e;
        }

        System.out.println("Payara Micro with the app ready in " + seconden(appStart) + " (pid " + app.pid() + ")");
        CountDownLatch gestopt = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Sociaal Dossier ...");
            app.close();
            kc.close();
            db.close();
            gestopt.countDown();
        }));
        System.out.printf("%nSociaal Dossier is ready after %s: open %s%n", seconden(begin), app.url());
        System.out.println("Log in as intaker / demo (see README for the other demo users). Ctrl-C stops everything.\n");
        gestopt.await();
    }

    /** The size of the synthetic registration, and any JVM options given in app.jvm (space separated, e.g. GC logging). */
    private static java.util.List<String> jvmOpties() {
        java.util.List<String> opties = new java.util.ArrayList<>();
        opties.add("-Ddemo.synthetisch=" + Instellingen.waarde("demo.synthetisch", "3000"));
        String extra = Instellingen.waarde("app.jvm", "");
        if (!extra.isBlank()) {
            opties.addAll(java.util.List.of(extra.strip().split("\\s+")));
        }
        return opties;
    }

    private static String seconden(Instant sinds) {
        return String.format(java.util.Locale.ROOT, "%.1f s", Duration.between(sinds, Instant.now()).toMillis() / 1000.0);
    }
}
