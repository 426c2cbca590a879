package nl.sociaaldossier.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Logging out: a Faces action, so only a POST from one of the app's own pages, carrying that view's
 * state, can log a user out (a forged cross-site POST has no valid view state and is refused). Ends
 * the session here; the OIDC mechanism sends the browser to Keycloak's logout.
 */
@Named
@RequestScoped
public class Uitloggen {

    @Inject
    private HttpServletRequest request;

    public String uitloggen() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            request.logout();
            HttpSession sessie = request.getSession(false);
            if (sessie != null) {
                sessie.invalidate();
            }
            if (!faces.getExternalContext().isResponseCommitted()) {
                faces.getExternalContext().redirect(request.getContextPath() + "/");
            }
        } catch (ServletException e) {
            throw new IllegalStateException("Uitloggen mislukt", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }
}
