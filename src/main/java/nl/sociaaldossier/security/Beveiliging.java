package nl.sociaaldossier.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Login through Keycloak with the standard Jakarta Security OpenID Connect mechanism. Keycloak's
 * realm roles arrive in the "groups" claim and become the caller's roles. When the access token
 * expires (the realm gives 5 minutes) the mechanism refreshes it at Keycloak; a user disabled there
 * gets none and is logged out ({@link SessieFilter} also ends a session whose roles were taken away).
 * Logging out ends the Keycloak session too (RP-initiated logout), by a POST from a page (the view's
 * state is its token: see {@link Uitloggen}).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        tokenAutoRefresh = true,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/", accessTokenExpiry = true,
                identityTokenExpiry = true))
@DeclareRoles({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.BUSINESSCONTROLLER, Rol.BEHEERDER, Rol.PRIVACYOFFICER, Rol.KOPPELING})
@ApplicationScoped
public class Beveiliging {
}
