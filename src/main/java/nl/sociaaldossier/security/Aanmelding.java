package nl.sociaaldossier.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import nl.sociaaldossier.shared.infrastructure.Instantie;
import nl.sociaaldossier.shared.infrastructure.Probleem;

/**
 * The login mechanism the container calls on every request (named in web.xml by Payara's
 * {@code fish.payara.security.mechanism}): the standard OpenID Connect mechanism of
 * {@link Beveiliging}, plus the caller's groups handed to the container on every request of a
 * logged-in session.
 *
 * <p>Why: on a request of a session that is already logged in, the standard mechanism hands the
 * container only the caller principal, and Payara finds the groups that go with it through a
 * thread-bound security context. Under concurrent requests that context is intermittently not the
 * caller's (Payara issue 6145), the caller then has no groups, and the role constraints of web.xml
 * refuse a page the user may open (403). The groups are kept in the session's {@link OpenIdContext}
 * (the access token, set at login and at every token refresh), so they are given explicitly.
 */
@ApplicationScoped
@Typed(Aanmelding.class)
public class Aanmelding implements HttpAuthenticationMechanism {

    @Inject
    private HttpAuthenticationMechanism openIdConnect;
    @Inject
    private OpenIdContext openIdContext;
    @Inject
    private Inlogdienst inlogdienst;
    @Inject
    private Toegangstokens toegangstokens;
    private static final Logger LOG = Logger.getLogger(Aanmelding.class.getName());
    @Inject
    private Instantie instantie;

    /** The response header that names the instance (app.instantie); nginx turns it into the SDROUTE cookie and hides it. */
    public static final String INSTANTIE_KOP = "X-SD-Instantie";

    static final String INLOGGEN_ONBEREIKBAAR = """
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen kan even niet</title>
            <meta http-equiv="refresh" content="15"></head><body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
            <h1>Inloggen kan even niet</h1>
            <p id="fout">De inlogdienst van de gemeente is op dit moment niet bereikbaar. Wie al is ingelogd, kan gewoon doorwerken.
            Deze pagina probeert het elke 15 seconden opnieuw; blijft het misgaan, meld het dan bij de beheerder.</p>
            </body></html>""";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        // which instance answers, for the load balancer's sticky sessions (nginx sets its route cookie from it);
        // set here because the container calls this mechanism on every request, the login redirects included
        response.setHeader(INSTANTIE_KOP, instantie.naam());
        if (isApi(request)) {
            return api(request, response, context);
        }
        boolean alAangemeld = request.getUserPrincipal() != null;
        if (!alAangemeld && context.isProtected() && !inlogdienst.isBereikbaar()) {
            return inloggenOnbereikbaar(response);
        }
        AuthenticationStatus status = openIdConnect.validateRequest(request, response, context);
        if (alAangemeld && status == AuthenticationStatus.SUCCESS) {
            geefGroepen(context, groepen(openIdContext).orElse(List.of()));
        }
        return status;
    }

    /**
     * Whether the request is for the REST API, which logs in by bearer token, never by a redirect or a
     * session. Decided on the path the container mapped (decoded and normalised), not on the raw URI:
     * with the raw one, {@code /api/../casus/caseload.xhtml} would open a page by bearer token.
     */
    public static boolean isApi(HttpServletRequest request) {
        String pad = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return pad.equals("/api") || pad.startsWith("/api/");
    }

    /**
     * The API: a valid Keycloak access token in {@code Authorization: Bearer} logs the caller in for
     * this request only, with the token's roles; without one, or with one that is not valid, a 401
     * with problem details in Dutch (never a login page).
     */
    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String kop = request.getHeader("Authorization");
        if (kop == null || !kop.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return weiger(response, "Deze vraag vraagt om een toegangstoken van de inlogdienst (Authorization: Bearer ...).", null);
        }
        try {
            Toegangstokens.Beller beller = toegangstokens.controleer(kop.substring(7).strip());
            return context.notifyContainerAboutLogin(beller.naam(), beller.groepen());
        } catch (Toegangstokens.Ongeldig e) {
            LOG.info(() -> "API token refused: " + e.getMessage());
            return weiger(response, "Het toegangstoken is niet geldig (verlopen, niet van de inlogdienst van de gemeente,"
                    + " of niet voor deze koppeling). Vraag een nieuw token aan.", "invalid_token");
        }
    }

    private static AuthenticationStatus weiger(HttpServletResponse response, String detail, String fout) throws AuthenticationException {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer realm=\"sociaal-dossier\"" + (fout == null ? "" : ", error=\"" + fout + "\""));
            response.setContentType(Probleem.MEDIATYPE + ";charset=UTF-8");
            response.getWriter().write(new Probleem(401, "Niet ingelogd", detail).json());
            response.flushBuffer();
        } catch (IOException e) {
            throw new AuthenticationException("Could not answer 401", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Keycloak is down: a Dutch page (503) instead of a redirect to a login page that will not load. */
    private static AuthenticationStatus inloggenOnbereikbaar(HttpServletResponse response) throws AuthenticationException {
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "15");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(INLOGGEN_ONBEREIKBAAR);
            response.flushBuffer();
        } catch (IOException e) {
            throw new AuthenticationException("Could not answer that the login service is unreachable", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /**
     * The caller's groups as the mechanism read them: the "groups" claim of the current access token
     * (refreshed by the mechanism when it expires); nothing when there is no JWT access token (an
     * opaque token of another provider tells nothing about roles).
     */
    static Optional<List<String>> groepen(OpenIdContext openIdContext) {
        try {
            var token = openIdContext.getAccessToken();
            if (token == null || !token.isJWT()) {
                return Optional.empty();
            }
            return Optional.of(token.getJwtClaims().getArrayStringClaim("groups"));
        } catch (RuntimeException geenOpenIdSessie) {
            return Optional.empty();
        }
    }

    private static void geefGroepen(HttpMessageContext context, List<String> groepen) throws AuthenticationException {
        if (groepen.isEmpty()) {
            return;
        }
        try {
            context.getHandler().handle(new Callback[] {
                new GroupPrincipalCallback(context.getClientSubject(), groepen.toArray(String[]::new))});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException("De groepen van de ingelogde gebruiker konden niet worden doorgegeven", e);
        }
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        // the API has nothing of the OpenID Connect session: none of its response handling applies
        return isApi(request) ? AuthenticationStatus.SUCCESS : openIdConnect.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!isApi(request)) {
            openIdConnect.cleanSubject(request, response, context);
        }
    }
}
