package nl.sociaaldossier.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.sociaaldossier.shared.infrastructure.Storing;

/**
 * When the database is briefly gone while a user saves or asks something (restarted, failed over),
 * the user gets a Dutch message to try again on the same page, with the input kept, instead of an
 * error page; the transaction was rolled back, so nothing is half-stored. While a page is being
 * rendered the error page says the same (see fout/fout.xhtml). Everything else goes on to the
 * standard handling.
 */
public class StoringAfhandeling extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(StoringAfhandeling.class.getName());

    public StoringAfhandeling(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> wachtend = getUnhandledExceptionQueuedEvents().iterator();
        while (wachtend.hasNext()) {
            Throwable fout = wachtend.next().getContext().getException();
            if (context != null && context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE && Storing.isDatabaseOnbereikbaar(fout)) {
                LOG.log(Level.WARNING, "Database unreachable during " + context.getCurrentPhaseId() + "; the user is asked to retry", fout);
                context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Storing.DATABASE_ONBEREIKBAAR, null));
                context.validationFailed();
                wachtend.remove();
                context.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Fabriek extends ExceptionHandlerFactory {

        public Fabriek(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new StoringAfhandeling(getWrapped().getExceptionHandler());
        }
    }
}
