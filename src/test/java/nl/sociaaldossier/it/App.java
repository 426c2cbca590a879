package nl.sociaaldossier.it;

import java.nio.file.Path;
import java.util.List;
import nl.sociaaldossier.launcher.PayaraMicro;

/**
 * The app as the run command starts it (Payara Micro with the built WAR), started once for all
 * browser tests on the shared test PostgreSQL and Keycloak, and stopped with them.
 */
final class App {

    /** The realm registers this port as a redirect URI for tests. */
    static final int POORT = 18080;

    private static PayaraMicro app;

    private App() {
    }

    static synchronized String url() {
        if (app == null) {
            Path target = Path.of(System.getProperty("project.dir"), "target");
            app = PayaraMicro.start(Path.of(System.getProperty("payara.jar")), Path.of(System.getProperty("war.file")), POORT,
                    TestOmgeving.database(), TestOmgeving.keycloak(), target.resolve("it/payara"), target.resolve("logs/it-payara.log"),
                    // the tests change the registration and look at the figures at once: kept figures only when no change waits
                    false, List.of("-Dindicatoren.achterstand=PT0S",
                            // the rollups through the read-replica datasource: the same database under another address
                            // (a real streaming replica is deploy/loopback.sh's), so the browser tests go that way
                            "-Ddb.replica.url=" + TestOmgeving.database().url().replace("//localhost:", "//127.0.0.1:"),
                            "-Ddb.replica.user=" + TestOmgeving.database().gebruiker(),
                            "-Ddb.replica.password=" + TestOmgeving.database().wachtwoord()));
            TestOmgeving.bijAfsluiten(app);
        }
        return app.url();
    }
}
