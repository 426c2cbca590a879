package nl.sociaaldossier.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether Keycloak answers, asked at most every few seconds: when it does not, a user who is not
 * logged in gets a Dutch page saying so instead of being sent to a login page that does not load.
 * Users who are logged in keep working on their session meanwhile (until their access token needs
 * refreshing, at most 5 minutes in the realm).
 */
@ApplicationScoped
public class Inlogdienst {

    private static final Duration GELDIG = Duration.ofSeconds(5);

    @Inject
    private OidcConfig oidc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Instant gevraagdOp = Instant.EPOCH;
    private volatile boolean bereikbaar = true;

    public boolean isBereikbaar() {
        Instant nu = Instant.now();
        if (gevraagdOp.plus(GELDIG).isBefore(nu)) {
            gevraagdOp = nu;
            bereikbaar = vraag();
        }
        return bereikbaar;
    }

    private boolean vraag() {
        try {
            HttpResponse<Void> antwoord = http.send(HttpRequest.newBuilder(URI.create(oidc.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return antwoord.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
