package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.sociaaldossier.casus.application.HuishoudenRegel;
import nl.sociaaldossier.casus.application.MeldingService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Households for the intake, as the intake search finds them (exact: BSN, surname with date of birth,
 * or postcode with house number), for the intaker only; every household found is logged.
 */
@Path("huishoudens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HuishoudensApi {

    @Inject
    private MeldingService meldingen;

    @GET
    @Operation(summary = "Huishoudens zoeken zoals bij de intake: op BSN, op achternaam met geboortedatum, of op postcode met huisnummer")
    public List<HuishoudenRegel> zoek(@QueryParam("bsn") String bsn, @QueryParam("achternaam") String achternaam,
                                      @QueryParam("geboortedatum") String geboortedatum, @QueryParam("postcode") String postcode,
                                      @QueryParam("huisnummer") String huisnummer) {
        boolean opBsn = bsn != null && !bsn.isBlank();
        boolean opNaam = achternaam != null && !achternaam.isBlank() && geboortedatum != null;
        boolean opAdres = postcode != null && !postcode.isBlank() && huisnummer != null && !huisnummer.isBlank();
        if (!opBsn && !opNaam && !opAdres) {
            throw new Problemen.Ongeldig("Zoek op bsn, op achternaam met geboortedatum, of op postcode met huisnummer.");
        }
        return meldingen.zoekHuishoudens(bsn, achternaam, datum(geboortedatum), postcode, huisnummer);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén huishouden voor een nieuwe melding: van een melding of casus van het eigen team, of kort geleden zelf gevonden")
    public HuishoudenRegel huishouden(@PathParam("id") long id) {
        return meldingen.huishouden(id);
    }

    static LocalDate datum(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            throw new Problemen.Ongeldig("Een datum schrijft u als jjjj-mm-dd, bijvoorbeeld 2025-03-01.");
        }
    }
}
