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
        this.voornaam = naam(voornaam, "Vul de voornaam in.", "De voornaam");
        this.achternaam = naam(achternaam, "Vul de achternaam in.", "De achternaam");
        DomainException.vereis(geboortedatum != null, "Vul de geboortedatum in.");
        DomainException.vereis(!geboortedatum.isAfter(vandaag), "De geboortedatum kan niet in de toekomst liggen.");
        DomainException.vereis(!geboortedatum.isBefore(VROEGSTE_GEBOORTEDATUM), "Een geboortedatum ligt op of na 01-01-1900: controleer het jaar.");
        this.geboortedatum = geboortedatum;
        this.bsn = Objects.requireNonNull(bsn, "bsn");
    }

    public Long id() {
        return id;
    }

    public Huishouden huishouden() {
        return huishouden;
    }

    /** Birth dates before this are typing errors, not residents. */
    public static final LocalDate VROEGSTE_GEBOORTEDATUM = LocalDate.of(1900, 1, 1);

    /**
     * Names as people write them: letters (with diacritics), spaces, hyphens and apostrophes
     * ('t Hart, Jan-Willem, N'Diaye, Çelik, Ðorđević), starting with a letter or apostrophe; no digits, markup or other signs.
     */
    public static final String NAAM_PATROON = "^['\u2019]?\\p{L}[\\p{L}\\p{M} '\u2019-]*$";
    private static final java.util.regex.Pattern NAAM = java.util.regex.Pattern.compile(NAAM_PATROON);

    static String naam(String invoer, String leeg, String wat) {
        String naam = verplicht(invoer, leeg);
        DomainException.vereis(naam.length() <= 100, wat + " is langer dan 100 tekens.");
        DomainException.vereis(NAAM.matcher(naam).matches(),
                wat + " mag alleen letters, spaties, koppeltekens (-) en apostrofs (') bevatten.");
        return naam;
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
