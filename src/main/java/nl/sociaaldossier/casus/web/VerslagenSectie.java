package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.domain.Verslag;

/** The section "Verslagen": writing a verslag and reading the earlier ones. */
@Named
@ViewScoped
public class VerslagenSectie implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CasusWerkblad werkblad;
    @Inject
    private CasusService casusService;

    private Verslag.Soort soort = Verslag.Soort.GESPREK;
    private LocalDate datum;
    private String tekst;

    public void schrijf() {
        if (werkblad.voer(() -> casusService.schrijfVerslag(werkblad.getId(), werkblad.versie(), soort, getDatum(), tekst),
                "Het verslag is opgeslagen.")) {
            tekst = null;
        }
    }

    public Verslag.Soort getSoort() {
        return soort;
    }

    public void setSoort(Verslag.Soort soort) {
        this.soort = soort;
    }

    public LocalDate getDatum() {
        return datum == null ? werkblad.getVandaag() : datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getTekst() {
        return tekst;
    }

    public void setTekst(String tekst) {
        this.tekst = tekst;
    }
}
