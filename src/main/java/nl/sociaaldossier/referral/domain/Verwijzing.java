package nl.sociaaldossier.referral.domain;

import static nl.sociaaldossier.shared.domain.DomainException.vereis;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.catalogus.domain.Aanbieder;
import nl.sociaaldossier.catalogus.domain.Voorziening;
import nl.sociaaldossier.household.domain.Gezinslid;
import nl.sociaaldossier.organisation.domain.Verwijzer;
import nl.sociaaldossier.referral.domain.VerwijzingStap.Gebeurtenis;
import nl.sociaaldossier.shared.domain.Datums;

/**
 * A referral of a casus to a voorziening. Algemene voorzieningen need no decision:
 * aangevraagd → gestart → beëindigd. Maatwerk: aangevraagd → toegekend or afgewezen → gestart →
 * beëindigd; before the start it can be ingetrokken. Each step has its date. Maatwerk follows the
 * legal terms ({@link #termijnen()}); suspending (opschorten) or extending shifts them by the real days.
 */
@Entity
public class Verwijzing {

    public enum Status { AANGEVRAAGD, TOEGEKEND, AFGEWEZEN, GESTART, BEEINDIGD, INGETROKKEN }

    public enum Contractsoort { RAAMCONTRACT, MAATWERKCONTRACT }

    /** How a voorziening that knows forms (jeugdhulp op school) is given. */
    public enum Vorm { INDIVIDUEEL, GROEPSGERICHT }

    /** The steps a user can take on a referral. */
    public enum Stap { ONDERZOEK_AFGEROND, TOEKENNEN, AFWIJZEN, STARTEN, BEEINDIGEN, INTREKKEN, OPSCHORTEN, HERVATTEN, VERLENGEN }

