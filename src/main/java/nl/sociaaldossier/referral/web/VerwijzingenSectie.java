package nl.sociaaldossier.referral.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.sociaaldossier.casus.web.CasusWerkblad;
import nl.sociaaldossier.referral.application.NieuweVerwijzing;
import nl.sociaaldossier.referral.application.VerwijzingRegel;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.referral.domain.Verwijzing;
import java.time.LocalDate;

/**
 * The section "Verwijzingen" of the casus workspace: each referral with its timeline and legal
 * terms; the next step of one referral (inline, under that referral); a new referral.
 */
@Named
@ViewScoped
public class VerwijzingenSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VerwijzingService verwijzingService;
    @Inject
    private CasusWerkblad werkblad;

    private List<SelectItem> aanbieders = List.of();
    private NieuweVerwijzing nieuw;
    private boolean nieuwOpen;

    private Long stapVerwijzing;
    private Verwijzing.Stap stap;
    private LocalDate stapDatum;
    private String stapReden;
    private Integer stapDagen;

    @PostConstruct
    void open() {
        if (werkblad.getDossier() != null && werkblad.getDossier().rechten().verwijzen()) {
            aanbieders = verwijzingService.aanbieders().stream().map(a -> new SelectItem(a.id(), a.naam())).toList();
        }
        nieuw = leeg();
    }

    private NieuweVerwijzing leeg() {
        NieuweVerwijzing v = new NieuweVerwijzing();
        v.setAangevraagdOp(werkblad.getVandaag());
        v.setMeldingsdatum(werkblad.getVandaag());
        return v;
    }

    /** Opens the form for a new referral (or closes it). */
    public void toonNieuw() {
        nieuwOpen = !nieuwOpen;
    }

    /** Opens the form for the next step of one referral, under that referral (or closes it). */
    public void toonStap(Long verwijzingId) {
        stapVerwijzing = verwijzingId.equals(stapVerwijzing) ? null : verwijzingId;
        stap = null;
        stapDatum = null;
        stapReden = null;
        stapDagen = null;
    }

    public void vraagAan() {
        if (werkblad.voer(() -> verwijzingService.vraagAan(werkblad.getId(), nieuw), "De verwijzing is vastgelegd.")) {
            nieuw = leeg();
            nieuwOpen = false;
        }
    }

    public void zetStap() {
        VerwijzingRegel regel = regels().filter(v -> v.id().equals(stapVerwijzing)).findFirst().orElse(null);
        if (regel == null) {
            return;
        }
        if (werkblad.voer(() -> verwijzingService.zetStap(regel.id(), regel.versie(), stap, getStapDatum(), stapReden, stapDagen),
                "De stap is vastgelegd.")) {
            stapVerwijzing = null;
            stap = null;
            stapReden = null;
            stapDagen = null;
        }
    }

    /** The steps the referral with the open step form can take now. */
    public List<Verwijzing.Stap> getStappen() {
        return regels().filter(v -> v.id().equals(stapVerwijzing)).flatMap(v -> v.stappen().stream())
                .map(Verwijzing.Stap::valueOf).toList();
    }

    public List<SelectItem> getAanbieders() {
        return aanbieders;
    }

    public NieuweVerwijzing getNieuw() {
        return nieuw;
    }

    public boolean isNieuwOpen() {
        return nieuwOpen;
    }

    public Long getStapVerwijzing() {
        return stapVerwijzing;
    }

    public Verwijzing.Stap getStap() {
        return stap;
    }

    public void setStap(Verwijzing.Stap stap) {
        this.stap = stap;
    }

    public LocalDate getStapDatum() {
        return stapDatum == null ? werkblad.getVandaag() : stapDatum;
    }

    public void setStapDatum(LocalDate stapDatum) {
        this.stapDatum = stapDatum;
    }

    public String getStapReden() {
        return stapReden;
    }

    public void setStapReden(String stapReden) {
        this.stapReden = stapReden;
    }

    public Integer getStapDagen() {
        return stapDagen;
    }

    public void setStapDagen(Integer stapDagen) {
        this.stapDagen = stapDagen;
    }

    /** The referrals the workspace read, as this part's own read model. */
    private java.util.stream.Stream<VerwijzingRegel> regels() {
        return werkblad.getVerwijzingen().stream().map(VerwijzingRegel.class::cast);
    }
}
