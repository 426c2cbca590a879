package nl.sociaaldossier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends the browser once more to the page it asked for, right after login. The request that
 * completes the OpenID Connect login is a reconstruction of the original one, and on it the
 * caller's roles are not yet reliable (Payara issue 4734) and Soteria's restored request has no
 * parameters (a page reading one fails). The next request is a plain one.
 */
@WebFilter("/*")
public class NaInloggenFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String AANGEMELD = NaInloggenFilter.class.getName() + ".aangemeld";
    private static final Set<String> OIDC_PARAMETERS = Set.of("code", "state", "session_state", "iss", "error", "error_description");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && "GET".equals(request.getMethod())
                && request.getSession().getAttribute(AANGEMELD) == null) {
            request.getSession().setAttribute(AANGEMELD, Boolean.TRUE);
            String query = origineleQuery(request);
            response.sendRedirect(request.getRequestURI() + (query.isEmpty() ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
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
                .map(NaInloggenFilter::zonderOidcParameters)
                .orElse("");
    }

    private static String zonderOidcParameters(String query) {
        return Arrays.stream(query.split("&"))
                .filter(p -> !OIDC_PARAMETERS.contains(p.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
    }

}
