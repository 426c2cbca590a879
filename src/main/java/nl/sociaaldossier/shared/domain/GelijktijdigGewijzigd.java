package nl.sociaaldossier.shared.domain;

/** Someone else saved the same thing after this user loaded it: nothing is overwritten. */
public class GelijktijdigGewijzigd extends DomainException {

    private static final long serialVersionUID = 1L;

    public GelijktijdigGewijzigd() {
        super("Iemand anders heeft dit intussen gewijzigd. Uw wijziging is niet opgeslagen; uw invoer staat nog in het formulier.");
    }
}
