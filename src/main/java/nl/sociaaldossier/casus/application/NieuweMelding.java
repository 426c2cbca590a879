package nl.sociaaldossier.casus.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.sociaaldossier.casus.domain.Melding;
import nl.sociaaldossier.household.domain.Adres;
import nl.sociaaldossier.household.domain.GeldigBsn;
import nl.sociaaldossier.household.domain.GeldigeGeboortedatum;
import nl.sociaaldossier.household.domain.Gezinslid;

/**
 * What an intaker enters to register a melding: the household (address, wijk, members), the
 * verwijzer and the question. The form binds to it; the service validates it again.
 */
public class NieuweMelding implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{adres.straat.verplicht}")
    @Size(max = 150, message = "{tekst.te.lang}")
    private String straat;
    @NotBlank(message = "{adres.huisnummer.verplicht}")
    @Size(max = 20, message = "{tekst.te.lang}")
    private String huisnummer;
    @NotBlank(message = "{adres.postcode.verplicht}")
    @Pattern(regexp = Adres.POSTCODE_PATROON, message = "{adres.postcode.ongeldig}")
    private String postcode;
    @NotBlank(message = "{adres.woonplaats.verplicht}")
    @Size(max = 100, message = "{tekst.te.lang}")
    private String woonplaats = "Almelo";
    @NotNull(message = "{wijk.verplicht}")
    private Long wijkId;
    @NotNull(message = "{verwijzer.verplicht}")
    private Long verwijzerId;
    /** A voorziening ("V:<id>") or a leefgebied ("L:<code>"), see {@link Onderwerp}. */
    @NotBlank(message = "{onderwerp.verplicht}")
    private String onderwerp;
    @NotBlank(message = "{hulpvraag.verplicht}")
    @Size(max = Melding.MAX_HULPVRAAG, message = "{tekst.te.lang}")
    private String hulpvraag;
    @NotNull(message = "{meldingsdatum.verplicht}")
    @PastOrPresent(message = "{meldingsdatum.toekomst}")
    private LocalDate meldingsdatum;
    @Valid
    @NotEmpty(message = "{leden.verplicht}")
    private List<Lid> leden = new ArrayList<>();

    public NieuweMelding() {
        leden.add(new Lid());
    }

    /** One member of the household as entered. */
    public static class Lid implements Serializable {

        private static final long serialVersionUID = 1L;

        @NotBlank(message = "{lid.voornaam.verplicht}")
        @Size(max = 100, message = "{tekst.te.lang}")
        @Pattern(regexp = Gezinslid.NAAM_PATROON, message = "{lid.voornaam.tekens}")
        private String voornaam;
        @NotBlank(message = "{lid.achternaam.verplicht}")
        @Size(max = 100, message = "{tekst.te.lang}")
        @Pattern(regexp = Gezinslid.NAAM_PATROON, message = "{lid.achternaam.tekens}")
        private String achternaam;
        @NotNull(message = "{lid.geboortedatum.verplicht}")
        @PastOrPresent(message = "{lid.geboortedatum.toekomst}")
        @GeldigeGeboortedatum
        private LocalDate geboortedatum;
        @NotBlank(message = "{lid.bsn.verplicht}")
        @GeldigBsn
        private String bsn;

        public Lid() {
        }

        public Lid(String voornaam, String achternaam, LocalDate geboortedatum, String bsn) {
            this.voornaam = voornaam;
            this.achternaam = achternaam;
            this.geboortedatum = geboortedatum;
            this.bsn = bsn;
        }

        public String getVoornaam() {
            return voornaam;
        }

        public void setVoornaam(String voornaam) {
            this.voornaam = voornaam;
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

        public String getBsn() {
            return bsn;
        }

        public void setBsn(String bsn) {
            this.bsn = bsn;
        }
    }

    public void voegLidToe() {
        leden.add(new Lid());
    }

    public void verwijderLid(Lid lid) {
        if (leden.size() > 1) {
            leden.remove(lid);
        }
    }

    public String getStraat() {
        return straat;
    }

    public void setStraat(String straat) {
        this.straat = straat;
    }

    public String getHuisnummer() {
        return huisnummer;
    }

    public void setHuisnummer(String huisnummer) {
        this.huisnummer = huisnummer;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getWoonplaats() {
        return woonplaats;
    }

    public void setWoonplaats(String woonplaats) {
        this.woonplaats = woonplaats;
    }

    public Long getWijkId() {
        return wijkId;
    }

    public void setWijkId(Long wijkId) {
        this.wijkId = wijkId;
    }

    public Long getVerwijzerId() {
        return verwijzerId;
    }

    public void setVerwijzerId(Long verwijzerId) {
        this.verwijzerId = verwijzerId;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public void setOnderwerp(String onderwerp) {
        this.onderwerp = onderwerp;
    }

    public String getHulpvraag() {
        return hulpvraag;
    }

    public void setHulpvraag(String hulpvraag) {
        this.hulpvraag = hulpvraag;
    }

    public LocalDate getMeldingsdatum() {
        return meldingsdatum;
    }

    public void setMeldingsdatum(LocalDate meldingsdatum) {
        this.meldingsdatum = meldingsdatum;
    }

    public List<Lid> getLeden() {
        return leden;
    }

    /** The members as a whole (the REST API sends them so; the form adds and removes one at a time). */
    public void setLeden(List<Lid> leden) {
        this.leden = leden == null ? new ArrayList<>() : new ArrayList<>(leden);
    }
}
