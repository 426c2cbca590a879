package nl.sociaaldossier.shared.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Dates as Dutch users read and type them: dd-mm-jjjj, strictly (31-02 does not exist). */
public final class Datums {

    /** The one pattern of the app, for reading and writing; strict, so no date is silently moved. */
    public static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Datums() {
    }

    public static String tekst(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }
}
