package nl.sociaaldossier.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Supplies the OpenID Connect settings to {@link Beveiliging}'s annotation through EL, because the
 * OIDC mechanism does not read MicroProfile Config itself. Set them with {@code -Doidc.providerUri=...}
 * or env {@code OIDC_PROVIDERURI}, {@code OIDC_CLIENTID}, {@code OIDC_CLIENTSECRET}.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    /** The client secret of the local demo realm ({@code keycloak/}): refused in production mode. */
    public static final String LOKAAL_GEHEIM = "lokaal-ontwikkelgeheim";

    @Inject
    @ConfigProperty(name = "oidc.providerUri", defaultValue = "http://localhost:8180/realms/sociaal-dossier")
    String providerUri;

    @Inject
    @ConfigProperty(name = "oidc.clientId", defaultValue = "sociaal-dossier")
    String clientId;

    @Inject
    @ConfigProperty(name = "oidc.clientSecret", defaultValue = LOKAAL_GEHEIM)
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
