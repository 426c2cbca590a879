package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.casus.application.CasusService;

/** The section "Overzicht": what is next for this household, and closing or reopening the casus. */
@Named
@ViewScoped
public class OverzichtSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusWerkblad werkblad;
    @Inject
    private CasusService casusService;

    private String afsluitreden;
    private String heropenReden;

    /** The next steps, from the dossier as it is now. */
    public List<VolgendeStap> getVolgendeStappen() {
        return werkblad.getDossier() == null ? List.of()
                : VolgendeStap.van(werkblad.getDossier(), werkblad.getVerwijzingen(), werkblad.getVandaag());
    }

    public void sluitAf() {
        if (werkblad.voer(() -> casusService.sluitAf(werkblad.getId(), werkblad.versie(), afsluitreden), "De casus is afgesloten.")) {
            afsluitreden = null;
        }
    }

    public void heropen() {
        if (werkblad.voer(() -> casusService.heropen(werkblad.getId(), werkblad.versie(), heropenReden), "De casus is heropend.")) {
            heropenReden = null;
        }
    }

    public String getAfsluitreden() {
        return afsluitreden;
    }

    public void setAfsluitreden(String afsluitreden) {
        this.afsluitreden = afsluitreden;
    }

    public String getHeropenReden() {
        return heropenReden;
    }

    public void setHeropenReden(String heropenReden) {
        this.heropenReden = heropenReden;
    }
}
