package nl.sociaaldossier.operations;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import nl.sociaaldossier.logboek.Verwerkingscontext;

/**
 * Fixes a page view's trace id before its page is rendered, while the view is there to keep it, so
 * the request log shows the same trace id as the Logboek entries of that view, also on a request
 * that wrote none.
 */
public class TraceVastleggen implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        CDI.current().select(Verwerkingscontext.class).get().traceId();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
