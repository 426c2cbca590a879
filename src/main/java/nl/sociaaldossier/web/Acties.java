package nl.sociaaldossier.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * Runs what a user asked for and turns a broken rule into a Dutch message on the page. The form
 * keeps what the user typed: nothing is lost, nothing half-stored (the service rolled back).
 */
public final class Acties {

    private Acties() {
    }

    /** Runs the action; true when it succeeded, false when a message explains why not. */
    public static boolean voerUit(Runnable actie) {
        return resultaat(() -> {
            actie.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Runs the action and returns its result, or null when a message explains why it could not. */
    public static <T> T resultaat(Supplier<T> actie) {
        try {
            return actie.get();
        } catch (DomainException e) {
            Berichten.fout(e.getMessage());
        } catch (EJBAccessException e) {
            weigeringLoggen();
            Berichten.fout("U heeft geen toegang tot deze handeling.");
        } catch (EJBException e) {
            Throwable oorzaak = e.getCause();
            if (oorzaak instanceof DomainException regel) {
                Berichten.fout(regel.getMessage());
            } else if (oorzaak instanceof ConstraintViolationException ongeldig) {
                ongeldig.getConstraintViolations().forEach(v -> Berichten.fout(v.getMessage()));
            } else {
                throw e;
            }
        }
        return null;
    }

    /** A role refused by the container: the service never saw it, so it is logged here. */
    private static void weigeringLoggen() {
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        String pad = faces == null ? null : faces.getExternalContext().getRequestServletPath();
        jakarta.enterprise.inject.spi.CDI.current().select(nl.sociaaldossier.logboek.Weigeringen.class).get()
                .log(pad, "handeling niet voor deze rol");
    }
}
