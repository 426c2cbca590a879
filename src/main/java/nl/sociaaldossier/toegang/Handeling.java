package nl.sociaaldossier.toegang;

/** What a user can do with a dossier (casus), as the access rules name it. */
public enum Handeling {
    INZIEN("dossier inzien"),
    ANALYSEREN("verklarende analyse en veiligheid vastleggen"),
    REGISSEUR_TOEWIJZEN("regisseur toewijzen (eigen team)"),
    REGIE_OVERDRAGEN("regie overdragen (ook aan een ander team, met reden)"),
    REGIE_OVERNEMEN("regie overnemen als procesmanager"),
    AVE_WIJZIGEN("AVE-niveau wijzigen"),
    UITVOERING_STARTEN("analyse afronden, uitvoering starten"),
    PLANNEN("plan: doelen, acties, evaluatie, uitkomsten"),
    VERWIJZEN("verwijzen en verwijzingen bijwerken"),
    VERSLAG_SCHRIJVEN("verslag schrijven"),
    AFSLUITEN("casus afsluiten"),
    HEROPENEN("casus heropenen"),
    MELDING_TOEVOEGEN("melding aan de casus toevoegen");

    private final String omschrijving;

    Handeling(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
