package nl.sociaaldossier.referral.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.casus.web.CasusView;
import nl.sociaaldossier.referral.application.NieuweVerwijzing;
import nl.sociaaldossier.referral.application.VerwijzingRegel;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.referral.domain.Verwijzing;
import nl.sociaaldossier.web.Acties;
import nl.sociaaldossier.web.Berichten;

/** The verwijzingen section of the casus page: the list with terms, a new referral, the next step of one. */
@Named
@ViewScoped
public class VerwijzingenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VerwijzingService verwijzingService;
    @Inject
    private CasusView casusView;
    @Inject
    private Clock klok;

    private Long casusId;
    private List<VerwijzingRegel> verwijzingen;
    private List<SelectItem> aanbieders;
    private NieuweVerwijzing nieuw = new NieuweVerwijzing();

    private Long stapVerwijzing;
    private Verwijzing.Stap stap;
    private LocalDate stapDatum;
    private String stapReden;
    private Integer stapDagen;

    public void laad() {
        verwijzingen = Acties.resultaat(() -> verwijzingService.vanCasus(casusId));
        if (aanbieders == null && verwijzingen != null) {
            aanbieders = verwijzingService.aanbieders().stream().map(a -> new SelectItem(a.id(), a.naam())).toList();
            nieuw.setAangevraagdOp(LocalDate.now(klok));
            nieuw.setMeldingsdatum(LocalDate.now(klok));
        }
    }

    public void vraagAan() {
        if (Acties.voerUit(() -> verwijzingService.vraagAan(casusId, nieuw))) {
            Berichten.info("De verwijzing is vastgelegd.");
            nieuw = new NieuweVerwijzing();
            nieuw.setAangevraagdOp(LocalDate.now(klok));
            nieuw.setMeldingsdatum(LocalDate.now(klok));
            herlaad();
        }
    }

    public void zetStap() {
        VerwijzingRegel regel = verwijzingen.stream().filter(v -> v.id().equals(stapVerwijzing)).findFirst().orElse(null);
        if (regel == null || stap == null) {
            Berichten.fout("Kies de verwijzing en de stap.");
            return;
        }
        if (Acties.voerUit(() -> verwijzingService.zetStap(regel.id(), regel.versie(), stap, stapDatum, stapReden, stapDagen))) {
            Berichten.info("De stap is vastgelegd.");
            stap = null;
            stapReden = null;
            stapDagen = null;
        }
        herlaad(); // also after a refusal: show the referrals as they are now, the form keeps the input
    }

    private void herlaad() {
        laad();
        casusView.laad();
    }

    /** Every step that some referral of this casus can take now, with its Dutch label. */
    public List<Verwijzing.Stap> getStappen() {
        return verwijzingen == null ? List.of() : verwijzingen.stream().flatMap(v -> v.stappen().stream()).distinct()
                .map(Verwijzing.Stap::valueOf).sorted().toList();
    }

    public Long getCasusId() {
        return casusId;
    }

    public void setCasusId(Long casusId) {
        this.casusId = casusId;
    }

    public List<VerwijzingRegel> getVerwijzingen() {
        return verwijzingen;
    }

    public List<SelectItem> getAanbieders() {
        return aanbieders;
    }

    public NieuweVerwijzing getNieuw() {
        return nieuw;
    }

    public Long getStapVerwijzing() {
        return stapVerwijzing;
    }

    public void setStapVerwijzing(Long stapVerwijzing) {
        this.stapVerwijzing = stapVerwijzing;
    }

    public Verwijzing.Stap getStap() {
        return stap;
    }

    public void setStap(Verwijzing.Stap stap) {
        this.stap = stap;
    }

    public LocalDate getStapDatum() {
        return stapDatum == null ? LocalDate.now(klok) : stapDatum;
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
}
