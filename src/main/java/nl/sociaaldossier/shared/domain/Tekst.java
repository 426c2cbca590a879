package nl.sociaaldossier.shared.domain;

/**
 * Rules for text that users type, whatever field it is in. Stored as typed (diacritics, emoji,
 * zero-width joiners inside emoji stay), except what can only do harm in a dossier: control
 * characters (other than tab and line breaks), which PostgreSQL refuses or a screen hides, and the
 * bidirectional embedding, override and isolate marks, which make a text display as something
 * other than what it says (a name or reason that reads backwards).
 */
public final class Tekst {

    /** The most any text field takes when the field sets no lower limit (about four pages). */
    public static final int MAXIMUM = 10_000;

    public static final String STUURTEKENS = "Deze tekst bevat onzichtbare stuurtekens (bijvoorbeeld uit een kopie uit een ander "
            + "programma). Typ de tekst opnieuw of plak hem als platte tekst.";

    private Tekst() {
    }

    public static boolean bevatStuurtekens(String tekst) {
        return tekst != null && tekst.codePoints().anyMatch(Tekst::isStuurteken);
    }

    static boolean isStuurteken(int c) {
        boolean regelopmaak = c == '\t' || c == '\n' || c == '\r';
        return (Character.getType(c) == Character.CONTROL && !regelopmaak)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The message for a text longer than the field takes, or null when it fits. */
    public static String teLang(String tekst, int maximum) {
        if (tekst == null) {
            return null;
        }
        int lengte = tekst.codePointCount(0, tekst.length());
        java.text.NumberFormat getal = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL"));
        return lengte <= maximum ? null
                : "Deze tekst is te lang: hoogstens " + getal.format(maximum) + " tekens, het zijn er " + getal.format(lengte) + ".";
    }
}
