package nl.sociaaldossier.casus.domain;

/** Who holds regie over a casus, depending on its AVE level. */
public enum RegieBij {
    WIJKTEAM("Regisseur van het wijkteam"),
    SPOEDTEAM("Spoedteam"),
    PROCESMANAGER("Procesmanager (team Zorg en Veiligheid)");

    private final String omschrijving;

    RegieBij(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
