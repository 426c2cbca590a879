package nl.sociaaldossier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

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

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && "GET".equals(request.getMethod())
                && request.getSession().getAttribute(AANGEMELD) == null) {
            request.getSession().setAttribute(AANGEMELD, Boolean.TRUE);
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        chain.doFilter(request, response);
    }
}
