package nl.sociaaldossier.casus.application;

import nl.sociaaldossier.shared.domain.DomainException;

/**
 * What a melding asks about, as one choice in one list: a voorziening ({@code V:<id>}) or a
 * leefgebied ({@code L:<code>}).
 */
public record Onderwerp(Long voorzieningId, String leefgebiedCode) {

    public static String vanVoorziening(Long id) {
        return "V:" + id;
    }

    public static String vanLeefgebied(String code) {
        return "L:" + code;
    }

    public static Onderwerp lees(String waarde) {
        if (waarde != null && waarde.startsWith("L:") && waarde.length() > 2) {
            return new Onderwerp(null, waarde.substring(2));
        }
        if (waarde != null && waarde.matches("V:[0-9]{1,18}")) {
            return new Onderwerp(Long.valueOf(waarde.substring(2)), null);
        }
        throw new DomainException("Kies de voorziening of het leefgebied waarover de vraag gaat.");
    }

    public boolean isVoorziening() {
        return voorzieningId != null;
    }
}
