package nl.sociaaldossier.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sends the browser to another page of the app (also from an Ajax request). */
public final class Navigatie {

    private Navigatie() {
    }

    public static void naar(String pagina) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.getFlash().setKeepMessages(true);
        try {
            context.redirect(context.getRequestContextPath() + pagina);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
