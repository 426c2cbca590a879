package nl.sociaaldossier.indicators.query;

/** What an indicator counts, and whether a small count could point at persons (then it is suppressed). */
public enum Eenheid {
    PERSONEN("personen", true),
    HUISHOUDENS("huishoudens", true),
    VERWIJZINGEN("voorzieningen/trajecten", true),
    MELDINGEN("hulpvragen", true),
    AANBIEDERS("aanbieders", false),
    CONTRACTEN("contracten", false);

    private final String omschrijving;
    private final boolean overPersonen;

    Eenheid(String omschrijving, boolean overPersonen) {
        this.omschrijving = omschrijving;
        this.overPersonen = overPersonen;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isOverPersonen() {
        return overPersonen;
    }
}
