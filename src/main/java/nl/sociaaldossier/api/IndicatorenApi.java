package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Onderdrukking;
import nl.sociaaldossier.indicators.query.Periode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The prestatie-indicatoren of a year as the dashboard shows them: the same service, the same roles,
 * the same disclosure control (published figures with their cell-key noise, "< 5" suppressed).
 */
@Path("indicatoren")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorenApi {

    /** One indicator's figure as published: {@code waarde} as shown, {@code getal} null when suppressed. */
    public record Cijfer(String id, String code, String omschrijving, String eenheid, String bron, String waarde,
                         BigDecimal getal, boolean onderdrukt) {
    }

    public record Jaarcijfers(int jaar, Long wijk, Long team, String stand, Long leesreplicaAchterstandSeconden,
                              List<Cijfer> indicatoren) {
    }

    @Inject
    private IndicatorCijfers cijfers;
    @Inject
    private Clock klok;

    @GET
    @Operation(summary = "De indicatoren van een jaar, voor de gemeente of een wijk of team, zoals het dashboard ze toont")
    public Jaarcijfers jaar(@Parameter(description = "het jaar, bijvoorbeeld 2025", required = true) @QueryParam("jaar") Integer jaar,
                            @Parameter(description = "alleen deze wijk (id)") @QueryParam("wijk") Long wijk,
                            @Parameter(description = "alleen dit wijkteam (id)") @QueryParam("team") Long team) {
        int ditJaar = LocalDate.now(klok).getYear();
        if (jaar == null || jaar < 2000 || jaar > ditJaar) {
            throw new Problemen.Ongeldig("Geef een jaar op van 2000 tot en met " + ditJaar + ", bijvoorbeeld ?jaar=" + (ditJaar - 1) + ".");
        }
        IndicatorCijfers.Overzicht overzicht = cijfers.overzicht(null, Periode.jaar(jaar), new Filter(wijk, team));
        List<Cijfer> lijst = overzicht.regels().stream().map(r -> {
            Onderdrukking.Getoond getoond = r.waarde();
            return new Cijfer(r.indicator().id(), r.indicator().code(), r.indicator().tekst(), r.eenheid(),
                    r.uitRegistratie() ? "registratie" : "extern",
                    getoond == null ? null : getoond.waarde(), getoond == null ? null : getoond.getal(),
                    getoond != null && getoond.isOnderdrukt());
        }).toList();
        return new Jaarcijfers(jaar, wijk, team, overzicht.stand().toString(),
                overzicht.bron().replica() ? overzicht.bron().achterstand().toSeconds() : null, lijst);
    }
}
