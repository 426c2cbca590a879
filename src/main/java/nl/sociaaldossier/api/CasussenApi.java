package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.casus.application.CaseloadRegel;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.domain.Verslag;
import nl.sociaaldossier.referral.application.VerwijzingRegel;
import nl.sociaaldossier.referral.application.VerwijzingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Casussen as the dossier page has them: the caseload (paged), one dossier with its analysis,
 * regisseur, plan, AVE history and verslagen, its referrals, and the changes of the page. Every call
 * goes through the same services, so the same access rules (who, which relation to the dossier) and
 * the same Logboek entries as the screens. A dossier's version is its ETag; a change needs it in If-Match.
 */
@Path("casussen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CasussenApi {

    static final String IF_MATCH = "de ETag van de casus zoals u die ophaalde, bijvoorbeeld \"3\"";

    public record Analysevak(Integer score, String verklaring) {
    }

    public record Regisseur(String gebruikersnaam) {
    }

    public record AveWijziging(Integer niveau, String reden) {
    }

    public record NieuwDoel(String leefgebied, String omschrijving) {
    }

    public record NieuwVerslag(Verslag.Soort soort, LocalDate datum, String tekst) {
    }

    @Inject
    private CasusService casussen;
    @Inject
    private VerwijzingService verwijzingen;
    @Inject
    private Codes codes;
    @Inject
    private java.time.Clock klok;

    @GET
    @Operation(summary = "Mijn caseload: te laat eerst, dan het hoogste AVE-niveau, dan de eerstvolgende termijn; per pagina")
    public Pagina<CaseloadRegel> caseload(@QueryParam("pagina") Integer pagina, @QueryParam("perPagina") Integer perPagina) {
        int[] p = Pagina.grenzen(pagina, perPagina);
        return new Pagina<>(p[0], p[1], casussen.aantalInCaseload(), casussen.caseload(LocalDate.now(klok), (p[0] - 1) * p[1], p[1]));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Het dossier van een casus, met wat u erin mag (rechten); de ETag is de versie")
    public Response dossier(@PathParam("id") long id) {
        return antwoord(casussen.dossier(id));
    }

    @GET
    @Path("{id}/verwijzingen")
    @Operation(summary = "De verwijzingen van een casus met hun termijnen en stappen")
    public List<VerwijzingRegel> verwijzingen(@PathParam("id") long id) {
        return verwijzingen.vanCasus(id);
    }

    @PUT
    @Path("{id}/analyse/{leefgebied}")
    @Operation(summary = "De verklarende analyse van één leefgebied vastleggen (score 1-5 en verklaring)")
    public Response analyse(@PathParam("id") long id, @PathParam("leefgebied") String leefgebied,
                            @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch, Analysevak vak) {
        Analysevak v = verplicht(vak);
        return wijzig(id, ifMatch, versie -> casussen.legAnalyseVast(id, versie, leefgebied, v.score() == null ? 0 : v.score(), v.verklaring()));
    }

    @PUT
    @Path("{id}/regisseur")
    @Operation(summary = "De regisseur toewijzen (een medewerker van het team van de casus)")
    public Response regisseur(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                              Regisseur regisseur) {
        String gebruikersnaam = verplicht(regisseur).gebruikersnaam();
        return wijzig(id, ifMatch, versie -> casussen.wijsRegisseurToe(id, versie, gebruikersnaam));
    }

    @POST
    @Path("{id}/uitvoering")
    @Operation(summary = "De analyse afronden en de uitvoering starten")
    public Response uitvoering(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
        return wijzig(id, ifMatch, versie -> casussen.startUitvoering(id, versie));
    }

    @POST
    @Path("{id}/ave")
    @Operation(summary = "Het AVE-niveau wijzigen (0-4), met reden; de regie gaat mee met het niveau")
    public Response ave(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                        AveWijziging wijziging) {
        AveWijziging w = verplicht(wijziging);
        if (w.niveau() == null) {
            throw new Problemen.Ongeldig("Geef het nieuwe AVE-niveau (0 tot en met 4).");
        }
        return wijzig(id, ifMatch, versie -> casussen.wijzigAveNiveau(id, versie, w.niveau(), w.reden()));
    }

    @POST
    @Path("{id}/plan/doelen")
    @Operation(summary = "Een doel aan het plan toevoegen (leefgebied en omschrijving)")
    public Response doel(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                         NieuwDoel doel) {
        NieuwDoel d = verplicht(doel);
        return wijzig(id, ifMatch, versie -> casussen.stelDoelVast(id, versie, d.leefgebied(), d.omschrijving()));
    }

    @POST
    @Path("{id}/verslagen")
    @Operation(summary = "Een verslag schrijven (soort GESPREK, TELEFONISCH of OVERLEG; datum; tekst)")
    public Response verslag(@PathParam("id") long id, @Parameter(description = IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
                            NieuwVerslag verslag) {
        NieuwVerslag v = verplicht(verslag);
        return wijzig(id, ifMatch, versie -> casussen.schrijfVerslag(id, versie, v.soort(), v.datum(), v.tekst()));
    }

    @POST
    @Path("{id}/verwijzingen")
    @Operation(summary = "Verwijzen naar een voorziening (dezelfde controles als het formulier)")
    public Response verwijs(@PathParam("id") long id, VerwijzingInvoer verwijzing) {
        verplicht(verwijzing).vulCodesIn(codes);
        verwijzingen.vraagAan(id, verwijzing);
        return Response.status(201).entity(verwijzingen.vanCasus(id)).build();
    }

    /** A change of the page at the version the caller read (If-Match); answers with the dossier as it now is and its new ETag. */
    private Response wijzig(long id, String ifMatch, java.util.function.LongConsumer wijziging) {
        wijziging.accept(Versies.uitIfMatch(ifMatch));
        return antwoord(casussen.dossier(id));
    }

    private static Response antwoord(CasusDossier dossier) {
        return Response.ok(dossier).tag(Versies.etag(dossier.versie())).build();
    }

    static <T> T verplicht(T invoer) {
        if (invoer == null) {
            throw new Problemen.Ongeldig("Stuur de gegevens als JSON.");
        }
        return invoer;
    }
}
