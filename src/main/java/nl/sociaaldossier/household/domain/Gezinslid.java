package nl.sociaaldossier.household.domain;

import static nl.sociaaldossier.shared.domain.DomainException.verplicht;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import java.util.Objects;
import nl.sociaaldossier.shared.domain.DomainException;

/** A person who belongs to a household. Created only through {@link Huishouden#voegLidToe}. */
@Entity
public class Gezinslid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "huishouden_id")
    private Huishouden huishouden;

    private int volgnummer;
    private String voornaam;
    private String achternaam;
    private LocalDate geboortedatum;

    @Embedded
    private Bsn bsn;

    protected Gezinslid() {
        // for JPA
    }

    Gezinslid(Huishouden huishouden, int volgnummer, String voornaam, String achternaam,
              LocalDate geboortedatum, Bsn bsn, LocalDate vandaag) {
        this.huishouden = huishouden;
        this.volgnummer = volgnummer;
        this.voornaam = verplicht(voornaam, "Vul de voornaam in.");
        this.achternaam = verplicht(achternaam, "Vul de achternaam in.");
        DomainException.vereis(geboortedatum != null, "Vul de geboortedatum in.");
        DomainException.vereis(!geboortedatum.isAfter(vandaag), "De geboortedatum kan niet in de toekomst liggen.");
        this.geboortedatum = geboortedatum;
        this.bsn = Objects.requireNonNull(bsn, "bsn");
    }

    public Long id() {
        return id;
    }

    public Huishouden huishouden() {
        return huishouden;
    }

    public String voornaam() {
        return voornaam;
    }

    public String achternaam() {
        return achternaam;
    }

    public String naam() {
        return voornaam + " " + achternaam;
    }

    public LocalDate geboortedatum() {
        return geboortedatum;
    }

    /** Under 18 on the given date. */
    public boolean isMinderjarigOp(LocalDate peildatum) {
        return geboortedatum.plusYears(18).isAfter(peildatum);
    }

    public Bsn bsn() {
        return bsn;
    }
}
