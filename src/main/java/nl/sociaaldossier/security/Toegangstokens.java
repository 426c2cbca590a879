package nl.sociaaldossier.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the bearer tokens of the API: Keycloak access tokens, signed with RS256 by a key of the
 * realm (its JWKS, fetched from the provider's discovery document and fetched again, at most every
 * 30 s, when a token names a key not known yet), from the realm's issuer, of type Bearer (not an ID
 * or refresh token), not expired, and issued to one of the clients allowed to call the API
 * ({@code api.clients}). The caller is the token's {@code preferred_username}, its roles the
 * {@code groups} claim, as for the screens.
 */
@ApplicationScoped
public class Toegangstokens {

    /** Clock skew allowed between Keycloak and this instance. */
    private static final Duration SPELING = Duration.ofSeconds(30);
    private static final Duration OPNIEUW_OPHALEN = Duration.ofSeconds(30);

    /** Why a token is refused (for the log; the caller only hears that it is not valid). */
    public static final class Ongeldig extends Exception {
        private static final long serialVersionUID = 1L;

        Ongeldig(String reden) {
            super(reden);
        }
    }

    /** Who calls, with the roles the token gives. */
    public record Beller(String naam, Set<String> groepen) {
    }

    @Inject
    OidcConfig oidc;
    @Inject
    @ConfigProperty(name = "api.clients", defaultValue = "sociaal-dossier-cli,sociaal-dossier-systeem")
    List<String> clients;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile Map<String, PublicKey> sleutels = Map.of();
    private volatile String uitgever;
    private volatile Instant opgehaaldOp = Instant.EPOCH;

    public Beller controleer(String token) throws Ongeldig {
        String[] delen = token.split("\\.", -1);
        if (delen.length != 3) {
            throw new Ongeldig("not a signed JWT");
        }
        JsonObject kop = json(delen[0]);
        if (!"RS256".equals(tekst(kop, "alg"))) {
            throw new Ongeldig("algorithm " + tekst(kop, "alg") + " is not accepted");
        }
        PublicKey sleutel = sleutel(tekst(kop, "kid"));
        try {
            Signature handtekening = Signature.getInstance("SHA256withRSA");
            handtekening.initVerify(sleutel);
            handtekening.update((delen[0] + "." + delen[1]).getBytes(StandardCharsets.US_ASCII));
            if (!handtekening.verify(Base64.getUrlDecoder().decode(delen[2]))) {
                throw new Ongeldig("signature does not verify");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new Ongeldig("signature cannot be checked: " + e.getMessage());
        }
        JsonObject inhoud = json(delen[1]);
        Instant nu = Instant.now();
        if (!uitgever.equals(tekst(inhoud, "iss"))) {
            throw new Ongeldig("issuer " + tekst(inhoud, "iss"));
        }
        if (!"Bearer".equals(tekst(inhoud, "typ"))) {
            throw new Ongeldig("token type " + tekst(inhoud, "typ") + " is not an access token");
        }
        if (!inhoud.containsKey("exp") || Instant.ofEpochSecond(inhoud.getJsonNumber("exp").longValue()).plus(SPELING).isBefore(nu)) {
            throw new Ongeldig("expired");
        }
        if (inhoud.containsKey("nbf") && Instant.ofEpochSecond(inhoud.getJsonNumber("nbf").longValue()).minus(SPELING).isAfter(nu)) {
            throw new Ongeldig("not yet valid");
        }
        if (!clients.contains(tekst(inhoud, "azp"))) {
            throw new Ongeldig("client " + tekst(inhoud, "azp") + " may not call the API");
        }
        String naam = tekst(inhoud, "preferred_username");
        if (naam == null || naam.isBlank()) {
            throw new Ongeldig("no user name");
        }
        Set<String> groepen = new LinkedHashSet<>();
        if (inhoud.get("groups") instanceof jakarta.json.JsonArray lijst) {
            lijst.forEach(g -> {
                if (g instanceof JsonString s) {
                    groepen.add(s.getString());
                }
            });
        }
        return new Beller(naam, groepen);
    }

    private PublicKey sleutel(String kid) throws Ongeldig {
        PublicKey sleutel = kid == null ? null : sleutels.get(kid);
        if (sleutel == null && opgehaaldOp.plus(OPNIEUW_OPHALEN).isBefore(Instant.now())) {
            haalSleutels();
            sleutel = kid == null ? null : sleutels.get(kid);
        }
        if (sleutel == null) {
            throw new Ongeldig("unknown key " + kid);
        }
        return sleutel;
    }

    private synchronized void haalSleutels() throws Ongeldig {
        try {
            JsonObject ontdekking = haal(oidc.getProviderUri() + "/.well-known/openid-configuration");
            JsonObject jwks = haal(ontdekking.getString("jwks_uri"));
            Map<String, PublicKey> nieuw = new HashMap<>();
            for (JsonValue waarde : jwks.getJsonArray("keys")) {
                JsonObject k = waarde.asJsonObject();
                if ("RSA".equals(tekst(k, "kty")) && !"enc".equals(tekst(k, "use")) && k.containsKey("kid")) {
                    nieuw.put(k.getString("kid"), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, Base64.getUrlDecoder().decode(k.getString("n"))),
                            new BigInteger(1, Base64.getUrlDecoder().decode(k.getString("e"))))));
                }
            }
            uitgever = ontdekking.getString("issuer");
            sleutels = Map.copyOf(nieuw);
            opgehaaldOp = Instant.now();
        } catch (java.io.IOException | GeneralSecurityException | RuntimeException e) {
            throw new Ongeldig("the realm's keys cannot be fetched: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Ongeldig("interrupted");
        }
    }

    private JsonObject haal(String adres) throws java.io.IOException, InterruptedException {
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(adres)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (antwoord.statusCode() != 200) {
            throw new java.io.IOException(adres + " answered " + antwoord.statusCode());
        }
        try (var lezer = Json.createReader(new StringReader(antwoord.body()))) {
            return lezer.readObject();
        }
    }

    private static JsonObject json(String deel) throws Ongeldig {
        try (var lezer = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(deel), StandardCharsets.UTF_8)))) {
            return lezer.readObject();
        } catch (RuntimeException e) {
            throw new Ongeldig("not JSON");
        }
    }

    private static String tekst(JsonObject o, String naam) {
        return o.get(naam) instanceof JsonString s ? s.getString() : null;
    }
}
