package nl.sociaaldossier.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.sociaaldossier.shared.infrastructure.Probleem;

/**
 * The optimistic locking of the screens, exposed: a read gives the version as a strong ETag; a change
 * must send it back in If-Match. Without it 428; with an old one the service refuses (412), so a
 * change never overwrites someone else's.
 */
final class Versies {

    private Versies() {
    }

    static EntityTag etag(long versie) {
        return new EntityTag(String.valueOf(versie));
    }

    /** The version the caller read, from If-Match. */
    static long uitIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException(Response.status(428).type(Probleem.MEDIATYPE).entity(new Probleem(428, "Versie ontbreekt",
                    "Stuur de ETag die u bij het ophalen kreeg mee in de kop If-Match, zodat u niemands wijziging overschrijft.").json()).build());
        }
        String tekst = ifMatch.strip();
        if (tekst.length() < 3 || !tekst.startsWith("\"") || !tekst.endsWith("\"")) {
            throw new Problemen.Ongeldig("If-Match is de ETag zoals u die kreeg, met aanhalingstekens, bijvoorbeeld \"3\".");
        }
        try {
            return Long.parseLong(tekst.substring(1, tekst.length() - 1));
        } catch (NumberFormatException e) {
            throw new Problemen.Ongeldig("If-Match is de ETag zoals u die kreeg, met aanhalingstekens, bijvoorbeeld \"3\".");
        }
    }
}
