package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.referral.application.VerwijzingRegel;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.referral.domain.Verwijzing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A step on a referral (toekennen, starten, beëindigen, ...), with the referral's version (versie in its listing) in If-Match. */
@Path("verwijzingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VerwijzingenApi {

    public record NieuweStap(Verwijzing.Stap stap, LocalDate datum, String reden, Integer dagen) {
    }

    @Inject
    private VerwijzingService verwijzingen;

    @POST
    @Path("{id}/stappen")
    @Operation(summary = "Een stap zetten op een verwijzing; antwoordt met de verwijzingen van de casus")
    public List<VerwijzingRegel> stap(@PathParam("id") long id,
                                      @Parameter(description = "de versie van de verwijzing (veld versie), bijvoorbeeld \"2\"", required = true)
                                      @HeaderParam("If-Match") String ifMatch, NieuweStap stap) {
        NieuweStap s = CasussenApi.verplicht(stap);
        if (s.stap() == null) {
            throw new Problemen.Ongeldig("Geef de stap, bijvoorbeeld TOEKENNEN of STARTEN.");
        }
        Long casus = verwijzingen.zetStap(id, Versies.uitIfMatch(ifMatch), s.stap(), s.datum(), s.reden(), s.dagen());
        return verwijzingen.vanCasus(casus);
    }
}
