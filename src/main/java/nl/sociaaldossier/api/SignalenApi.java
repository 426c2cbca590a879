package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import nl.sociaaldossier.casus.application.Signaal;
import nl.sociaaldossier.casus.application.Werkvoorraad;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The signals of the werkvoorraad (terms, evaluations, actions, meldingen, casussen without regisseur, escalations), per page and kind. */
@Path("signalen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignalenApi {

    @Inject
    private Werkvoorraad werkvoorraad;

    @GET
    @Operation(summary = "Mijn signalen, te laat eerst; filter op soort (TERMIJN, EVALUATIE, ACTIE, MELDING, ZONDER_REGISSEUR, ESCALATIE)")
    public Pagina<Signaal> signalen(@QueryParam("soort") String soort, @QueryParam("pagina") Integer pagina,
                                    @QueryParam("perPagina") Integer perPagina) {
        int[] p = Pagina.grenzen(pagina, perPagina);
        Signaal.Soort s = soort(soort);
        return new Pagina<>(p[0], p[1], werkvoorraad.aantal(s, werkvoorraad.vandaag()),
                werkvoorraad.signalen(s, werkvoorraad.vandaag(), (p[0] - 1) * p[1], p[1]));
    }

    @GET
    @Path("tellingen")
    @Operation(summary = "Hoeveel signalen van elke soort (alleen aantallen)")
    public Map<Signaal.Soort, Integer> tellingen() {
        return werkvoorraad.tellingen(werkvoorraad.vandaag());
    }

    private static Signaal.Soort soort(String soort) {
        if (soort == null || soort.isBlank()) {
            return null;
        }
        try {
            return Signaal.Soort.valueOf(soort);
        } catch (IllegalArgumentException e) {
            throw new Problemen.Ongeldig("Onbekende soort '" + soort + "': kies TERMIJN, EVALUATIE, ACTIE, MELDING, ZONDER_REGISSEUR of ESCALATIE.");
        }
    }
}
