package nl.sociaaldossier.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.infrastructure.Probleem;

/**
 * Every error of the API as problem details (RFC 9457) with a Dutch {@code detail}: a refused role
 * 403, a rule of the domain 422 with its own Dutch message, the framework's own answers (404, 405,
 * 406, ...) with their status, anything else 500 without internals (the log has them).
 */
@Provider
public class Problemen implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Problemen.class.getName());

    @Override
    public Response toResponse(Throwable fout) {
        Throwable oorzaak = fout instanceof EJBException e && e.getCause() != null && !geweigerd(fout) ? e.getCause() : fout;
        if (geweigerd(oorzaak)) {
            return antwoord(new Probleem(403, "Geen toegang", "Uw rol staat deze vraag niet toe."));
        }
        if (oorzaak instanceof Ongeldig o) {
            return antwoord(new Probleem(400, "Ongeldige vraag", o.getMessage()));
        }
        if (oorzaak instanceof DomainException d) {
            return antwoord(new Probleem(422, "Niet toegestaan", d.getMessage()));
        }
        if (oorzaak instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return antwoord(new Probleem(status, titel(status), switch (status) {
                case 404 -> "Dit adres bestaat niet in de API.";
                case 405 -> "Deze methode kan hier niet.";
                case 406, 415 -> "De API spreekt JSON.";
                default -> null;
            }));
        }
        LOG.log(Level.SEVERE, "API request failed", fout);
        return antwoord(new Probleem(500, "Fout", "Er ging iets mis. Probeer het opnieuw; blijft het misgaan, meld het dan bij de beheerder."));
    }

    /** A role refused by the container (EJBAccessException, or AccessLocalException for a local view) or by JAX-RS. */
    private static boolean geweigerd(Throwable t) {
        return t instanceof EJBAccessException || t instanceof jakarta.ejb.AccessLocalException || t instanceof jakarta.ws.rs.ForbiddenException;
    }

    private static String titel(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "Fout" : s.getReasonPhrase();
    }

    private static Response antwoord(Probleem p) {
        return Response.status(p.status()).type(Probleem.MEDIATYPE).entity(p.json()).build();
    }

    /** Bad input in a request, with the Dutch message for the caller. */
    public static final class Ongeldig extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Ongeldig(String bericht) {
            super(bericht);
        }
    }
}