    /** An extension of the term of a decision: at most the Awb's eight weeks (art. 4:14). */
    public static final int MAXIMALE_VERLENGING_DAGEN = 56;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "casus_id")
    private Casus casus;
    @ManyToOne(optional = false)
    @JoinColumn(name = "client_id")
    private Gezinslid client;
    @ManyToOne(optional = false)
    @JoinColumn(name = "voorziening_id")
    private Voorziening voorziening;
    @Enumerated(EnumType.STRING)
    private Vorm vorm;
    @ManyToOne
    @JoinColumn(name = "aanbieder_id")
    private Aanbieder aanbieder;
    @Enumerated(EnumType.STRING)
    private Contractsoort contractsoort;
    @ManyToOne(optional = false)
    @JoinColumn(name = "verwijzer_id")
    private Verwijzer verwijzer;
    private boolean doorbraak;
    @Enumerated(EnumType.STRING)
    private Status status;

    private LocalDate meldingsdatum;
    @Column(name = "aangevraagd_op")
    private LocalDate aangevraagdOp;
    @Column(name = "onderzoek_afgerond_op")
    private LocalDate onderzoekAfgerondOp;
    @Column(name = "besluit_op")
    private LocalDate besluitOp;
    @Column(name = "gestart_op")
    private LocalDate gestartOp;
    @Column(name = "beeindigd_op")
    private LocalDate beeindigdOp;
    @Column(name = "ingetrokken_op")
    private LocalDate ingetrokkenOp;
    @Column(name = "opgeschort_vanaf")
    private LocalDate opgeschortVanaf;
    @Column(name = "opgeschorte_dagen")
    private int opgeschorteDagen;
    @Column(name = "verlengd_dagen")
    private int verlengdDagen;
    /** The terms in force on the day of the aanvraag (maatwerk only): none for the onderzoek outside the Wmo. */
    @Column(name = "onderzoek_dagen")
    private Integer onderzoekDagen;
    @Column(name = "beschikking_dagen")
    private Integer beschikkingDagen;
    private String toelichting;
    @Column(name = "aangemaakt_door")
    private String aangemaaktDoor;
    @Column(name = "aangemaakt_op")
    private Instant aangemaaktOp;
    @OneToMany(mappedBy = "verwijzing", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<VerwijzingStap> stappen = new ArrayList<>();

    protected Verwijzing() {
        // for JPA
    }

    /** As {@link #vraagAan(Casus, Gezinslid, Voorziening, Vorm, Aanbieder, Contractsoort, Verwijzer, boolean, LocalDate, LocalDate, String, Instant, LocalDate, Termijnregel)}, with the statutory terms. */
    public static Verwijzing vraagAan(Casus casus, Gezinslid client, Voorziening voorziening, Vorm vorm, Aanbieder aanbieder,
                                      Contractsoort contractsoort,
                                      Verwijzer verwijzer, boolean doorbraak, LocalDate meldingsdatum, LocalDate aangevraagdOp,
                                      String door, Instant nu, LocalDate vandaag) {
        return vraagAan(casus, client, voorziening, vorm, aanbieder, contractsoort, verwijzer, doorbraak, meldingsdatum, aangevraagdOp,
                door, nu, vandaag, voorziening == null ? null : Termijnregel.wettelijk(voorziening.wetOfDomein()));
    }

    /**
     * Records the request for a voorziening in a casus that is in uitvoering (analysis done, regisseur
     * where needed), with the legal terms of its law in force on the day of the aanvraag. Voorziening,
     * aanbieder and verwijzer must be valid on that day.
     */
    public static Verwijzing vraagAan(Casus casus, Gezinslid client, Voorziening voorziening, Vorm vorm, Aanbieder aanbieder,
                                      Contractsoort contractsoort,
                                      Verwijzer verwijzer, boolean doorbraak, LocalDate meldingsdatum, LocalDate aangevraagdOp,
                                      String door, Instant nu, LocalDate vandaag, Termijnregel termijnregel) {
        vereis(casus != null && casus.isInUitvoering(),
                "Verwijzen kan als de casus in uitvoering is: rond eerst de verklarende analyse af (met één regisseur bij meervoudige problematiek).");
        vereis(client != null, "Kies voor wie in het huishouden de verwijzing is.");
        vereis(client.huishouden().equals(casus.huishouden()), "De cliënt hoort niet bij het huishouden van deze casus.");
        vereis(voorziening != null, "Kies de voorziening.");
        vereis(verwijzer != null, "Kies wie verwijst.");
        if (voorziening.kentVorm()) {
            vereis(vorm != null, "Kies of " + voorziening.naam() + " individueel of groepsgericht is.");
        } else {
            vereis(vorm == null, voorziening.naam() + " kent geen vorm (individueel of groepsgericht).");
        }
        Verwijzing v = new Verwijzing();
        v.casus = casus;
        v.client = client;
        v.voorziening = voorziening;
        v.vorm = vorm;
        v.verwijzer = verwijzer;
        v.doorbraak = doorbraak;
        if (voorziening.soort() == Voorziening.Soort.MAATWERK) {
            vereis(aanbieder != null, "Kies de aanbieder van de maatwerkvoorziening.");
            vereis(contractsoort != null, "Kies de contractsoort (raamcontract of maatwerkcontract).");
            v.contractsoort = contractsoort;
        } else {
            vereis(contractsoort == null, "Een algemene voorziening heeft geen contract met de gemeente per verwijzing.");
        }
        v.aanbieder = aanbieder;
        vereis(meldingsdatum != null, "Vul de datum van de melding (hulpvraag) in.");
        vereis(aangevraagdOp != null, "Vul de datum van de aanvraag in.");
        vereis(!aangevraagdOp.isAfter(vandaag), "De aanvraagdatum kan niet in de toekomst liggen.");
        vereis(!meldingsdatum.isAfter(aangevraagdOp), "De melding gaat aan de aanvraag vooraf.");
        vereis(!meldingsdatum.isBefore(client.geboortedatum()), "De melding ligt voor de geboorte van " + client.naam() + " ("
                + Datums.tekst(client.geboortedatum()) + "): een verwijzing is voor iemand die er al is.");
        vereis(voorziening.isGeldigOp(aangevraagdOp), voorziening.naam() + " geldt niet op " + Datums.tekst(aangevraagdOp)
                + " (de aanvraagdatum): kies een voorziening uit de lijst.");
        vereis(aanbieder == null || aanbieder.isGeldigOp(aangevraagdOp), aanbieder == null ? "" : aanbieder.naam() + " is op "
                + Datums.tekst(aangevraagdOp) + " (de aanvraagdatum) geen aanbieder: kies een aanbieder uit de lijst.");
        vereis(verwijzer.isGeldigOp(meldingsdatum), verwijzer.naam() + " is op " + Datums.tekst(meldingsdatum)
                + " (de meldingsdatum) geen verwijzer: kies een verwijzer uit de lijst.");
        if (v.isMaatwerk()) {
            vereis(termijnregel != null, "De wettelijke termijnen van " + voorziening.wetOfDomein() + " ontbreken.");
            v.onderzoekDagen = termijnregel.onderzoekDagen();
            v.beschikkingDagen = termijnregel.beschikkingDagen();
        }
        v.meldingsdatum = meldingsdatum;
        v.aangevraagdOp = aangevraagdOp;
        v.status = Status.AANGEVRAAGD;
        v.aangemaaktDoor = door;
        v.aangemaaktOp = nu;
        v.registreer(Gebeurtenis.AANGEVRAAGD, aangevraagdOp, null, null, door, nu);
        return v;
    }

    public boolean isMaatwerk() {
        return voorziening.soort() == Voorziening.Soort.MAATWERK;
    }

    /** Whether the law sets a term for the onderzoek after the melding (the Wmo does). */
    public boolean heeftOnderzoekstermijn() {
        return onderzoekDagen != null;
    }

    /** Wmo: the onderzoek into the need is done. */
    public void rondOnderzoekAf(LocalDate op, String door, Instant nu, LocalDate vandaag) {
        vereis(heeftOnderzoekstermijn(), "Een onderzoek na de melding hoort bij de Wmo.");
        vereis(onderzoekAfgerondOp == null, "Het onderzoek is al afgerond.");
        onderzoekAfgerondOp = stapDatum(op, meldingsdatum, vandaag);
        registreer(Gebeurtenis.ONDERZOEK_AFGEROND, onderzoekAfgerondOp, null, null, door, nu);
    }

    public void kenToe(LocalDate op, String door, Instant nu, LocalDate vandaag) {
        besluit(Status.TOEGEKEND, op, vandaag);
        registreer(Gebeurtenis.TOEGEKEND, besluitOp, null, null, door, nu);
    }

    public void wijsAf(LocalDate op, String reden, String door, Instant nu, LocalDate vandaag) {
        String waarom = verplicht(reden, "Geef de reden van de afwijzing.");
        besluit(Status.AFGEWEZEN, op, vandaag);
        toelichting = waarom;
        registreer(Gebeurtenis.AFGEWEZEN, besluitOp, null, waarom, door, nu);
    }

    private void besluit(Status uitkomst, LocalDate op, LocalDate vandaag) {
        vereis(isMaatwerk(), "Een algemene voorziening heeft geen besluit nodig.");
        vereis(status == Status.AANGEVRAAGD, "Er is al een besluit over deze verwijzing.");
        vereis(opgeschortVanaf == null, "De aanvraag is opgeschort: hervat haar eerst.");
        besluitOp = stapDatum(op, aangevraagdOp, vandaag);
        status = uitkomst;
    }

    public void start(LocalDate op, String door, Instant nu, LocalDate vandaag) {
        vereis(isMaatwerk() ? status == Status.TOEGEKEND : status == Status.AANGEVRAAGD,
                isMaatwerk() ? "Een maatwerkvoorziening start na de toekenning." : "Deze verwijzing is al gestart of afgerond.");
        gestartOp = stapDatum(op, isMaatwerk() ? besluitOp : aangevraagdOp, vandaag);
        status = Status.GESTART;
        registreer(Gebeurtenis.GESTART, gestartOp, null, null, door, nu);
    }

    public void beeindig(LocalDate op, String door, Instant nu, LocalDate vandaag) {
        vereis(status == Status.GESTART, "Alleen een gestarte voorziening kan worden beëindigd.");
        beeindigdOp = stapDatum(op, gestartOp, vandaag);
        status = Status.BEEINDIGD;
        registreer(Gebeurtenis.BEEINDIGD, beeindigdOp, null, null, door, nu);
    }

    public void trekIn(LocalDate op, String reden, String door, Instant nu, LocalDate vandaag) {
        vereis(status == Status.AANGEVRAAGD || status == Status.TOEGEKEND, "Intrekken kan zolang de voorziening niet is gestart.");
        String waarom = verplicht(reden, "Geef de reden van het intrekken.");
        ingetrokkenOp = stapDatum(op, aangevraagdOp, vandaag);
        toelichting = waarom;
        status = Status.INGETROKKEN;
        opgeschortVanaf = null;
        registreer(Gebeurtenis.INGETROKKEN, ingetrokkenOp, null, waarom, door, nu);
    }

    /** Suspends the decision (e.g. waiting for information from the resident): the terms stand still. */
    public void schortOp(LocalDate vanaf, String reden, String door, Instant nu, LocalDate vandaag) {
        vereis(isMaatwerk() && status == Status.AANGEVRAAGD, "Opschorten kan zolang er over maatwerk nog geen besluit is.");
        vereis(opgeschortVanaf == null, "De aanvraag is al opgeschort.");
        String waarom = verplicht(reden, "Geef de reden van het opschorten.");
        opgeschortVanaf = stapDatum(vanaf, aangevraagdOp, vandaag);
        registreer(Gebeurtenis.OPGESCHORT, opgeschortVanaf, null, waarom, door, nu);
    }

    /** Ends the suspension: the terms shift by the real days it lasted. */
    public void hervat(LocalDate op, String door, Instant nu, LocalDate vandaag) {
        vereis(opgeschortVanaf != null, "De aanvraag is niet opgeschort.");
        LocalDate tot = stapDatum(op, opgeschortVanaf, vandaag);
        int dagen = (int) ChronoUnit.DAYS.between(opgeschortVanaf, tot);
        opgeschorteDagen += dagen;
        opgeschortVanaf = null;
        registreer(Gebeurtenis.HERVAT, tot, dagen, null, door, nu);
    }

    /** Extends the term of the decision by a number of days, with the reason told to the resident. */
    public void verleng(int dagen, String reden, String door, Instant nu, LocalDate vandaag) {
        vereis(isMaatwerk() && status == Status.AANGEVRAAGD, "Verlengen kan zolang er over maatwerk nog geen besluit is.");
        vereis(dagen > 0 && dagen <= MAXIMALE_VERLENGING_DAGEN, "Verleng met 1 tot " + MAXIMALE_VERLENGING_DAGEN + " dagen.");
        String waarom = verplicht(reden, "Geef de reden van de verlenging.");
        verlengdDagen += dagen;
        registreer(Gebeurtenis.VERLENGD, vandaag, dagen, waarom, door, nu);
    }

    /**
     * The legal terms of this referral. Days of suspension (also a running one, counted to
     * {@code vandaag}) and of extension shift every term that is not yet met.
     */
    public List<Termijn> termijnen(LocalDate vandaag) {
        List<Termijn> termijnen = new ArrayList<>();
        if (!isMaatwerk()) {
            return termijnen;
        }
        long verschuiving = opgeschorteDagen + verlengdDagen
                + (opgeschortVanaf == null ? 0 : ChronoUnit.DAYS.between(opgeschortVanaf, vandaag));
        if (onderzoekDagen != null) {
            termijnen.add(new Termijn("Onderzoek (" + Termijnregel.tekst(onderzoekDagen) + " na de melding)",
                    meldingsdatum.plusDays(onderzoekDagen + (onderzoekAfgerondOp == null ? verschuiving : opgeschorteDagen + verlengdDagen)),
                    onderzoekAfgerondOp));
        }
        if (status != Status.INGETROKKEN) {
            termijnen.add(new Termijn("Beschikking (" + Termijnregel.tekst(beschikkingDagen) + " na de aanvraag)",
                    aangevraagdOp.plusDays(beschikkingDagen + verschuiving), besluitOp));
        }
        return termijnen;
    }

    /** The steps that can come next, in the order users take them. */
    public List<Stap> mogelijkeStappen() {
        List<Stap> stappen = new ArrayList<>();
        switch (status) {
            case AANGEVRAAGD -> {
                if (isOpgeschort()) {
                    stappen.add(Stap.HERVATTEN);
                } else if (isMaatwerk()) {
                    if (heeftOnderzoekstermijn() && onderzoekAfgerondOp == null) {
                        stappen.add(Stap.ONDERZOEK_AFGEROND);
                    }
                    stappen.addAll(List.of(Stap.TOEKENNEN, Stap.AFWIJZEN, Stap.OPSCHORTEN, Stap.VERLENGEN));
                } else {
                    stappen.add(Stap.STARTEN);
                }
                stappen.add(Stap.INTREKKEN);
            }
            default -> { }
        }
        if (status == Status.TOEGEKEND) {
            stappen.addAll(List.of(Stap.STARTEN, Stap.INTREKKEN));
        } else if (status == Status.GESTART) {
            stappen.add(Stap.BEEINDIGEN);
        }
        return stappen;
    }

    /** Takes a step: the date it happened, a reason where the step needs one, days for an extension. */
    public void zetStap(Stap stap, LocalDate op, String reden, Integer dagen, String door, Instant nu, LocalDate vandaag) {
        switch (stap) {
            case ONDERZOEK_AFGEROND -> rondOnderzoekAf(op, door, nu, vandaag);
            case TOEKENNEN -> kenToe(op, door, nu, vandaag);
            case AFWIJZEN -> wijsAf(op, reden, door, nu, vandaag);
            case STARTEN -> start(op, door, nu, vandaag);
            case BEEINDIGEN -> beeindig(op, door, nu, vandaag);
            case INTREKKEN -> trekIn(op, reden, door, nu, vandaag);
            case OPSCHORTEN -> schortOp(op, reden, door, nu, vandaag);
            case HERVATTEN -> hervat(op, door, nu, vandaag);
            case VERLENGEN -> verleng(dagen == null ? 0 : dagen, reden, door, nu, vandaag);
        }
    }

    /** The earliest term not yet met, if any. */
    public Optional<Termijn> volgendeTermijn(LocalDate vandaag) {
        return termijnen(vandaag).stream().filter(t -> !t.isVoldaan()).min(java.util.Comparator.comparing(Termijn::uiterlijk));
    }

    private LocalDate stapDatum(LocalDate op, LocalDate nietVoor, LocalDate vandaag) {
        vereis(op != null, "Vul de datum in.");
        vereis(!op.isAfter(vandaag), "De datum kan niet in de toekomst liggen.");
        vereis(nietVoor == null || !op.isBefore(nietVoor), "De datum kan niet voor " + Datums.tekst(nietVoor) + " liggen (de vorige stap).");
        return op;
    }

    /** Records the step on the referral's timeline and, with its date, in the casus history. */
    private void registreer(Gebeurtenis gebeurtenis, LocalDate datum, Integer dagen, String waarom, String door, Instant nu) {
        stappen.add(new VerwijzingStap(this, gebeurtenis, datum, dagen, waarom, door, nu));
        String wat = switch (gebeurtenis) {
            case AANGEVRAAGD -> "aangevraagd op " + Datums.tekst(datum);
            case ONDERZOEK_AFGEROND -> "onderzoek afgerond op " + Datums.tekst(datum);
            case TOEGEKEND -> "toegekend op " + Datums.tekst(datum);
            case AFGEWEZEN -> "afgewezen op " + Datums.tekst(datum) + ": " + waarom;
            case GESTART -> "gestart op " + Datums.tekst(datum);
            case BEEINDIGD -> "beëindigd op " + Datums.tekst(datum);
            case INGETROKKEN -> "ingetrokken op " + Datums.tekst(datum) + ": " + waarom;
            case OPGESCHORT -> "opgeschort vanaf " + Datums.tekst(datum) + ": " + waarom;
            case HERVAT -> "hervat op " + Datums.tekst(datum) + " na " + dagen + " dagen opschorting";
            case VERLENGD -> "termijn verlengd met " + dagen + " dagen: " + waarom;
        };
        casus.vermeld("Verwijzing naar " + voorziening.naam() + " " + wat, door, nu);
    }

    /**
     * Every step with its date, oldest first. Steps of referrals registered before steps were kept
     * (or imported) come from their dates, without who took them.
     */
    public List<VerwijzingStap> tijdlijn() {
        List<VerwijzingStap> lijn = new ArrayList<>(stappen);
        aanvullen(lijn, Gebeurtenis.AANGEVRAAGD, aangevraagdOp);
        aanvullen(lijn, Gebeurtenis.ONDERZOEK_AFGEROND, onderzoekAfgerondOp);
        aanvullen(lijn, status == Status.AFGEWEZEN ? Gebeurtenis.AFGEWEZEN : Gebeurtenis.TOEGEKEND, besluitOp);
        aanvullen(lijn, Gebeurtenis.GESTART, gestartOp);
        aanvullen(lijn, Gebeurtenis.BEEINDIGD, beeindigdOp);
        aanvullen(lijn, Gebeurtenis.INGETROKKEN, ingetrokkenOp);
        lijn.sort(java.util.Comparator.comparing(VerwijzingStap::datum).thenComparing(s -> s.gebeurtenis().ordinal()));
        return lijn;
    }

    private void aanvullen(List<VerwijzingStap> lijn, Gebeurtenis gebeurtenis, LocalDate datum) {
        if (datum != null && lijn.stream().noneMatch(s -> s.gebeurtenis() == gebeurtenis)) {
            lijn.add(new VerwijzingStap(this, gebeurtenis, datum, null, null, null, null));
        }
    }

    public Long id() {
        return id;
    }

    public long versie() {
        return version;
    }

    public Gezinslid client() {
        return client;
    }

    public Optional<Vorm> vorm() {
        return Optional.ofNullable(vorm);
    }

    public Casus casus() {
        return casus;
    }

    public Voorziening voorziening() {
        return voorziening;
    }

    public Optional<Aanbieder> aanbieder() {
        return Optional.ofNullable(aanbieder);
    }

    public Contractsoort contractsoort() {
        return contractsoort;
    }

    public Verwijzer verwijzer() {
        return verwijzer;
    }

    public boolean isDoorbraak() {
        return doorbraak;
    }

    public Status status() {
        return status;
    }

    public LocalDate aangevraagdOp() {
        return aangevraagdOp;
    }

    public LocalDate besluitOp() {
        return besluitOp;
    }

    public LocalDate gestartOp() {
        return gestartOp;
    }

    public LocalDate beeindigdOp() {
        return beeindigdOp;
    }

    public boolean isOpgeschort() {
        return opgeschortVanaf != null;
    }

    public String toelichting() {
        return toelichting;
    }
}
