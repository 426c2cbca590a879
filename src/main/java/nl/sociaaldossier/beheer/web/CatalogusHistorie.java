package nl.sociaaldossier.beheer.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.beheer.application.Beheer;
import nl.sociaaldossier.web.Acties;

/** The section "history" of a catalogue page: every change of one entry, who made it, when, and what changed. */
@Named
@ViewScoped
public class CatalogusHistorie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Beheer beheer;
    @Inject
    private CatalogusLijst lijst;

    private String code;
    private List<Beheer.Wijziging> wijzigingen = List.of();

    public void toon(String codeVanRij) {
        code = codeVanRij;
        List<Beheer.Wijziging> gelezen = Acties.resultaat(() -> beheer.historie(lijst.getCatalogus(), codeVanRij));
        wijzigingen = gelezen == null ? List.of() : gelezen;
    }

    public void sluit() {
        code = null;
    }

    public String getCode() {
        return code;
    }

    public List<Beheer.Wijziging> getWijzigingen() {
        return wijzigingen;
    }
}
