package nl.sociaaldossier.security;

/** The realm roles of Sociaal Dossier, as Keycloak puts them in the token's "groups" claim. */
public final class Rol {

    public static final String INTAKER = "intaker";
    public static final String COACH = "coach";
    public static final String PROCESMANAGER = "procesmanager";
    public static final String BUSINESSCONTROLLER = "businesscontroller";
    public static final String BEHEERDER = "beheerder";
    /** The privacy officer (functionaris gegevensbescherming): the Logboek dataverwerkingen, never a dossier. */
    public static final String PRIVACYOFFICER = "privacyofficer";
    /**
     * A system, not a person: the confidential client of a connected system (the migration import,
     * BI). It imports and reads figures and the pseudonymised events, never a dossier.
     */
    public static final String KOPPELING = "koppeling";

    public static final String[] ALLE = {INTAKER, COACH, PROCESMANAGER, BUSINESSCONTROLLER, BEHEERDER, PRIVACYOFFICER, KOPPELING};

    private Rol() {
    }
}
