package nl.sociaaldossier.indicators.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Onderdrukking;

/**
 * Chart.js configurations for p:chart, from figures that are already suppressed: a suppressed
 * figure has no number, so a chart cannot show it (its bar or point is missing, its label says "&lt; 5").
 */
final class Grafieken {

    private static final String REGISTRATIE = "#1f6f8b";
    private static final String EXTERN = "#b5651d";
    private static final String NULMETING = "#6c757d";
    private static final String STREEF = "#2e7d32";

    private Grafieken() {
    }

    /**
     * The trend of the chosen and earlier periods. The 0-meting and this year's target are yearly
     * figures: drawn as flat lines only when the periods are years, never against quarters or months.
     */
    static String trend(IndicatorCijfers.Regel regel, boolean jaren) {
        List<IndicatorCijfers.TrendPunt> trend = regel.trend();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        trend.forEach(p -> labels.add(p.periode()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        if (regel.uitRegistratie()) {
            datasets.add(lijn("Registratie", REGISTRATIE, trend.stream().map(p -> getal(p.registratie())).toList(), false));
        }
        if (trend.stream().anyMatch(p -> p.extern() != null)) {
            datasets.add(lijn("Extern", EXTERN, trend.stream().map(p -> getal(p.extern())).toList(), false));
        }
        if (jaren && regel.nulmeting() != null) {
            datasets.add(lijn("0-meting", NULMETING, trend.stream().map(p -> regel.nulmeting().getal()).toList(), true));
        }
        if (jaren && regel.streefwaarde() != null) {
            datasets.add(lijn("Streefwaarde", STREEF, trend.stream().map(p -> regel.streefwaarde().getal()).toList(), true));
        }
        return grafiek("line", labels, datasets, false);
    }

    /** The trend in words, for who cannot see the chart (screen readers): every period with its figures. */
    static String trendTekst(IndicatorCijfers.Regel regel, boolean jaren) {
        StringBuilder tekst = new StringBuilder("Verloop van " + regel.indicator().id() + ": ");
        tekst.append(regel.trend().stream().map(p -> p.periode() + " " + (p.registratie() == null ? "geen cijfer" : p.registratie().waarde())
                + (p.extern() == null ? "" : " (extern " + p.extern().waarde() + ")")).collect(java.util.stream.Collectors.joining("; ")));
        if (jaren && regel.nulmeting() != null) {
            tekst.append(". 0-meting ").append(regel.nulmeting().waarde());
        }
        if (jaren && regel.streefwaarde() != null) {
            tekst.append(". Streefwaarde ").append(regel.streefwaarde().waarde());
        }
        return tekst.append('.').toString();
    }

    /** The breakdown in words: every cell with its figure. */
    static String stavenTekst(IndicatorCijfers.Regel regel) {
        return "Uitsplitsing van " + regel.indicator().id() + ": " + regel.registratie().cellen().stream()
                .map(c -> (c.subsleutel() == null ? c.sleutel() : c.sleutel() + " · " + c.subsleutel()) + " " + c.waarde())
                .collect(java.util.stream.Collectors.joining("; ")) + ".";
    }

    /** The breakdown as horizontal bars (at most 20 cells). */
    static String staven(IndicatorCijfers.Regel regel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder waarden = Json.createArrayBuilder();
        regel.registratie().cellen().stream().limit(20).forEach(c -> {
            String label = c.subsleutel() == null ? c.sleutel() : c.sleutel() + " · " + c.subsleutel();
            labels.add(String.valueOf(label) + (c.isOnderdrukt() ? " (< 5)" : ""));
            if (c.isOnderdrukt()) {
                waarden.addNull();
            } else {
                waarden.add(c.getal());
            }
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", regel.eenheid()).add("data", waarden).add("backgroundColor", REGISTRATIE));
        return grafiek("bar", labels, datasets, true);
    }

    private static JsonObjectBuilder lijn(String label, String kleur, List<BigDecimal> waarden, boolean gestippeld) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        waarden.forEach(w -> {
            if (w == null) {
                data.addNull();
            } else {
                data.add(w);
            }
        });
        JsonObjectBuilder lijn = Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", kleur)
                .add("backgroundColor", kleur).add("tension", 0.2).add("spanGaps", false);
        if (gestippeld) {
            lijn.add("borderDash", Json.createArrayBuilder().add(6).add(4)).add("pointRadius", 0);
        }
        return lijn;
    }

    private static String grafiek(String soort, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean liggend) {
        JsonObjectBuilder opties = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")
                        .add("display", !liggend)))
                .add("scales", Json.createObjectBuilder()
                        .add(liggend ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true))
                        .add(liggend ? "y" : "x", Json.createObjectBuilder().add("ticks", Json.createObjectBuilder().add("autoSkip", false))));
        if (liggend) {
            opties.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", soort)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", opties).build().toString();
    }

    private static BigDecimal getal(Onderdrukking.Getoond g) {
        return g == null ? null : g.getal();
    }
}
