package nl.sociaaldossier.migratie;

import java.util.Map;
import java.util.Set;

/**
 * The reference data an import file names, by their stable codes (V17), never by name: wijken,
 * teams, verwijzers, voorzieningen, aanbieders, leefgebieden, and the medewerkers (by user name) who
 * can be regisseur or procesmanager.
 */
record Catalogi(Map<String, Long> wijken, Map<String, Long> teams, Map<String, Long> verwijzers,
                Map<String, Voorziening> voorzieningen, Map<String, Long> aanbieders, Set<String> leefgebieden,
                Set<String> medewerkers) {

    record Voorziening(long id, boolean maatwerk, String wet, boolean kentVorm) {
    }

    Map<String, Long> voorzieningIds() {
        java.util.HashMap<String, Long> ids = new java.util.HashMap<>();
        voorzieningen.forEach((naam, v) -> ids.put(naam, v.id()));
        return ids;
    }
}
