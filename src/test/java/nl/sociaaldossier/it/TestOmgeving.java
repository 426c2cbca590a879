package nl.sociaaldossier.it;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import nl.sociaaldossier.launcher.Database;
import nl.sociaaldossier.launcher.Keycloak;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the real parts the integration tests share, once per test JVM: a PostgreSQL server
 * (embedded, unless DB_URL names one) and a Keycloak server with the project's realm (unless
 * OIDC_PROVIDERURI names one). Active only where {@code it.omgeving} is set (failsafe), so unit
 * tests start nothing. It also tells the Arquillian Payara Micro adapter how to start the server.
 */
public class TestOmgeving implements LauncherSessionListener {

    private static Database database;
    private static Keycloak keycloak;
    private static final java.util.Deque<AutoCloseable> TE_SLUITEN = new java.util.concurrent.ConcurrentLinkedDeque<>();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("it.omgeving") || database != null) {
            return;
        }
        Path target = Path.of(System.getProperty("project.dir"), "target");
        try {
            java.nio.file.Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        CompletableFuture<Keycloak> kc = CompletableFuture.supplyAsync(() -> {
            Keycloak extern = Keycloak.extern();
            return extern != null ? extern : Keycloak.start(Path.of(System.getProperty("keycloak.zip")),
                    target.resolve("it/keycloak"), Path.of(System.getProperty("project.dir"), "keycloak/sociaal-dossier-realm.json"),
                    Integer.getInteger("it.keycloak.port", 18180), target.resolve("logs/it-keycloak.log"));
        });
        Database extern = Database.extern();
        database = extern != null ? extern : Database.embedded(target.resolve("it/postgres"), 0, false);
        keycloak = kc.join();

        // Read by the Arquillian Payara Micro adapter when it starts the server.
        System.setProperty("payara.microJar", System.getProperty("payara.jar"));
        System.setProperty("payara.clusterEnabled", "true"); // or it adds --nocluster, which overrides --nohazelcast
        System.setProperty("payara.extraMicroOptions", "--nohazelcast");
        System.setProperty("payara.cmdOptions", String.join(" ",
                "-Xmx512m",
                String.join(" ", database.systeemEigenschappen()),
                "-Dsessie.cookieSecure=false",
                "-Doidc.providerUri=" + keycloak.providerUri(),
                "-Doidc.clientSecret=" + keycloak.clientSecret()));
    }

    /** Something a test started that must stop before the database and Keycloak do. */
    static void bijAfsluiten(AutoCloseable iets) {
        TE_SLUITEN.push(iets);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        while (!TE_SLUITEN.isEmpty()) {
            try {
                TE_SLUITEN.pop().close();
            } catch (Exception e) {
                System.err.println("Could not stop " + e);
            }
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }

    public static Database database() {
        if (database == null) {
            throw new IllegalStateException("The test environment runs only in integration tests (failsafe, -Dit.omgeving=true)");
        }
        return database;
    }

    public static Keycloak keycloak() {
        database();
        return keycloak;
    }

    /** The first column of the first row of a query on the test database, as its owner (for tests outside the container). */
    static String vraag(String sql) throws java.sql.SQLException {
        Database db = database();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(db.url(), db.eigenaar(), db.eigenaarWachtwoord());
             java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
