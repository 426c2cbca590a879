package nl.sociaaldossier.toegang;

/** How a user stands to a dossier; a user can have several relations to one dossier at once. */
public enum Relatie {
    /** Works in the team that handles the casus. */
    TEAMLID("lid van het team van de casus"),
    /** Is the casus's regisseur (possibly of another team, after an explicit hand-over). */
    REGISSEUR("regisseur van de casus"),
    /** The casus is escalated: regie with the Spoedteam or the procesmanagers. */
    OPGESCHAALD("casus is opgeschaald (AVE 3-4)"),
    /** Holds regie over the casus as procesmanager. */
    PROCESMANAGER("voert als procesmanager de regie");

    private final String omschrijving;

    Relatie(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
