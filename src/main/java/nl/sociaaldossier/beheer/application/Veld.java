package nl.sociaaldossier.beheer.application;

import java.io.Serializable;
import java.util.List;

/**
 * One field of a catalogue entry as the beheerder edits it: its column, its Dutch label, its kind and
 * its limits. The column names are constants of {@link Catalogus}, never input.
 *
 * @param keuzeSql for {@link Soort#KEUZE}: the entries as (value as text, label, offered for a new reference)
 * @param tabel    for {@link Soort#KEUZE}: the catalogue referred to (by id for a column ending in _id, else by code)
 * @param vast     for {@link Soort#VAST}: the allowed values (an enum in the database's check)
 */
public record Veld(String kolom, String label, Soort soort, boolean verplicht, int minimum, int maximum, String keuzeSql,
                   String tabel, List<String> vast, String uitleg) implements Serializable {

    public enum Soort {
        /** One line of text of at most {@code maximum} characters. */
        TEKST,
        /** Several lines of text. */
        LANGE_TEKST,
        /** A whole number from {@code minimum} to {@code maximum}. */
        GETAL,
        JA_NEE,
        /** An entry of another catalogue, stored by its id or code. */
        KEUZE,
        /** One of a fixed list of values. */
        VAST,
        DATUM
    }

    /**
     * Whether a choice is offered for a new reference: not ended before today (future ones are: the
     * yearly change names next year's). Every entry keeps its name in lists and history.
     */
    static final String LOPEND = "(geldig_tot is null or geldig_tot >= current_date)";

    static Veld tekst(String kolom, String label, boolean verplicht, int maximum) {
        return new Veld(kolom, label, Soort.TEKST, verplicht, 0, maximum, null, null, List.of(), null);
    }

    static Veld langeTekst(String kolom, String label, boolean verplicht) {
        return new Veld(kolom, label, Soort.LANGE_TEKST, verplicht, 0, 4000, null, null, List.of(), null);
    }

    static Veld getal(String kolom, String label, boolean verplicht, int minimum, int maximum) {
        return new Veld(kolom, label, Soort.GETAL, verplicht, minimum, maximum, null, null, List.of(), null);
    }

    static Veld jaNee(String kolom, String label) {
        return new Veld(kolom, label, Soort.JA_NEE, true, 0, 0, null, null, List.of(), null);
    }

    static Veld keuze(String kolom, String label, boolean verplicht, String tabel, String keuzeSql) {
        return new Veld(kolom, label, Soort.KEUZE, verplicht, 0, 0, keuzeSql, tabel, List.of(), null);
    }

    static Veld vast(String kolom, String label, String... waarden) {
        return new Veld(kolom, label, Soort.VAST, true, 0, 0, null, null, List.of(waarden), null);
    }

    static Veld datum(String kolom, String label, boolean verplicht) {
        return new Veld(kolom, label, Soort.DATUM, verplicht, 0, 0, null, null, List.of(), null);
    }

    Veld metUitleg(String tekst) {
        return new Veld(kolom, label, soort, verplicht, minimum, maximum, keuzeSql, tabel, vast, tekst);
    }

    /** The key column of the catalogue a choice refers to. */
    String sleutel() {
        return kolom.endsWith("_id") ? "id" : "code";
    }

    /** The value's label for a fixed choice: "RAAMCONTRACT" reads "raamcontract". */
    public static String vasteLabel(String waarde) {
        return waarde == null ? "" : waarde.toLowerCase().replace('_', ' ');
    }
}
