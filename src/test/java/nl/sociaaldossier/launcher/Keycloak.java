package nl.sociaaldossier.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The OpenID Connect provider: an external Keycloak when {@code OIDC_PROVIDERURI} is given,
 * otherwise a real Keycloak server from the distribution zip (Maven Central) in development mode,
 * importing the realm in {@code keycloak/} at every start (the realm and its demo users are
 * configuration; nothing else is kept in this Keycloak).
 */
public final class Keycloak implements AutoCloseable {

    public static final String REALM = "sociaal-dossier";
    public static final String LOKAAL_GEHEIM = "lokaal-ontwikkelgeheim";

    private final Process proces;
    private final String providerUri;
    private final String clientSecret;

    private Keycloak(Process proces, String providerUri, String clientSecret) {
        this.proces = proces;
        this.providerUri = providerUri;
        this.clientSecret = clientSecret;
    }

    public static Keycloak extern() {
        String uri = Instellingen.waarde("oidc.providerUri", null);
        return uri == null ? null : new Keycloak(null, uri, Instellingen.waarde("oidc.clientSecret", LOKAAL_GEHEIM));
    }

    /**
     * Unpacks the distribution into {@code thuis} (once), imports the realm file and starts
     * {@code kc.sh start-dev} on 127.0.0.1:{@code poort}; returns when the realm answers.
     */
    public static Keycloak start(Path distributieZip, Path thuis, Path realmBestand, int poort, Path log) {
        try {
            Path kc = pakUit(distributieZip, thuis);
            Path data = kc.resolve("data");
            Bestanden.verwijder(data);
            Files.createDirectories(data.resolve("import"));
            Files.copy(realmBestand, data.resolve("import").resolve(realmBestand.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(log.getParent());

            List<String> opdracht = new ArrayList<>(List.of("bash", kc.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + poort, "--http-host=127.0.0.1", "--hostname-strict=false", "--import-realm"));
            ProcessBuilder pb = new ProcessBuilder(opdracht)
                    .directory(kc.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            Process proces = pb.start();
            String providerUri = "http://localhost:" + poort + "/realms/" + REALM;
            Wachten.totBereikbaar(providerUri + "/.well-known/openid-configuration", proces, log, Duration.ofMinutes(4));
            return new Keycloak(proces, providerUri, LOKAAL_GEHEIM);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak", e);
        }
    }

    /** Unzips the distribution once; returns the folder that holds bin/kc.sh. */
    private static Path pakUit(Path zip, Path thuis) throws IOException {
        Path klaar = thuis.resolve(".uitgepakt");
        if (!Files.exists(klaar)) {
            Bestanden.verwijder(thuis);
            Files.createDirectories(thuis);
            try (InputStream in = Files.newInputStream(zip); ZipInputStream zin = new ZipInputStream(in)) {
                for (ZipEntry e = zin.getNextEntry(); e != null; e = zin.getNextEntry()) {
                    Path doel = thuis.resolve(e.getName()).normalize();
                    if (!doel.startsWith(thuis)) {
                        throw new IOException("Bad zip entry " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(doel);
                    } else {
                        Files.createDirectories(doel.getParent());
                        Files.copy(zin, doel, StandardCopyOption.REPLACE_EXISTING);
                        if (doel.toString().endsWith(".sh")) {
                            Files.setPosixFilePermissions(doel, PosixFilePermissions.fromString("rwxr-xr-x"));
                        }
                    }
                }
            }
            Files.writeString(klaar, zip.toString());
        }
        try (Stream<Path> s = Files.list(thuis)) {
            return s.filter(p -> Files.exists(p.resolve("bin/kc.sh"))).findFirst()
                    .orElseThrow(() -> new IOException("No bin/kc.sh in " + thuis));
        }
    }

    public String providerUri() {
        return providerUri;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public boolean isLokaal() {
        return proces != null;
    }

    public long pid() {
        return proces == null ? -1 : proces.pid();
    }

    /** Whether this Keycloak is a process of ours (not an external one), so that it can be paused. */
    public boolean eigen() {
        return proces != null;
    }

    /** Freezes the server (SIGSTOP to it and its children): it accepts connections but answers nothing, as a hung one. */
    public void pauzeer() {
        signaal("-STOP");
    }

    /** Lets a paused server go on (SIGCONT). */
    public void hervat() {
        signaal("-CONT");
    }

    private void signaal(String signaal) {
        List<String> opdracht = new ArrayList<>(List.of("kill", signaal, String.valueOf(proces.pid())));
        proces.toHandle().descendants().forEach(h -> opdracht.add(String.valueOf(h.pid())));
        try {
            int code = new ProcessBuilder(opdracht).inheritIO().start().waitFor();
            if (code != 0) {
                throw new IllegalStateException(opdracht + " gave " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        Wachten.stop(proces);
    }
}
