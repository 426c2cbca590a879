package nl.sociaaldossier.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Payara Micro with the Sociaal Dossier WAR, as a child process, single node (no Hazelcast). The
 * database and Keycloak are handed over as system properties the app reads through MicroProfile
 * Config. Returns only when the app's /status answers 200, so a failed deployment fails here.
 */
public final class PayaraMicro implements AutoCloseable {

    private final Process proces;
    private final String url;

    private PayaraMicro(Process proces, String url) {
        this.proces = proces;
        this.url = url;
    }

    public static PayaraMicro start(Path payaraJar, Path war, int poort, Database db, Keycloak keycloak, Path werkmap, Path log) {
        return start(payaraJar, war, poort, db, keycloak, werkmap, log, false);
    }

    /** As above; with {@code demoData} the app loads the demo households (db/demo). */
    public static PayaraMicro start(Path payaraJar, Path war, int poort, Database db, Keycloak keycloak, Path werkmap, Path log,
                                    boolean demoData) {
        return start(payaraJar, war, poort, db, keycloak, werkmap, log, demoData, List.of());
    }

    /** As above, with more JVM options for the app (the size of the synthetic registration, GC logging, ...). */
    public static PayaraMicro start(Path payaraJar, Path war, int poort, Database db, Keycloak keycloak, Path werkmap, Path log,
                                    boolean demoData, List<String> eigenschappen) {
        try {
            Files.createDirectories(werkmap);
            Files.createDirectories(log.getParent());
            List<String> opdracht = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // 256 MiB of heap: since the casus page builds only its open section and a session keeps
                    // 6 logical views of 4 states, the heap after GC at 50 users stays under 170 MiB; with
                    // 512 MiB G1 kept it all committed (RSS 900-980 MiB) for no better latency (README, load)
                    "-Xmx256m",
                    "-Djava.io.tmpdir=" + werkmap.resolve("tmp"),
                    "-Duser.timezone=Europe/Amsterdam", // as the domain clock (Klok): Bean Validation reads the JVM zone
                    "-Dsessie.cookieSecure=false",
                    "-Doidc.providerUri=" + keycloak.providerUri(),
                    "-Doidc.clientSecret=" + keycloak.clientSecret(),
                    "-Ddemo.data=" + demoData,
                    "-jar", payaraJar.toString(),
                    "--nohazelcast",
                    "--port", String.valueOf(poort),
                    "--deploy", war.toString(),
                    "--contextroot", "/"));
            opdracht.addAll(2, db.systeemEigenschappen());
            opdracht.addAll(2, eigenschappen);
            // A fresh runtime folder each start: Payara Micro would otherwise redeploy what the last run deployed.
            Bestanden.verwijder(werkmap.resolve("tmp"));
            Files.createDirectories(werkmap.resolve("tmp"));
            ProcessBuilder bouwer = new ProcessBuilder(opdracht);
            bouwer.environment().put("MALLOC_ARENA_MAX", "2"); // glibc: fewer malloc arenas for the many request threads
            Process proces = bouwer
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            String url = "http://localhost:" + poort + "/";
            Wachten.totBereikbaar(url + "status", proces, log, Duration.ofMinutes(4));
            return new PayaraMicro(proces, url);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
    }

    /** The address to open in the browser, ending in a slash. */
    public String url() {
        return url;
    }

    public long pid() {
        return proces.pid();
    }

    @Override
    public void close() {
        Wachten.stop(proces);
    }
}
