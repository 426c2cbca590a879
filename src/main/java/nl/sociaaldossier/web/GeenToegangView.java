package nl.sociaaldossier.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import nl.sociaaldossier.logboek.Weigeringen;

/** The "no access" page (HTTP 403): logs the refused page in the Logboek, with the user, as every refusal. */
@Named
@RequestScoped
public class GeenToegangView {

    @Inject
    private HttpServletRequest request;
    @Inject
    private Weigeringen weigeringen;

    public void log() {
        if (request.getUserPrincipal() != null) {
            Object pad = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            weigeringen.log(pad == null ? request.getRequestURI() : pad.toString(), "pagina niet voor deze rol");
        }
    }
}
