package nl.sociaaldossier.launcher;

import java.util.Locale;

/** Settings of the launcher: a system property ({@code db.url}) or else its env variable ({@code DB_URL}). */
final class Instellingen {

    private Instellingen() {
    }

    static String waarde(String naam, String standaard) {
        String waarde = System.getProperty(naam);
        if (waarde == null || waarde.isBlank()) {
            waarde = System.getenv(naam.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return waarde == null || waarde.isBlank() ? standaard : waarde;
    }

    static int poort(String naam, int standaard) {
        return Integer.parseInt(waarde(naam, String.valueOf(standaard)));
    }

    static String verplicht(String naam) {
        String waarde = waarde(naam, null);
        if (waarde == null) {
            throw new IllegalStateException("Setting " + naam + " is missing (run through Maven: see README)");
        }
        return waarde;
    }
}
