package nl.sociaaldossier.operations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import nl.sociaaldossier.indicators.query.Celsleutel;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.security.OidcConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In production mode ({@code app.modus=productie}, env APP_MODUS) the app refuses to start with
 * what is only fit for a laptop: the demo realm's client secret, Keycloak over plain http, the
 * development keys of the Logboek and the cell keys, a session cookie without Secure, or the demo
 * data. It says which setting is wrong, then the process ends (exit code 3), so a container
 * platform shows a failed start instead of a server with nothing deployed.
 */
@Singleton
@Startup
public class Productiemodus {

    private static final Logger LOG = Logger.getLogger(Productiemodus.class.getName());
    public static final String PRODUCTIE = "productie";

    @PostConstruct
    void controleer() {
        Config config = ConfigProvider.getConfig();
        List<String> bezwaren = bezwaren(naam -> config.getOptionalValue(naam, String.class));
        if (bezwaren.isEmpty()) {
            return;
        }
        bezwaren.forEach(b -> LOG.severe("Refusing to start in production mode: " + b));
        Thread stop = new Thread(() -> {
            try {
                Thread.sleep(1000); // let the failed deployment be logged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(3);
        }, "productiemodus-stop");
        stop.setDaemon(false);
        stop.start();
        throw new IllegalStateException("Refusing to start in production mode: " + String.join("; ", bezwaren));
    }

    /** What forbids a start in production mode; empty outside production mode. */
    static List<String> bezwaren(Function<String, Optional<String>> instelling) {
        if (!PRODUCTIE.equalsIgnoreCase(instelling.apply("app.modus").orElse(""))) {
            return List.of();
        }
        List<String> bezwaren = new ArrayList<>();
        String geheim = instelling.apply("oidc.clientSecret").orElse(OidcConfig.LOKAAL_GEHEIM);
        if (geheim.isBlank() || geheim.equals(OidcConfig.LOKAAL_GEHEIM)) {
            bezwaren.add("OIDC_CLIENTSECRET is the local demo secret (or empty)");
        }
        String provider = instelling.apply("oidc.providerUri").orElse("");
        if (!provider.startsWith("https://")) {
            bezwaren.add("OIDC_PROVIDERURI must be an https address of Keycloak, not '" + provider + "'");
        }
        String sleutel = instelling.apply("logboek.sleutel").orElse(Pseudoniemen.LOKALE_SLEUTEL);
        if (sleutel.equals(Pseudoniemen.LOKALE_SLEUTEL) || sleutel.length() < 32) {
            bezwaren.add("LOGBOEK_SLEUTEL is the development key or shorter than 32 characters");
        }
        String zaad = instelling.apply("indicatoren.celsleutel").orElse(String.valueOf(Celsleutel.STANDAARD_ZAAD));
        if (zaad.strip().equals(String.valueOf(Celsleutel.STANDAARD_ZAAD))) {
            bezwaren.add("INDICATOREN_CELSLEUTEL is the development seed");
        }
        if (!Boolean.parseBoolean(instelling.apply("sessie.cookieSecure").orElse("true"))) {
            bezwaren.add("SESSIE_COOKIESECURE is false: session cookies would travel over plain http");
        }
        if (Boolean.parseBoolean(instelling.apply("demo.data").orElse("false"))) {
            bezwaren.add("DEMO_DATA is true: the demo households and synthetic registration are never for production");
        }
        return bezwaren;
    }
}
