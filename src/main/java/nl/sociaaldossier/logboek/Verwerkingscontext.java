package nl.sociaaldossier.logboek;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The trace of the log entries of one request: in a page, one trace per page view (kept in the
 * view, so clicks on the same page share it and a read is logged once per view); elsewhere one per
 * request, or per {@link #begin} (a batch step, a test's "new page").
 */
@RequestScoped
public class Verwerkingscontext {

    private static final String SLEUTEL = Verwerkingscontext.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private String traceId;

    public String traceId() {
        if (traceId == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                traceId = (String) faces.getViewRoot().getViewMap().computeIfAbsent(SLEUTEL, k -> id(16));
            } else {
                traceId = id(16);
            }
        }
        return traceId;
    }

    /** Starts a new trace in this request. */
    public void begin() {
        traceId = id(16);
    }

    static String id(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
