package nl.sociaaldossier.beheer.application;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.sociaaldossier.shared.domain.DomainException;

/** The beheerder's input breaks rules: a Dutch message per field (by column), nothing stored. */
public class OngeldigeVelden extends DomainException {

    private static final long serialVersionUID = 1L;

    private final LinkedHashMap<String, String> perVeld;

    public OngeldigeVelden(Map<String, String> perVeld) {
        super(perVeld.size() == 1 ? perVeld.values().iterator().next() : "Controleer de gemarkeerde velden: " + String.join(" ", perVeld.values()));
        this.perVeld = new LinkedHashMap<>(perVeld);
    }

    static OngeldigeVelden bij(String kolom, String melding) {
        return new OngeldigeVelden(Map.of(kolom, melding));
    }

    public Map<String, String> perVeld() {
        return perVeld;
    }
}
