package nl.sociaaldossier.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;
import nl.sociaaldossier.shared.domain.Geweigerd;
import nl.sociaaldossier.shared.infrastructure.Probleem;

/**
 * Every error of the API as problem details (RFC 9457) with a Dutch {@code detail}: a refused role or
 * dossier 403, bad input 400 (per field, with the same Dutch messages as the forms), a change on a
 * version someone else changed since 412, a rule of the domain 422 with its own Dutch message, the framework's own answers (404, 405,
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
        if (oorzaak instanceof Geweigerd g) {
            return antwoord(new Probleem(403, "Geen toegang", g.getMessage()));
        }
        if (oorzaak instanceof GelijktijdigGewijzigd) {
            return antwoord(new Probleem(412, "Intussen gewijzigd",
                    "Iemand anders heeft dit intussen gewijzigd: uw wijziging is niet opgeslagen. Haal het opnieuw op (nieuwe ETag) en probeer het dan opnieuw."));
        }
        if (oorzaak instanceof ConstraintViolationException c) {
            JsonArrayBuilder velden = Json.createArrayBuilder();
            c.getConstraintViolations().stream()
                    .sorted(java.util.Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
                    .forEach(v -> velden.add(Json.createObjectBuilder().add("veld", veld(v)).add("melding", v.getMessage())));
            return Response.status(400).type(Probleem.MEDIATYPE)
                    .entity(new Probleem(400, "Ongeldige invoer", "Niet alles is goed ingevuld; per veld staat wat er mis is.")
                            .json("velden", velden.build())).build();
        }
        if (inKetting(oorzaak, jakarta.json.bind.JsonbException.class) || inKetting(oorzaak, jakarta.json.stream.JsonParsingException.class)) {
            return antwoord(new Probleem(400, "Ongeldige invoer",
                    "De JSON is niet geldig, of een veld heeft een waarde van de verkeerde soort (een datum als jjjj-mm-dd, een keuze uit de lijst)."));
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

    private static boolean inKetting(Throwable t, Class<? extends Throwable> soort) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (soort.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** The field as the caller sent it: the path without the method and argument ("registreer.arg0.leden[0].bsn" → "leden[0].bsn"). */
    private static String veld(ConstraintViolation<?> v) {
        String pad = v.getPropertyPath().toString();
        String[] delen = pad.split("\\.", 3);
        return delen.length == 3 && delen[1].startsWith("arg") ? delen[2] : delen.length == 2 && delen[1].startsWith("arg") ? "" : pad;
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
