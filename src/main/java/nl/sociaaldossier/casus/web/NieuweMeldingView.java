package nl.sociaaldossier.casus.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import nl.sociaaldossier.casus.application.HuishoudenRegel;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.casus.application.NieuweMelding;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Berichten;

/** The "Nieuwe melding" form: holds what the intaker typed until it is registered. */
@Named
@ViewScoped
public class NieuweMeldingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeldingService meldingService;
    @Inject
    private Clock klok;

    private final NieuweMelding melding = new NieuweMelding();
    /** Set when the melding is for a household that is already registered (found by the search). */
    private Long huishoudenId;
    private HuishoudenRegel huishouden;

    @PostConstruct
    void init() {
        melding.setMeldingsdatum(LocalDate.now(klok));
    }

    public void laad() {
        if (huishoudenId != null) {
            huishouden = Acties.resultaat(() -> meldingService.huishouden(huishoudenId));
        }
    }

    public Long getHuishoudenId() {
        return huishoudenId;
    }

    public void setHuishoudenId(Long huishoudenId) {
        this.huishoudenId = huishoudenId;
    }

    public HuishoudenRegel getHuishouden() {
        return huishouden;
    }

    public NieuweMelding getMelding() {
        return melding;
    }

    public void lidToevoegen() {
        melding.voegLidToe();
    }

    public void lidVerwijderen(NieuweMelding.Lid lid) {
        melding.verwijderLid(lid);
    }

    /** Registers the melding; on a broken rule the form stays as typed and the reason is shown. */
    public String registreer() {
        if (!Acties.voerUit(() -> {
            if (huishouden != null) {
                meldingService.registreerVoorHuishouden(huishouden.id(), melding);
            } else {
                meldingService.registreer(melding);
            }
        })) {
            return null;
        }
        Berichten.info("De melding is geregistreerd.");
        return Berichten.naRedirect("/meldingen/index?faces-redirect=true");
    }
}
