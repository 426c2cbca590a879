package nl.sociaaldossier.casus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.casus.application.HuishoudenRegel;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.web.Acties;

/** "Zoeken": before registering, the intaker looks the household up (één gezin: no second household for the same people). */
@Named
@ViewScoped
public class ZoekHuishoudenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeldingService meldingService;

    private String bsn;
    private String achternaam;
    private LocalDate geboortedatum;
    private String postcode;
    private String huisnummer;
    private List<HuishoudenRegel> gevonden;

    public void zoek() {
        gevonden = Acties.resultaat(() -> meldingService.zoekHuishoudens(bsn, achternaam, geboortedatum, postcode, huisnummer));
    }

    public List<HuishoudenRegel> getGevonden() {
        return gevonden;
    }

    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getAchternaam() {
        return achternaam;
    }

    public void setAchternaam(String achternaam) {
        this.achternaam = achternaam;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public void setGeboortedatum(LocalDate geboortedatum) {
        this.geboortedatum = geboortedatum;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getHuisnummer() {
        return huisnummer;
    }

    public void setHuisnummer(String huisnummer) {
        this.huisnummer = huisnummer;
    }
}
