package nl.sociaaldossier.casus.domain;

import static nl.sociaaldossier.shared.domain.DomainException.verplicht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.sociaaldossier.household.domain.Huishouden;
import nl.sociaaldossier.organisation.domain.Verwijzer;
import nl.sociaaldossier.catalogus.domain.Voorziening;
import nl.sociaaldossier.shared.domain.Datums;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.Geldig;

/**
 * A melding (hulpvraag): a household's question as it reached the wijkteam, who referred it, and
 * what it is about: one voorziening or one leefgebied. The start of every casus.
 */
@Entity
public class Melding {

    /** NIEUW until the intaker takes it up in a casus, or closes it as solved or referred elsewhere. */
    public enum Status { NIEUW, CASUS, OPGELOST, DOORVERWEZEN }

    public static final int MAX_HULPVRAAG = 4000;
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "huishouden_id")
    private Huishouden huishouden;

    @ManyToOne(optional = false)
    @JoinColumn(name = "verwijzer_id")
    private Verwijzer verwijzer;

    private String hulpvraag;

    @ManyToOne
    @JoinColumn(name = "voorziening_id")
    private Voorziening voorziening;

    @ManyToOne
    @JoinColumn(name = "leefgebied_code")
    private Leefgebied leefgebied;

    @Enumerated(EnumType.STRING)
    private Status status;

    @ManyToOne
    @JoinColumn(name = "casus_id")
    private Casus casus;

    @Column(name = "afhandeling_toelichting")
    private String afhandelingToelichting;
    @Column(name = "afgehandeld_op")
    private LocalDate afgehandeldOp;

    private LocalDate meldingsdatum;
    @Column(name = "geregistreerd_door")
    private String geregistreerdDoor;
    @Column(name = "geregistreerd_op")
    private Instant geregistreerdOp;

    protected Melding() {
        // for JPA
    }

    private Melding(Huishouden huishouden, Verwijzer verwijzer, String hulpvraag, Voorziening voorziening,
                    Leefgebied leefgebied, String door, Instant op, LocalDate meldingsdatum) {
        DomainException.vereis(huishouden != null, "Een melding hoort bij een huishouden.");
        DomainException.vereis(!huishouden.leden().isEmpty(), "Voeg minstens één lid van het huishouden toe.");
        DomainException.vereis(verwijzer != null, "Kies wie de melding doet (de verwijzer).");
        this.hulpvraag = verplicht(hulpvraag, "Beschrijf de hulpvraag.");
        DomainException.vereis(this.hulpvraag.length() <= MAX_HULPVRAAG,
                "De hulpvraag is te lang (hoogstens " + MAX_HULPVRAAG + " tekens).");
        DomainException.vereis((voorziening == null) != (leefgebied == null),
                "Kies de voorziening of het leefgebied waarover de vraag gaat.");
        DomainException.vereis(meldingsdatum != null && !meldingsdatum.isAfter(LocalDate.ofInstant(op, NL)),
                "De meldingsdatum kan niet in de toekomst liggen.");
        vereisGeldig(verwijzer, verwijzer.naam(), meldingsdatum);
        if (voorziening != null) {
            vereisGeldig(voorziening, voorziening.naam(), meldingsdatum);
        } else {
            vereisGeldig(leefgebied, leefgebied.naam(), meldingsdatum);
        }
        this.huishouden = huishouden;
        this.verwijzer = verwijzer;
        this.voorziening = voorziening;
        this.leefgebied = leefgebied;
        this.geregistreerdDoor = verplicht(door, "Onbekende gebruiker.");
        this.geregistreerdOp = op;
        this.meldingsdatum = meldingsdatum;
        this.status = Status.NIEUW;
    }

    /** A melding asking for a specific voorziening. */
    public static Melding overVoorziening(Huishouden huishouden, Verwijzer verwijzer, String hulpvraag,
                                          Voorziening voorziening, String door, Instant op, LocalDate meldingsdatum) {
        DomainException.vereis(voorziening != null, "Kies de voorziening waarover de vraag gaat.");
        return new Melding(huishouden, verwijzer, hulpvraag, voorziening, null, door, op, meldingsdatum);
    }

    /** An ended (or not yet started) catalogue entry is not offered, and not taken from an edited form either. */
    private static void vereisGeldig(Geldig keuze, String naam, LocalDate meldingsdatum) {
        DomainException.vereis(keuze.isGeldigOp(meldingsdatum), naam + " geldt niet op " + Datums.tekst(meldingsdatum)
                + " (de meldingsdatum): kies uit de lijst.");
    }

    /** A melding about a leefgebied, without a specific voorziening in mind. */
    public static Melding overLeefgebied(Huishouden huishouden, Verwijzer verwijzer, String hulpvraag,
                                         Leefgebied leefgebied, String door, Instant op, LocalDate meldingsdatum) {
        DomainException.vereis(leefgebied != null, "Kies het leefgebied waarover de vraag gaat.");
        return new Melding(huishouden, verwijzer, hulpvraag, null, leefgebied, door, op, meldingsdatum);
    }

    /** Taken up in a casus (called by {@link Casus}). */
    void neemOpIn(Casus casus) {
        DomainException.vereis(status == Status.NIEUW, "Deze melding is al afgehandeld.");
        this.casus = casus;
        this.status = Status.CASUS;
    }

    /**
     * Closes the melding without a casus: solved (advice, or an algemene voorziening, no maatwerk)
     * or referred outside the municipality.
     */
    public void sluitAf(Status afhandeling, String toelichting, LocalDate op) {
        DomainException.vereis(status == Status.NIEUW, "Deze melding is al afgehandeld.");
        DomainException.vereis(afhandeling == Status.OPGELOST || afhandeling == Status.DOORVERWEZEN,
                "Sluit een melding af als opgelost of doorverwezen.");
        this.afhandelingToelichting = verplicht(toelichting, afhandeling == Status.OPGELOST
                ? "Beschrijf hoe de vraag is opgelost (advies of welke algemene voorziening)."
                : "Beschrijf waarheen is doorverwezen.");
        this.status = afhandeling;
        this.afgehandeldOp = op;
    }

    public Optional<LocalDate> afgehandeldOp() {
        return Optional.ofNullable(afgehandeldOp);
    }

    public Optional<Casus> casus() {
        return Optional.ofNullable(casus);
    }

    public String afhandelingToelichting() {
        return afhandelingToelichting;
    }

    public Long id() {
        return id;
    }

    public Huishouden huishouden() {
        return huishouden;
    }

    public Verwijzer verwijzer() {
        return verwijzer;
    }

    public String hulpvraag() {
        return hulpvraag;
    }

    public Voorziening voorziening() {
        return voorziening;
    }

    public Leefgebied leefgebied() {
        return leefgebied;
    }

    public Status status() {
        return status;
    }

    public LocalDate meldingsdatum() {
        return meldingsdatum;
    }

    public String geregistreerdDoor() {
        return geregistreerdDoor;
    }

    public Instant geregistreerdOp() {
        return geregistreerdOp;
    }
}
