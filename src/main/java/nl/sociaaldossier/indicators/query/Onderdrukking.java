package nl.sociaaldossier.indicators.query;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Privacy for aggregates. A figure that counts persons or households is suppressed ("&lt; 5") when
 * <ol>
 *   <li>it counts 1 to 4;</li>
 *   <li>the same figure one filter wider (without the wijk, without the team) is 1 to 4 more, so
 *       that the difference of the two would reveal a small group;</li>
 *   <li>it is the smallest other cell of a breakdown in which exactly one cell is suppressed, so
 *       that the total minus the visible cells cannot give that cell away (with no other cell,
 *       the total is suppressed instead);</li>
 *   <li>it is a percentage or average and one of the counts it is made of is suppressed.</li>
 * </ol>
 * Zero is shown. Aanbieders and contracts are not persons and are shown as they are. Everything
 * shown, charted or exported passes through here, so no view can bypass it.
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

    public static Tabel tabel(Definitie definitie, Rollup.Uitkomst uitkomst, List<Rollup.Uitkomst> ruimer) {
        boolean beschermd = definitie.eenheid().isOverPersonen();
        List<Rollup.Cel> cellen = uitkomst.cellen();
        boolean[] verbergen = new boolean[cellen.size()];
        int onderdrukt = 0;
        for (int i = 0; i < cellen.size(); i++) {
            Rollup.Cel cel = cellen.get(i);
            verbergen[i] = beschermd && (klein(cel.aantal()) || ruimer.stream().anyMatch(r -> klein(aantal(r, cel) - cel.aantal())));
            onderdrukt += verbergen[i] ? 1 : 0;
        }
        boolean totaalVerbergen = beschermd && (klein(uitkomst.totaal())
                || ruimer.stream().anyMatch(r -> klein(r.totaal() - uitkomst.totaal())));
        if (onderdrukt == 1) {
            // the total minus the visible cells would give the one suppressed cell away: hide the smallest other cell too,
            // or the total when there is no other cell
            int tweede = -1;
            for (int i = 0; i < cellen.size(); i++) {
                if (!verbergen[i] && (tweede < 0 || cellen.get(i).aantal() < cellen.get(tweede).aantal())) {
                    tweede = i;
                }
            }
            if (tweede >= 0) {
                verbergen[tweede] = true;
            } else {
                totaalVerbergen = true;
            }
        }
        List<Getoond> getoond = new ArrayList<>();
        boolean ietsVerborgen = false;
        for (int i = 0; i < cellen.size(); i++) {
            Rollup.Cel cel = cellen.get(i);
            getoond.add(verbergen[i] ? verborgen(cel.sleutel(), cel.subsleutel()) : getal(cel.sleutel(), cel.subsleutel(), cel.aantal()));
            ietsVerborgen |= verbergen[i];
        }
        Getoond totaal = switch (definitie.weergave()) {
            case AANTAL -> totaalVerbergen ? verborgen(null, null) : getal(null, null, uitkomst.totaal());
            case PERCENTAGE -> totaalVerbergen || ietsVerborgen || cellen.isEmpty() ? verborgen(null, null) : percentage(uitkomst);
            case GEMIDDELDE -> totaalVerbergen ? verborgen(null, null) : gemiddelde(uitkomst);
        };
        return new Tabel(getoond, totaal);
    }

    /** A value entered by hand (external figures, baseline, targets): not a count of the registration. */
    public static Getoond invoer(BigDecimal waarde) {
        return waarde == null ? null : new Getoond(null, null, opmaak(waarde), waarde);
    }

    private static boolean klein(long aantal) {
        return aantal > 0 && aantal < DREMPEL;
    }

    private static long aantal(Rollup.Uitkomst uitkomst, Rollup.Cel cel) {
        return uitkomst.cellen().stream()
                .filter(c -> Objects.equals(c.sleutel(), cel.sleutel()) && Objects.equals(c.subsleutel(), cel.subsleutel()))
                .mapToLong(Rollup.Cel::aantal).findFirst().orElse(0);
    }

    private static Getoond verborgen(String sleutel, String subsleutel) {
        return new Getoond(sleutel, subsleutel, ONDERDRUKT, null);
    }

    private static Getoond getal(String sleutel, String subsleutel, long aantal) {
        return new Getoond(sleutel, subsleutel, String.valueOf(aantal), BigDecimal.valueOf(aantal));
    }

    /** The cell "met ..." as a share of the total. */
    private static Getoond percentage(Rollup.Uitkomst uitkomst) {
        long met = uitkomst.cellen().stream().filter(c -> c.sleutel().startsWith("met ")).mapToLong(Rollup.Cel::aantal).sum();
        BigDecimal procent = BigDecimal.valueOf(100L * met)
                .divide(BigDecimal.valueOf(uitkomst.totaal()), 0, RoundingMode.HALF_UP);
        return new Getoond(null, null, procent + "%", procent);
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
