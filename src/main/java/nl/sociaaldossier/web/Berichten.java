package nl.sociaaldossier.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page-wide messages for the user, kept across one redirect. */
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
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
