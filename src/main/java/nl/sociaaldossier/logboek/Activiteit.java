package nl.sociaaldossier.logboek;

/** The processing activities of the register (table verwerkingsactiviteit, migration V11). */
public enum Activiteit {
    INTAKE_ZOEKEN(true),
    MELDING_REGISTREREN(false),
    MELDING_INZIEN(true),
    MELDING_AFHANDELEN(false),
    DOSSIER_INZIEN(true),
    DOSSIER_WIJZIGEN(false),
    PLAN_AFDRUKKEN(false),
    CASELOAD_INZIEN(true),
    INDICATOR_DRILLDOWN(true),
    INZAGEVERZOEK(false),
    BEWAARTERMIJN(false),
    MIGRATIE_IMPORT(false),
    GEBEURTENISSEN_EXPORT(true);

    private final boolean lezen;

    Activiteit(boolean lezen) {
        this.lezen = lezen;
    }

    /** A read: logged once per page view and data subject, however often the page re-renders. */
    public boolean isLezen() {
        return lezen;
    }
}
