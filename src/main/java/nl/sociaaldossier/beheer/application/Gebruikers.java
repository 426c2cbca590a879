package nl.sociaaldossier.beheer.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.security.OidcConfig;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * The users as Keycloak knows them: who logs in with which app roles, and whether the account is
 * enabled; the staff page sets them next to the staff records. Read with the app's own client (its service account
 * may view users, nothing else; realm files in keycloak/ and docker/keycloak/).
 */
@Stateless
@RolesAllowed(Rol.BEHEERDER)
public class Gebruikers {

    /** A Keycloak user: user name, name, app roles, and whether the account is enabled. */
    public record Gebruiker(String gebruikersnaam, String naam, Set<String> rollen, boolean actief)
            implements Serializable {
    }

    private static final int MAXIMUM = 2000;

    @Inject
    private OidcConfig oidc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** Every person's account in Keycloak (service accounts left out), by user name. */
    @GeenPersoonsgegevens("staff accounts, no inwoners")
    public List<Gebruiker> alle() {
        String token = token();
        String admin = oidc.getProviderUri().replace("/realms/", "/admin/realms/");
        List<JsonObject> accounts = lijst(admin + "/users?briefRepresentation=true&first=0&max=" + MAXIMUM, token).stream()
                .map(JsonValue::asJsonObject).filter(u -> !u.getString("username").startsWith("service-account-")).toList();
        // The realm roles per user (view-users allows this, not the role's member list); asked all at once.
        Map<String, CompletableFuture<Set<String>>> rollen = new LinkedHashMap<>();
        for (JsonObject u : accounts) {
            rollen.put(u.getString("id"), http.sendAsync(verzoek(admin + "/users/" + u.getString("id") + "/role-mappings/realm/composite", token),
                    HttpResponse.BodyHandlers.ofString()).thenApply(Gebruikers::appRollen));
        }
        List<Gebruiker> gebruikers = new ArrayList<>();
        for (JsonObject u : accounts) {
            String naam = u.getString("username");
            String volledig = (u.getString("firstName", "") + " " + u.getString("lastName", "")).strip();
            gebruikers.add(new Gebruiker(naam, volledig.isEmpty() ? naam : volledig, rollen.get(u.getString("id")).join(),
                    u.getBoolean("enabled", true)));
        }
        gebruikers.sort(java.util.Comparator.comparing(Gebruiker::gebruikersnaam));
        return gebruikers;
    }

    private String token() {
        String formulier = "grant_type=client_credentials&client_id=" + URLEncoder.encode(oidc.getClientId(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(oidc.getClientSecret(), StandardCharsets.UTF_8);
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(oidc.getProviderUri() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier)).build();
        return json(verstuur(verzoek)).asJsonObject().getString("access_token");
    }

    private JsonArray lijst(String adres, String token) {
        return json(verstuur(verzoek(adres, token))).asJsonArray();
    }

    private static HttpRequest verzoek(String adres, String token) {
        return HttpRequest.newBuilder(URI.create(adres)).timeout(Duration.ofSeconds(5)).header("Authorization", "Bearer " + token).GET().build();
    }

    /** The app's roles among a user's realm roles (Keycloak's own default roles left out). */
    private static Set<String> appRollen(HttpResponse<String> antwoord) {
        Set<String> rollen = new TreeSet<>();
        if (antwoord.statusCode() == 200) {
            json(antwoord.body()).asJsonArray().forEach(r -> {
                String rol = r.asJsonObject().getString("name", "");
                if (List.of(Rol.ALLE).contains(rol)) {
                    rollen.add(rol);
                }
            });
        }
        return rollen;
    }

    private String verstuur(HttpRequest verzoek) {
        try {
            HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != 200) {
                throw new DomainException("Keycloak gaf de gebruikers niet (status " + antwoord.statusCode()
                        + "): de app mag de gebruikers niet lezen. Geef het serviceaccount van de client de rol view-users.");
            }
            return antwoord.body();
        } catch (IOException e) {
            throw new DomainException("Keycloak is niet bereikbaar: de lijst van gebruikers ontbreekt. De medewerkers hieronder kunt u wel beheren.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("Het lezen van de gebruikers is afgebroken.");
        }
    }

    private static JsonValue json(String tekst) {
        try (JsonReader lezer = Json.createReader(new StringReader(tekst))) {
            return lezer.readValue();
        }
    }
}
