package nl.sociaaldossier.referral.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.io.Serializable;
import java.time.LocalDate;
import nl.sociaaldossier.referral.domain.Verwijzing;

/** What a coach enters to refer a household to a voorziening. */
public class NieuweVerwijzing implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{verwijzing.client.verplicht}")
    private Long clientId;
    @NotNull(message = "{verwijzing.voorziening.verplicht}")
    private Long voorzieningId;
    private Verwijzing.Vorm vorm;
    private Long aanbiederId;
    private Verwijzing.Contractsoort contractsoort;
    @NotNull(message = "{verwijzer.verplicht}")
    private Long verwijzerId;
    private boolean doorbraak;
    @NotNull(message = "{verwijzing.meldingsdatum.verplicht}")
    @PastOrPresent(message = "{meldingsdatum.toekomst}")
    private LocalDate meldingsdatum;
    @NotNull(message = "{verwijzing.aanvraagdatum.verplicht}")
    @PastOrPresent(message = "{verwijzing.aanvraagdatum.toekomst}")
    private LocalDate aangevraagdOp;

    public Long getClientId() {
        return clientId;
    }

    public void setClientId(Long clientId) {
        this.clientId = clientId;
    }

    public Verwijzing.Vorm getVorm() {
        return vorm;
    }

    public void setVorm(Verwijzing.Vorm vorm) {
        this.vorm = vorm;
    }

    public Long getVoorzieningId() {
        return voorzieningId;
    }

    public void setVoorzieningId(Long voorzieningId) {
        this.voorzieningId = voorzieningId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public void setAanbiederId(Long aanbiederId) {
        this.aanbiederId = aanbiederId;
    }

    public Verwijzing.Contractsoort getContractsoort() {
        return contractsoort;
    }

    public void setContractsoort(Verwijzing.Contractsoort contractsoort) {
        this.contractsoort = contractsoort;
    }

    public Long getVerwijzerId() {
        return verwijzerId;
    }

    public void setVerwijzerId(Long verwijzerId) {
        this.verwijzerId = verwijzerId;
    }

    public boolean isDoorbraak() {
        return doorbraak;
    }

    public void setDoorbraak(boolean doorbraak) {
        this.doorbraak = doorbraak;
    }

    public LocalDate getMeldingsdatum() {
        return meldingsdatum;
    }

    public void setMeldingsdatum(LocalDate meldingsdatum) {
        this.meldingsdatum = meldingsdatum;
    }

    public LocalDate getAangevraagdOp() {
        return aangevraagdOp;
    }

    public void setAangevraagdOp(LocalDate aangevraagdOp) {
        this.aangevraagdOp = aangevraagdOp;
    }
}
