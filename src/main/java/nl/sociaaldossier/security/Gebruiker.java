package nl.sociaaldossier.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;

/**
 * The logged-in user as pages see it: name, roles and what the roles allow. Roles are read from
 * the request (not SecurityContext, which is wrong on the request that completes the login).
 */
@Named("gebruiker")
@RequestScoped
public class Gebruiker {

    @Inject
    private HttpServletRequest request;
    @Inject
    private OpenIdContext openIdContext;

    public boolean isIngelogd() {
        return request.getUserPrincipal() != null;
    }

    public String getGebruikersnaam() {
        return isIngelogd() ? request.getUserPrincipal().getName() : null;
    }

    /** Full name from the token ("name" claim), falling back to the user name. */
    public String getNaam() {
        if (!isIngelogd()) {
            return null;
        }
        try {
            return openIdContext.getClaims().getStringClaim("name").orElse(getGebruikersnaam());
        } catch (RuntimeException geenOpenIdSessie) {
            return getGebruikersnaam();
        }
    }

    public List<String> getRollen() {
        return Arrays.stream(Rol.ALLE).filter(request::isUserInRole).toList();
    }

    /** Works in dossiers: intaker, coach or procesmanager, and not (also) businesscontroller (Toegangsregels.UITGESLOTEN). */
    public boolean isCasuswerker() {
        return (isIntaker() || request.isUserInRole(Rol.COACH) || request.isUserInRole(Rol.PROCESMANAGER)) && !isController();
    }

    /** Maintains the catalogues (beheer). */
    public boolean isBeheerder() {
        return request.isUserInRole(Rol.BEHEERDER);
    }

    /** Reads the Logboek dataverwerkingen and answers inzageverzoeken. */
    public boolean isPrivacyofficer() {
        return request.isUserInRole(Rol.PRIVACYOFFICER);
    }

    /** Everyone sees the indicators' aggregates; casuswerkers can drill down to the casussen they may open. */
    public boolean isIndicatorlezer() {
        return isCasuswerker() || isController() || request.isUserInRole(Rol.BEHEERDER);
    }

    /** The businesscontroller enters external values, 0-metingen and streefwaarden. */
    public boolean isController() {
        return request.isUserInRole(Rol.BUSINESSCONTROLLER);
    }

    public boolean isIntaker() {
        return request.isUserInRole(Rol.INTAKER) && !isController();
    }
}
