package nl.sociaaldossier.indicators.query;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Privacy for aggregates: statistical disclosure control by the cell-key method ({@link Celsleutel})
 * with a threshold. A figure that counts persons, households, referrals or meldingen is published
 * perturbed: its count plus the noise its cell key gives (-2 to +2; zero stays zero). It is shown as
 * "&lt; 5" when the true count is 1 to 4 or the perturbed count is below 5. A percentage or average
 * is computed from the perturbed counts, and suppressed when one of them is. Because the noise of a
 * cell is a function of the set of records in it, no subtraction of published figures (wider minus
 * narrower filters, a year minus its months, a total minus its cells, one peildatum minus the next)
 * gives a count of 1 to 4 exactly. Aanbieders and contracts are not persons and are shown as they
 * are. Everything shown, charted or exported passes through here, so no view can bypass it.
 */
public final class Onderdrukking {

    public static final int DREMPEL = 5;
    public static final String ONDERDRUKT = "< 5";

    /** A figure as it may be shown: its text and, when not suppressed, its number (for charts and exports). */
    public record Getoond(String sleutel, String subsleutel, String waarde, BigDecimal getal) implements Serializable {

        public boolean isOnderdrukt() {
            return getal == null;
        }
    }

    /** A breakdown as it may be shown, with its total (or percentage, or average). */
    public record Tabel(List<Getoond> cellen, Getoond totaal) implements Serializable {
    }

    private Onderdrukking() {
    }

    /** The figures of one indicator as they may be published. */
    public static Tabel tabel(Definitie definitie, Rollup.Uitkomst uitkomst) {
        boolean beschermd = definitie.eenheid().isOverPersonen();
        List<Getoond> getoond = new ArrayList<>();
        List<Rollup.Cel> verstoord = new ArrayList<>();
        boolean ietsVerborgen = false;
        for (Rollup.Cel cel : uitkomst.cellen()) {
            long gepubliceerd = beschermd ? Celsleutel.verstoord(cel.aantal(), cel.celsleutel()) : cel.aantal();
            boolean verbergen = beschermd && verborgen(cel.aantal(), gepubliceerd);
            getoond.add(verbergen ? verborgen(cel.sleutel(), cel.subsleutel()) : getal(cel.sleutel(), cel.subsleutel(), gepubliceerd));
            verstoord.add(new Rollup.Cel(cel.sleutel(), cel.subsleutel(), gepubliceerd));
            ietsVerborgen |= verbergen;
        }
        long totaal = beschermd ? Celsleutel.verstoord(uitkomst.totaal(), uitkomst.totaalsleutel()) : uitkomst.totaal();
        boolean totaalVerbergen = beschermd && verborgen(uitkomst.totaal(), totaal);
        Rollup.Uitkomst gepubliceerd = new Rollup.Uitkomst(verstoord, totaal);
        Getoond totaalGetoond = switch (definitie.weergave()) {
            case AANTAL -> totaalVerbergen ? verborgen(null, null) : getal(null, null, totaal);
            case PERCENTAGE -> totaalVerbergen || ietsVerborgen || verstoord.isEmpty() || totaal == 0
                    ? verborgen(null, null) : percentage(gepubliceerd);
            case GEMIDDELDE -> totaalVerbergen || ietsVerborgen ? verborgen(null, null) : gemiddelde(gepubliceerd);
        };
        return new Tabel(getoond, totaalGetoond);
    }

    /** Hidden when the true count is 1 to 4, or the published one is below the threshold (but something was counted). */
    private static boolean verborgen(long waar, long gepubliceerd) {
        return waar > 0 && (waar < DREMPEL || gepubliceerd < DREMPEL);
    }

    /** A value entered by hand (external figures, baseline, targets): not a count of the registration. */
    public static Getoond invoer(BigDecimal waarde) {
        return waarde == null ? null : new Getoond(null, null, opmaak(waarde), waarde);
    }

    private static Getoond verborgen(String sleutel, String subsleutel) {
        return new Getoond(sleutel, subsleutel, ONDERDRUKT, null);
    }

    private static Getoond getal(String sleutel, String subsleutel, long aantal) {
        return new Getoond(sleutel, subsleutel, opmaak(BigDecimal.valueOf(aantal)), BigDecimal.valueOf(aantal));
    }

    /** The cell "met ..." as a share of the total. */
    private static Getoond percentage(Rollup.Uitkomst uitkomst) {
        long met = Math.min(uitkomst.totaal(),
                uitkomst.cellen().stream().filter(c -> c.sleutel().startsWith("met ")).mapToLong(Rollup.Cel::aantal).sum());
        BigDecimal procent = BigDecimal.valueOf(100L * met)
                .divide(BigDecimal.valueOf(uitkomst.totaal()), 0, RoundingMode.HALF_UP);
        return new Getoond(null, null, opmaak(procent) + "%", procent);
    }

    /** The average of the numeric first key, weighted by the cells' counts (aanbieders per cliënt). */
    private static Getoond gemiddelde(Rollup.Uitkomst uitkomst) {
        long som = uitkomst.cellen().stream().mapToLong(c -> Long.parseLong(c.sleutel()) * c.aantal()).sum();
        long aantal = uitkomst.cellen().stream().mapToLong(Rollup.Cel::aantal).sum();
        BigDecimal gemiddeld = aantal == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(som).divide(BigDecimal.valueOf(aantal), 1, RoundingMode.HALF_UP);
        return new Getoond(null, null, opmaak(gemiddeld), gemiddeld);
    }

    /** A number the Dutch way: 1.234,5. */
    public static String opmaak(BigDecimal waarde) {
        DecimalFormat formaat = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return formaat.format(waarde);
    }
}
