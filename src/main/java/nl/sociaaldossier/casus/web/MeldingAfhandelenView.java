package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.application.MeldingRegel;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.casus.domain.Melding;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Berichten;

/** "Melding afhandelen": take a new melding up in a casus, or close it as solved or referred elsewhere. */
@Named
@ViewScoped
public class MeldingAfhandelenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeldingService meldingService;
    @Inject
    private CasusService casusService;

    private Long id;
    private MeldingRegel melding;
    private Melding.Status afhandeling;
    private String toelichting;
    private String overdrachtReden;

    public void laad() {
        melding = Acties.resultaat(() -> meldingService.melding(id));
    }

    public String openCasus() {
        Long casusId = Acties.resultaat(() -> casusService.openCasus(id));
        if (casusId == null) {
            return null;
        }
        Berichten.info("De melding is opgenomen in de casus van het huishouden.");
        return Berichten.naRedirect("/casus/index?faces-redirect=true&id=" + casusId);
    }

    public String sluitAf() {
        if (!Acties.voerUit(() -> casusService.sluitMeldingAf(id, afhandeling, toelichting))) {
            return null;
        }
        Berichten.info("De melding is afgesloten.");
        return Berichten.naRedirect("/meldingen/index?faces-redirect=true");
    }

    /** Hands the melding over to the team that has the household's open casus. */
    public String draagOver() {
        if (!Acties.voerUit(() -> casusService.draagMeldingOver(id, overdrachtReden))) {
            return null;
        }
        Berichten.info("De melding is overgedragen aan het team van de open casus.");
        return Berichten.naRedirect("/meldingen/index?faces-redirect=true");
    }

    public String getOverdrachtReden() {
        return overdrachtReden;
    }

    public void setOverdrachtReden(String overdrachtReden) {
        this.overdrachtReden = overdrachtReden;
    }

    public boolean isNieuw() {
        return melding != null && Melding.Status.NIEUW.name().equals(melding.status());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeldingRegel getMelding() {
        return melding;
    }

    public Melding.Status getAfhandeling() {
        return afhandeling;
    }

    public void setAfhandeling(Melding.Status afhandeling) {
        this.afhandeling = afhandeling;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
