package nl.sociaaldossier.it;

import java.util.List;

/**
 * The one shared list of hostile values, applied to every URL parameter (VijandigeInvoerIT) and
 * form field: each must get a clear Dutch message or be stored as typed and shown escaped; never
 * an error page, never half-stored.
 */
final class VijandigeInvoer {

    /** A value and what it is, for the test's name. */
    record Waarde(String soort, String tekst) {
        @Override
        public String toString() {
            return soort;
        }
    }

    static final String SCRIPT = "<script>alert('xss')</script>";
    static final String AFBEELDING = "<img src=x onerror=alert(1)>";

    static final List<Waarde> WAARDEN = List.of(
            new Waarde("zeer lang", "x".repeat(20_000)),
            new Waarde("leeg", ""),
            new Waarde("alleen witruimte", " \t  "),
            new Waarde("stuurtekens", "a\u0000b\u0007c\u001b[31m"),
            new Waarde("nulbreedte en rechts-naar-links", "\u200b\u200d\u202eevil\u202c\ufeff"),
            new Waarde("emoji", "\ud83d\ude00 \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67"),
            new Waarde("html", SCRIPT + AFBEELDING + "\"><b>vet</b>"),
            new Waarde("sql", "1'; drop table casus; --"),
            new Waarde("sql of", "1 or 1=1"),
            new Waarde("onmogelijke datum", "31-02-2026"),
            new Waarde("datum verkeerd formaat", "2026-13-45"),
            new Waarde("negatief", "-1"),
            new Waarde("te groot getal", "99999999999999999999999"),
            new Waarde("getal 1e309", "1e309"),
            new Waarde("komma als decimaalteken", "1,5"),
            new Waarde("punt en komma", "1.000,50"),
            new Waarde("pad", "../../../etc/passwd"),
            new Waarde("procent", "%00%zz"));

    private VijandigeInvoer() {
    }
}
