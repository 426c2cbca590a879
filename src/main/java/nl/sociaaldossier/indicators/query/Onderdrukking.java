package nl.sociaaldossier.indicators.query;

import java.util.List;

/**
 * Privacy for aggregates: a cell that counts fewer than 5 persons or households is shown as
 * "&lt; 5". A total is suppressed as well when exactly one cell of its breakdown is, because the
 * total minus the visible cells would give that cell away.
 */
public final class Onderdrukking {

    public static final int DREMPEL = 5;
    public static final String ONDERDRUKT = "< 5";

    /** A cell as it may be shown. */
    public record Getoond(String sleutel, String subsleutel, String waarde) {
    }

    /** A breakdown as it may be shown, with its total. */
    public record Tabel(List<Getoond> cellen, String totaal) {
    }

    private Onderdrukking() {
    }

    public static String waarde(long aantal) {
        return aantal < DREMPEL ? ONDERDRUKT : String.valueOf(aantal);
    }

    public static Tabel tabel(List<Rollup.Cel> cellen) {
        long onderdrukt = cellen.stream().filter(c -> c.aantal() < DREMPEL).count();
        long totaal = cellen.stream().mapToLong(Rollup.Cel::aantal).sum();
        List<Getoond> getoond = cellen.stream().map(c -> new Getoond(c.sleutel(), c.subsleutel(), waarde(c.aantal()))).toList();
        return new Tabel(getoond, onderdrukt == 1 ? ONDERDRUKT : waarde(totaal));
    }
}
