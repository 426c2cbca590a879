package nl.sociaaldossier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The session around the login:
 * <ul>
 *   <li>right after login a new session id (no session fixation), and the browser is sent once more
 *       to the page it asked for: the request that completes the OpenID Connect login is a
 *       reconstruction of the original one, on which the caller's roles are not yet reliable (Payara
 *       issue 4734) and Soteria's restored request has no parameters;</li>
 *   <li>an absolute lifetime ({@code sessie.maximaal}, default 10 hours, as Keycloak's SSO session):
 *       after it the user logs in again, however active;</li>
 *   <li>roles follow Keycloak: the access token is refreshed by the OIDC mechanism when it expires
 *       (at most 5 minutes in the realm; a disabled user gets no new one and is logged out), and when
 *       a role the session still carries is missing from the current token, the session ends.</li>
 * </ul>
 */
@WebFilter("/*")
public class SessieFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String AANGEMELD = SessieFilter.class.getName() + ".aangemeld";
    private static final String AANGEMELD_OP = SessieFilter.class.getName() + ".aangemeldOp";

    @Inject
    private OpenIdContext openIdContext;
    @Inject
    private transient org.eclipse.microprofile.metrics.MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "sessie.maximaal", defaultValue = "PT10H")
    Duration maximaal;
    private static final Set<String> OIDC_PARAMETERS = Set.of("code", "state", "session_state", "iss", "error", "error_description");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Aanmelding.isApi(request)) {
            chain.doFilter(request, response); // no session: a bearer token per request
            return;
        }
        if (request.getUserPrincipal() != null && "GET".equals(request.getMethod())
                && request.getSession().getAttribute(AANGEMELD) == null) {
            String query = origineleQuery(request);
            request.changeSessionId();
            request.getSession().setAttribute(AANGEMELD, Boolean.TRUE);
            request.getSession().setAttribute(AANGEMELD_OP, Instant.now());
            metrics.counter("sd.aanmeldingen").inc();
            response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        if (request.getUserPrincipal() != null && (verlopen(request) || rolIngetrokken(request))) {
            HttpSession sessie = request.getSession(false);
            request.logout();
            try {
                if (sessie != null) {
                    sessie.invalidate();
                }
            } catch (IllegalStateException alBeeindigd) {
                // logout() may have ended the session already: the user is sent to log in again, not to an error page
            }
            if (!response.isCommitted()) {
                response.sendRedirect("GET".equals(request.getMethod()) ? request.getRequestURI() : request.getContextPath() + "/");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean verlopen(HttpServletRequest request) {
        HttpSession sessie = request.getSession(false);
        Object op = sessie == null ? null : sessie.getAttribute(AANGEMELD_OP);
        return op instanceof Instant aangemeld && isVerlopen(aangemeld, maximaal, Instant.now());
    }

    /** Whether a session that logged in then has outlived its absolute lifetime now, however active it was. */
    static boolean isVerlopen(Instant aangemeld, Duration maximaal, Instant nu) {
        return aangemeld.plus(maximaal).isBefore(nu);
    }

    /** A role the session carries that the current access token (refreshed by the mechanism) no longer has. */
    private boolean rolIngetrokken(HttpServletRequest request) {
        List<String> inToken = Aanmelding.groepen(openIdContext).orElse(null);
        if (inToken == null) {
            return false; // no JWT access token: the refresh still checks the user
        }
        return Arrays.stream(Rol.ALLE).anyMatch(rol -> request.isUserInRole(rol) && !inToken.contains(rol));
    }

    /**
     * The query of the page first asked for. Soteria sends the browser back to that page's path with
     * the callback's query (code, state) instead of the original one, but keeps the original
     * address, query included, in the session: it is the session value that starts with this
     * page's URL and a "?".
     */
    private static String origineleQuery(HttpServletRequest request) {
        HttpSession sessie = request.getSession();
        String pagina = request.getRequestURL() + "?";
        return Collections.list(sessie.getAttributeNames()).stream()
                .map(sessie::getAttribute)
                .filter(waarde -> waarde instanceof String tekst && tekst.startsWith(pagina))
                .map(waarde -> ((String) waarde).substring(pagina.length()))
                .findFirst()
                .map(SessieFilter::zonderOidcParameters)
                .orElse("");
    }

    private static String zonderOidcParameters(String query) {
        return Arrays.stream(query.split("&"))
                .filter(p -> !OIDC_PARAMETERS.contains(p.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
    }

}
