package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import nl.sociaaldossier.migratie.Importeur;
import nl.sociaaldossier.shared.infrastructure.Probleem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The migration import (format {@value Importeur#FORMAAT}, documented in docs/importformaat.md):
 * for the system client (role koppeling) only. All or nothing: a file with one bad record changes
 * nothing and gets 422 with every rejected record, its path in the file and the reason.
 */
@Path("import")
@RequestScoped
public class ImportApi {

    @Inject
    private Importeur importeur;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een importbestand overnemen (migratie uit het vorige systeem): alles of niets, "
            + "hetzelfde bestand nogmaals verandert niets, een gecorrigeerd bestand werkt bij")
    @APIResponse(responseCode = "200", description = "overgenomen: hoeveel huishoudens nieuw, bijgewerkt en ongewijzigd")
    @APIResponse(responseCode = "422", description = "afgewezen, niets veranderd: elke fout met haar pad in het bestand (JSON Pointer)")
    public Response importeer(InputStream bestand) {
        Importeur.Importverslag verslag = importeur.importeer(bestand);
        if (!verslag.geweigerd()) {
            return Response.ok(verslag).build();
        }
        JsonArrayBuilder fouten = Json.createArrayBuilder();
        verslag.fouten().forEach(f -> fouten.add(Json.createObjectBuilder().add("pad", f.pad()).add("reden", f.reden())));
        String detail = "Het bestand is niet overgenomen: " + verslag.aantalFouten() + (verslag.aantalFouten() == 1 ? " fout" : " fouten")
                + (verslag.aantalFouten() > verslag.fouten().size() ? " (de eerste " + verslag.fouten().size() + " staan hieronder)" : "")
                + ". Er is niets veranderd; verbeter het bestand en importeer het opnieuw.";
        return Response.status(422).type(Probleem.MEDIATYPE)
                .entity(new Probleem(422, "Bestand afgewezen", detail).json("fouten", fouten.build())).build();
    }
}
