package nl.sociaaldossier.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Onderdrukking;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.web.Csv;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The prestatie-indicatoren of a year, quarter or month as the dashboard shows them, as JSON or CSV
 * (for BI): the same service, the same roles,
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

    public record Periodecijfers(String periode, int jaar, Integer kwartaal, Integer maand, Long wijk, Long team, String stand,
                                 Long leesreplicaAchterstandSeconden, List<Cijfer> indicatoren) {
    }

    @Inject
    private IndicatorCijfers cijfers;
    @Inject
    private Clock klok;

    @GET
    @Operation(summary = "De indicatoren van een jaar, kwartaal of maand, voor de gemeente of een wijk of team, zoals het dashboard ze toont")
    public Periodecijfers json(@Parameter(description = "het jaar, bijvoorbeeld 2025", required = true) @QueryParam("jaar") Integer jaar,
                               @Parameter(description = "alleen dit kwartaal (1-4)") @QueryParam("kwartaal") Integer kwartaal,
                               @Parameter(description = "alleen deze maand (1-12)") @QueryParam("maand") Integer maand,
                               @Parameter(description = "alleen deze wijk (id)") @QueryParam("wijk") Long wijk,
                               @Parameter(description = "alleen dit wijkteam (id)") @QueryParam("team") Long team) {
        return cijfers(jaar, kwartaal, maand, wijk, team);
    }

    @GET
    @Produces("text/csv;qs=0.5") // JSON unless CSV is asked for
    @Operation(summary = "(JSON, of CSV met puntkomma's in UTF-8 met de kop Accept: text/csv)") // one operation with the JSON method in the document
    public Response csv(@QueryParam("jaar") Integer jaar, @QueryParam("kwartaal") Integer kwartaal, @QueryParam("maand") Integer maand,
                        @QueryParam("wijk") Long wijk, @QueryParam("team") Long team) {
        Periodecijfers c = cijfers(jaar, kwartaal, maand, wijk, team);
        List<List<Object>> rijen = c.indicatoren().stream().<List<Object>>map(i -> java.util.Arrays.asList(c.periode(), i.id(), i.code(),
                i.omschrijving(), i.eenheid(), i.bron(), i.waarde(), i.getal(), i.onderdrukt() ? "ja" : "nee")).toList();
        byte[] csv = Csv.csv(List.of("periode", "id", "code", "omschrijving", "eenheid", "bron", "waarde", "getal", "onderdrukt"), rijen);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"indicatoren-" + c.periode().replace(' ', '-') + ".csv\"").build();
    }

    private Periodecijfers cijfers(Integer jaar, Integer kwartaal, Integer maand, Long wijk, Long team) {
        int ditJaar = LocalDate.now(klok).getYear();
        if (jaar == null || jaar < 2000 || jaar > ditJaar) {
            throw new Problemen.Ongeldig("Geef een jaar op van 2000 tot en met " + ditJaar + ", bijvoorbeeld ?jaar=" + (ditJaar - 1) + ".");
        }
        if (kwartaal != null && maand != null) {
            throw new Problemen.Ongeldig("Vraag een kwartaal of een maand, niet allebei.");
        }
        if (kwartaal != null && (kwartaal < 1 || kwartaal > 4) || maand != null && (maand < 1 || maand > 12)) {
            throw new Problemen.Ongeldig("Een kwartaal loopt van 1 tot en met 4, een maand van 1 tot en met 12.");
        }
        Periode periode = kwartaal != null ? Periode.kwartaal(jaar, kwartaal)
                : maand != null ? Periode.maand(YearMonth.of(jaar, maand)) : Periode.jaar(jaar);
        IndicatorCijfers.Overzicht overzicht = cijfers.overzicht(null, periode, new Filter(wijk, team));
        List<Cijfer> lijst = overzicht.regels().stream().map(r -> {
            Onderdrukking.Getoond getoond = r.waarde();
            return new Cijfer(r.indicator().id(), r.indicator().code(), r.indicator().tekst(), r.eenheid(),
                    r.uitRegistratie() ? "registratie" : "extern",
                    getoond == null ? null : getoond.waarde(), getoond == null ? null : getoond.getal(),
                    getoond != null && getoond.isOnderdrukt());
        }).toList();
        return new Periodecijfers(periode.label(), jaar, kwartaal, maand, wijk, team, overzicht.stand().toString(),
                overzicht.bron().replica() ? overzicht.bron().achterstand().toSeconds() : null, lijst);
    }
}
