package nl.sociaaldossier.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Messages for the user on the page being answered. They survive a redirect only when the redirect
 * asks for it ({@link Navigatie}), so a message is never shown a second time on the next request.
 */
public final class Berichten {

    private Berichten() {
    }

    public static void info(String tekst) {
        toon(FacesMessage.SEVERITY_INFO, tekst);
    }

    public static void fout(String tekst) {
        toon(FacesMessage.SEVERITY_ERROR, tekst);
    }

    private static void toon(FacesMessage.Severity ernst, String tekst) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(ernst, tekst, null));
    }

    /** Keeps this request's messages for the page a redirect outcome ("?faces-redirect=true") leads to. */
    public static String naRedirect(String uitkomst) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return uitkomst;
    }
}
