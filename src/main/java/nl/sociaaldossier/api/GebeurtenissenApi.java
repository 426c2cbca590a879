package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.sociaaldossier.indicators.application.Gebeurtenissen;
import nl.sociaaldossier.web.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The pseudonymised events of a year for the municipality's own analysis (system client only), as JSON or CSV. */
@Path("gebeurtenissen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GebeurtenissenApi {

    @Inject
    private Gebeurtenissen gebeurtenissen;
    @Inject
    private Clock klok;

    @GET
    @Operation(summary = "De gebeurtenissen van een jaar, gepseudonimiseerd (geen BSN, naam, adres of geboortedatum): verwijzingen met hun stappen, "
            + "meldingen, casussen geopend en afgesloten; cliënt en huishouden met een eigen pseudoniem, de leeftijd als klasse")
    public List<Gebeurtenissen.Gebeurtenis> json(@QueryParam("jaar") Integer jaar) {
        return gebeurtenissen.vanJaar(jaar(jaar));
    }

    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "(JSON, of CSV met puntkomma's in UTF-8 met de kop Accept: text/csv)") // one operation with the JSON method in the document
    public Response csv(@QueryParam("jaar") Integer jaar) {
        int j = jaar(jaar);
        List<List<Object>> rijen = gebeurtenissen.vanJaar(j).stream().<List<Object>>map(g -> Arrays.asList(g.datum(), g.soort(), g.gebeurtenis(),
                g.client(), g.huishouden(), g.leeftijdsklasse(), g.wijk(), g.team(), g.voorziening(), g.wetOfDomein(), g.aanbieder(),
                g.verwijzer())).toList();
        return Response.ok(Csv.csv(List.of("datum", "soort", "gebeurtenis", "client", "huishouden", "leeftijdsklasse", "wijk", "team",
                        "voorziening", "wet_of_domein", "aanbieder", "verwijzer"), rijen), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"gebeurtenissen-" + j + ".csv\"").build();
    }

    private int jaar(Integer jaar) {
        int ditJaar = LocalDate.now(klok).getYear();
        if (jaar == null || jaar < 2000 || jaar > ditJaar) {
            throw new Problemen.Ongeldig("Geef een jaar op van 2000 tot en met " + ditJaar + ", bijvoorbeeld ?jaar=" + (ditJaar - 1) + ".");
        }
        return jaar;
    }
}
