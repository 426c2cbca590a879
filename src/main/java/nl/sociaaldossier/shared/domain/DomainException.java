package nl.sociaaldossier.shared.domain;

/**
 * A domain rule was broken. The message is Dutch and meant for the user: the entity that owns the
 * rule says what is wrong, so every caller (page, service, batch) shows the same words.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }

    public static void vereis(boolean voorwaarde, String melding) {
        if (!voorwaarde) {
            throw new DomainException(melding);
        }
    }

    public static String verplicht(String waarde, String melding) {
        vereis(waarde != null && !waarde.isBlank(), melding);
        return waarde.strip();
    }
}
