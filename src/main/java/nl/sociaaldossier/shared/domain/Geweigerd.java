package nl.sociaaldossier.shared.domain;

/**
 * Access refused (and logged): the user may not see or do this here, or it does not exist (the same
 * answer, so a guessed id tells nothing). A page shows the message; the API answers 403.
 */
public class Geweigerd extends DomainException {

    private static final long serialVersionUID = 1L;

    public Geweigerd(String message) {
        super(message);
    }
}
