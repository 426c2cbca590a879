package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.catalogus.application.Catalogusoverzicht;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The catalogues with their stable codes: what an import file and the API name entries by. */
@Path("catalogi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogiApi {

    @Inject
    private Catalogusoverzicht catalogi;

    @GET
    @Operation(summary = "De catalogi met hun vaste codes (wijken, teams, verwijzers, voorzieningen, aanbieders, leefgebieden): "
            + "een importbestand noemt ze bij hun code")
    public Map<String, List<Catalogusoverzicht.Regel>> alle() {
        return catalogi.alle();
    }
}
