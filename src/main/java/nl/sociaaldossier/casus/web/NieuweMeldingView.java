package nl.sociaaldossier.casus.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    /** Households already registered at the address typed, shown as a warning once per address. */
    private List<HuishoudenRegel> opAdres = List.of();
    private String gecontroleerdAdres;

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

    /** False when households are registered at this address and the user has not seen that yet. */
    private boolean adresGecontroleerd() {
        String adres = (melding.getPostcode() + "|" + melding.getHuisnummer()).replace(" ", "").toUpperCase();
        if (adres.equals(gecontroleerdAdres)) {
            return true;
        }
        List<HuishoudenRegel> gevonden = Acties.resultaat(() -> meldingService.zoekHuishoudens(null, null, null,
                melding.getPostcode(), melding.getHuisnummer()));
        gecontroleerdAdres = adres;
        opAdres = gevonden == null ? List.of() : gevonden;
        return opAdres.isEmpty();
    }

    public List<HuishoudenRegel> getOpAdres() {
        return opAdres;
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

    /**
     * Registers the melding; on a broken rule the form stays as typed and the reason is shown. A new
     * household at an address where one is already registered gets a warning first (with a link to
     * register the melding there); registering again creates the new household all the same.
     */
    public String registreer() {
        if (huishouden == null && !adresGecontroleerd()) {
            return null;
        }
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
