package nl.sociaaldossier.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Login through Keycloak with the standard Jakarta Security OpenID Connect mechanism. Keycloak's
 * realm roles arrive in the "groups" claim and become the caller's roles. Logging out ends the
 * Keycloak session too (RP-initiated logout).
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/Callback",
        redirectToOriginalResource = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
@DeclareRoles({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.BUSINESSCONTROLLER, Rol.BEHEERDER})
@ApplicationScoped
public class Beveiliging {
}
