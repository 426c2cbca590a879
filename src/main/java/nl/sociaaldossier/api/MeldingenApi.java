package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.application.MeldingRegel;
import nl.sociaaldossier.casus.application.MeldingService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Meldingen, for the intaker: the ones he registered (paged), one of his team, a new one (same checks as the form), and taking one into a casus. */
@Path("meldingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeldingenApi {

    @Inject
    private MeldingService meldingen;
    @Inject
    private Codes codes;
    @Inject
    private CasusService casussen;

    @GET
    @Operation(summary = "Mijn meldingen, nieuwste eerst, per pagina")
    public Pagina<MeldingRegel> mijn(@QueryParam("pagina") Integer pagina, @QueryParam("perPagina") Integer perPagina) {
        int[] p = Pagina.grenzen(pagina, perPagina);
        return new Pagina<>(p[0], p[1], meldingen.aantalMijnMeldingen(), meldingen.mijnMeldingen((p[0] - 1) * p[1], p[1]));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén melding: van de intaker zelf of van zijn wijkteam")
    public MeldingRegel melding(@PathParam("id") long id) {
        return meldingen.melding(id);
    }

    @POST
    @Path("{id}/casus")
    @Operation(summary = "De melding afhandelen met een casus: een nieuwe casus voor het huishouden, of de melding erbij in zijn open casus "
            + "(van het eigen team); antwoordt met het dossier en zijn ETag")
    public Response casus(@PathParam("id") long id, @Context UriInfo uri) {
        Long casus = casussen.openCasus(id);
        CasusDossier dossier = casussen.dossier(casus);
        return Response.created(uri.getBaseUriBuilder().path("casussen").path(String.valueOf(casus)).build()).entity(dossier)
                .tag(Versies.etag(dossier.versie())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuwe melding met een nieuw huishouden registreren (dezelfde controles als het formulier)")
    public Response registreer(MeldingInvoer melding, @Context UriInfo uri) {
        if (melding == null) {
            throw new Problemen.Ongeldig("Stuur de melding als JSON.");
        }
        melding.vulCodesIn(codes);
        Long id = meldingen.registreer(melding);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(meldingen.melding(id)).build();
    }
}
