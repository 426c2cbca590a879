package nl.sociaaldossier.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Content-Security-Policy of the pages (read by PrimeFaces' CSP mode, which appends the
 * response's nonce to the script-src at the end) and the session cookie's Secure flag
 * ({@code sessie.cookieSecure}, default true; false only for local http).
 */
@Named("beleid")
@ApplicationScoped
public class Beleid {

    @Inject
    OidcConfig oidc;

    public String getCsp() {
        URI keycloak = URI.create(oidc.getProviderUri());
        String herkomst = keycloak.getScheme() + "://" + keycloak.getAuthority();
        return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self';"
                + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + herkomst + ";"
                + " script-src 'self'";
    }

    /** Sets the session cookie's Secure flag at start-up (SameSite and HttpOnly are in web.xml). */
    @WebListener
    public static class Cookie implements ServletContextListener {

        @Inject
        @ConfigProperty(name = "sessie.cookieSecure", defaultValue = "true")
        boolean secure;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            event.getServletContext().getSessionCookieConfig().setSecure(secure);
        }
    }
}
