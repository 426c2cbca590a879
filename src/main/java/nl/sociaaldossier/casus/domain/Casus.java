package nl.sociaaldossier.casus.domain;

import static nl.sociaaldossier.shared.domain.DomainException.vereis;
import static nl.sociaaldossier.shared.domain.DomainException.verplicht;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.shared.domain.Datums;
import nl.sociaaldossier.household.domain.Huishouden;
import nl.sociaaldossier.organisation.domain.Medewerker;
import nl.sociaaldossier.organisation.domain.Team;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * The casus of one household (één gezin): its verklarende analyse, exactly one regisseur when the
 * problems are multiple, its AVE level and who holds regie, and its history. Every change is a
 * method named as users say it, checked here, and written to the history with who and when.
 */
@Entity
public class Casus {

    public enum Status { IN_ANALYSE, IN_UITVOERING, AFGESLOTEN }

    /** A casus is "meervoudig" when this many leefgebieden or more are at stake. */
    public static final int MEERVOUDIG_VANAF = 2;
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
    @JoinColumn(name = "team_id")
    private Team team;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int episode;

    @ManyToOne
    @JoinColumn(name = "regisseur")
    private Medewerker regisseur;

    @ManyToOne
    @JoinColumn(name = "procesmanager")
    private Medewerker procesmanager;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ave_niveau")
    private AveNiveau aveNiveau;

    @Enumerated(EnumType.STRING)
    @Column(name = "regie_bij")
    private RegieBij regieBij;

    private boolean veiligheidsrisico;
    @Column(name = "veiligheid_toelichting")
    private String veiligheidToelichting;

    @Column(name = "geopend_op")
    private Instant geopendOp;
    @Column(name = "geopend_door")
    private String geopendDoor;
    @Column(name = "afgesloten_op")
    private Instant afgeslotenOp;
    private String afsluitreden;

    @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AnalyseLeefgebied> analyse = new ArrayList<>();

    @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL)
    @OrderBy("op")
    private List<AveWijziging> aveHistorie = new ArrayList<>();

    @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL)
    @OrderBy("op")
    private List<CasusGebeurtenis> geschiedenis = new ArrayList<>();

    @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL)
    @OrderBy("datum DESC, op DESC")
    private List<Verslag> verslagen = new ArrayList<>();

    /** Het plan: goals with actions; {@code planversie} counts its versions. */
    @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL)
    @OrderBy("volgorde")
    private List<Doel> doelen = new ArrayList<>();

    @OneToMany(mappedBy = "casus", cascade = CascadeType.ALL)
    @OrderBy("versie DESC")
    private List<PlanWijziging> planversies = new ArrayList<>();

    private int planversie;
    @Column(name = "volgende_evaluatie")
    private LocalDate volgendeEvaluatie;

    protected Casus() {
        // for JPA
    }

    /** Opens the casus of a household from its melding, at AVE level 1 with the household's wijkteam. */
    public static Casus openVanuit(Melding melding, AveNiveau startniveau, String door, Instant op) {
        vereis(melding != null, "Kies de melding waaruit de casus ontstaat.");
        Casus casus = new Casus();
        casus.huishouden = melding.huishouden();
        casus.team = melding.huishouden().wijk().team();
        casus.status = Status.IN_ANALYSE;
        casus.episode = 1;
        casus.aveNiveau = startniveau;
        casus.regieBij = startniveau.regieBij();
        casus.geopendOp = op;
        casus.geopendDoor = verplicht(door, "Onbekende gebruiker.");
        casus.gebeurtenis("Casus geopend vanuit de melding van " + melding.meldingsdatum(), door, op);
        casus.aveHistorie.add(new AveWijziging(casus, null, startniveau.niveau(), casus.regieBij, "Start van de casus", door, op));
        melding.neemOpIn(casus);
        return casus;
    }

    /** Another melding of the same household joins this casus (één gezin, één plan). */
    public void voegMeldingToe(Melding melding, String door, Instant op) {
        vereisOpen();
        vereis(melding.huishouden().id() != null && melding.huishouden().id().equals(huishouden.id()),
                "Deze melding hoort bij een ander huishouden.");
        melding.neemOpIn(this);
        gebeurtenis("Melding van " + melding.meldingsdatum() + " toegevoegd aan de casus", door, op);
    }

    /** Records (or changes) a leefgebied in the verklarende analyse. */
    public void legAnalyseVast(Leefgebied leefgebied, int score, String verklaring, String door, Instant op) {
        vereisOpen();
        vereis(leefgebied != null, "Kies het leefgebied.");
        Optional<AnalyseLeefgebied> bestaand = analyseVan(leefgebied.code());
        if (bestaand.isPresent()) {
            bestaand.get().wijzig(score, verklaring);
            gebeurtenis("Analyse " + leefgebied.naam() + " gewijzigd: score " + score, door, op);
        } else {
            analyse.add(new AnalyseLeefgebied(this, leefgebied, score, verklaring));
            gebeurtenis("Analyse " + leefgebied.naam() + " vastgelegd: score " + score, door, op);
        }
    }

    public void verwijderUitAnalyse(String leefgebiedCode, String door, Instant op) {
        vereisOpen();
        AnalyseLeefgebied weg = analyseVan(leefgebiedCode)
                .orElseThrow(() -> new DomainException("Dit leefgebied staat niet in de analyse."));
        analyse.remove(weg);
        gebeurtenis("Analyse " + weg.leefgebied().naam() + " verwijderd", door, op);
    }

    /** Flags (or clears) signals of huiselijk geweld or kindermishandeling; a flag needs an explanation. */
    public void markeerVeiligheidsrisico(boolean risico, String toelichting, String door, Instant op) {
        vereisOpen();
        if (risico) {
            veiligheidToelichting = verplicht(toelichting, "Beschrijf het veiligheidsrisico (signalen van huiselijk geweld of kindermishandeling).");
        } else {
            veiligheidToelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        }
        boolean gewijzigd = veiligheidsrisico != risico;
        veiligheidsrisico = risico;
        gebeurtenis(gewijzigd ? (risico ? "Veiligheidsrisico gemarkeerd" : "Veiligheidsrisico opgeheven")
                : "Toelichting veiligheid gewijzigd", door, op);
    }

    public boolean isMeervoudig() {
        return analyse.size() >= MEERVOUDIG_VANAF;
    }

    /** Assigns the one regisseur. A second is refused: regie changes hands only by {@link #draagRegieOver}. */
    public void wijsRegisseurToe(Medewerker coach, String door, Instant op) {
        vereisOpen();
        vereis(regisseur == null, "Deze casus heeft al een regisseur (" + (regisseur == null ? "" : regisseur.naam())
                + "). Er is precies één regisseur: draag de regie over als die moet wisselen.");
        vereisRegisseurFunctie(coach);
        regisseur = coach;
        gebeurtenis("Regisseur toegewezen: " + coach.naam(), door, op);
    }

    /** The regisseur hands regie to another coach, with a reason. */
    public void draagRegieOver(Medewerker nieuweRegisseur, String reden, String door, Instant op) {
        vereisOpen();
        vereis(regisseur != null, "Deze casus heeft nog geen regisseur: wijs er eerst een toe.");
        vereisRegisseurFunctie(nieuweRegisseur);
        vereis(!nieuweRegisseur.gebruikersnaam().equals(regisseur.gebruikersnaam()), "Deze medewerker is al de regisseur.");
        String waarom = verplicht(reden, "Geef de reden van de overdracht.");
        gebeurtenis("Regie overgedragen van " + regisseur.naam() + " aan " + nieuweRegisseur.naam() + ": " + waarom, door, op);
        regisseur = nieuweRegisseur;
    }

    private static void vereisRegisseurFunctie(Medewerker coach) {
        vereis(coach != null, "Kies de regisseur.");
        vereis(coach.kanRegisseurZijn(), coach.naam() + " is " + coach.functie().toLowerCase()
                + " en kan geen regisseur zijn: kies een wijkcoach, gezinscoach of schuldenspecialist.");
    }

    /** Ends the analysis: the casus goes on to the plan. Multiple problems need exactly one regisseur first. */
    public void startUitvoering(String door, Instant op) {
        vereis(status == Status.IN_ANALYSE, "De casus is niet (meer) in analyse.");
        vereis(!analyse.isEmpty(), "Leg eerst in de verklarende analyse vast welke leefgebieden spelen.");
        vereis(!isMeervoudig() || regisseur != null, "Er spelen " + analyse.size()
                + " leefgebieden (meervoudige problematiek): wijs eerst precies één regisseur toe.");
        status = Status.IN_UITVOERING;
        gebeurtenis("Analyse afgerond; casus in uitvoering", door, op);
    }

    /**
     * Scales up or down to another AVE level, with a reason. Regie goes to whoever the level says; at
     * Spoedteam level a household with children goes to the procesmanagers (Actieplan, hoofdstuk 7).
     * Back at a wijkteam level the procesmanager lets go and the wijkteam regisseur has regie again.
     */
    public void wijzigAveNiveau(AveNiveau naar, String reden, String door, Instant op) {
        vereisOpen();
        vereis(naar != null, "Kies het AVE-niveau.");
        vereis(naar.niveau() != aveNiveau.niveau(), "De casus staat al op AVE-niveau " + naar.niveau() + ".");
        String waarom = verplicht(reden, "Geef de reden van het op- of afschalen.");
        int van = aveNiveau.niveau();
        RegieBij nieuweRegie = naar.regieBij();
        if (nieuweRegie == RegieBij.SPOEDTEAM && heeftKinderen(LocalDate.ofInstant(op, NL))) {
            nieuweRegie = RegieBij.PROCESMANAGER;
        }
        if (nieuweRegie == RegieBij.WIJKTEAM) {
            procesmanager = null;
        }
        aveNiveau = naar;
        regieBij = nieuweRegie;
        aveHistorie.add(new AveWijziging(this, van, naar.niveau(), nieuweRegie, waarom, door, op));
        gebeurtenis((naar.niveau() > van ? "Opgeschaald" : "Afgeschaald") + " van AVE-niveau " + van + " naar " + naar.niveau()
                + " (" + waarom + "); regie bij " + nieuweRegie.omschrijving(), door, op);
    }

    /** A procesmanager takes over regie of an escalated casus. */
    public void neemRegieOver(Medewerker pm, String door, Instant op) {
        vereisOpen();
        vereis(isOpgeschaald(), "Alleen een opgeschaalde casus (regie bij Spoedteam of procesmanager) kan worden overgenomen.");
        vereis(pm != null, "Onbekende procesmanager.");
        vereis(procesmanager == null || !procesmanager.gebruikersnaam().equals(pm.gebruikersnaam()), "U voert al de regie over deze casus.");
        procesmanager = pm;
        regieBij = RegieBij.PROCESMANAGER;
        gebeurtenis("Regie overgenomen door procesmanager " + pm.naam(), door, op);
    }

    public void sluitAf(String reden, String door, Instant op) {
        vereisOpen();
        vereis(doelen.stream().allMatch(d -> d.uitkomst() != null), "Leg eerst per doel van het plan de uitkomst vast.");
        afsluitreden = verplicht(reden, "Geef de reden van het afsluiten.");
        afgeslotenOp = op;
        status = Status.AFGESLOTEN;
        gebeurtenis("Casus afgesloten: " + afsluitreden, door, op);
    }

    /** Reopens a closed casus as a new episode; the history of earlier episodes stays. */
    public void heropen(String reden, String door, Instant op) {
        vereis(status == Status.AFGESLOTEN, "Alleen een afgesloten casus kan worden heropend.");
        String waarom = verplicht(reden, "Geef de reden van het heropenen.");
        episode++;
        status = Status.IN_ANALYSE;
        afgeslotenOp = null;
        afsluitreden = null;
        gebeurtenis("Casus heropend (episode " + episode + "): " + waarom, door, op);
    }

    /** Adds a goal to the plan, on a leefgebied that the analysis found at stake. */
    public Doel stelDoelVast(String leefgebiedCode, String omschrijving, String door, Instant op) {
        vereisPlanBewerkbaar();
        AnalyseLeefgebied gebied = analyseVan(leefgebiedCode)
                .orElseThrow(() -> new DomainException("Een doel hoort bij een leefgebied uit de verklarende analyse."));
        String wat = verplicht(omschrijving, "Beschrijf het doel.");
        Doel doel = new Doel(this, gebied.leefgebied(), wat, doelen.size() + 1);
        doelen.add(doel);
        nieuwePlanversie("Doel toegevoegd (" + gebied.leefgebied().naam() + "): " + wat, door, op);
        return doel;
    }

    /** Text of the refusal of a deadline in the past that the user did not confirm. */
    public static final String DEADLINE_VERLEDEN = "Deze datum ligt in het verleden. Klopt dat, vink dan 'Datum in het verleden klopt' aan en leg de actie opnieuw vast.";

    /** Adds an action to a goal: what, who, by when. A date in the past only when the user confirmed it (catching typos). */
    public void voegActieToe(Long doelId, String omschrijving, String eigenaar, LocalDate deadline, boolean verledenBevestigd,
                             String door, Instant op) {
        vereisPlanBewerkbaar();
        Doel doel = doel(doelId);
        String wat = verplicht(omschrijving, "Beschrijf de actie.");
        String wie = verplicht(eigenaar, "Vul in wie de actie uitvoert.");
        vereis(deadline != null, "Vul de datum in waarop de actie klaar moet zijn.");
        vereis(verledenBevestigd || !deadline.isBefore(LocalDate.ofInstant(op, NL)), DEADLINE_VERLEDEN);
        doel.voegActieToe(wat, wie, deadline);
        nieuwePlanversie("Actie bij doel '" + doel.omschrijving() + "': " + wat + " (" + wie + ", uiterlijk " + Datums.tekst(deadline) + ")", door, op);
    }

    public void rondActieAf(Long actieId, LocalDate afgerondOp, String door, Instant op) {
        vereisPlanBewerkbaar();
        vereis(actieId != null, "Kies de actie die is afgerond.");
        Actie actie = doelen.stream().flatMap(d -> d.acties().stream()).filter(a -> a.id() != null && a.id().equals(actieId)).findFirst()
                .orElseThrow(() -> new DomainException("Deze actie staat niet in het plan."));
        vereis(actie.isOpen(), "Deze actie is al afgerond.");
        vereis(afgerondOp != null && !afgerondOp.isAfter(LocalDate.ofInstant(op, NL)), "Vul de datum van afronden in (niet in de toekomst).");
        actie.rondAf(afgerondOp);
        nieuwePlanversie("Actie afgerond: " + actie.omschrijving(), door, op);
    }

    /** Plans the next evaluation of the plan with the household. */
    public void planEvaluatie(LocalDate datum, String door, Instant op) {
        vereisPlanBewerkbaar();
        vereis(datum != null && datum.isAfter(LocalDate.ofInstant(op, NL)), "Plan de evaluatie op een datum na vandaag.");
        volgendeEvaluatie = datum;
        nieuwePlanversie("Evaluatie gepland op " + Datums.tekst(datum), door, op);
    }

    /** Records how a goal turned out; every goal needs one before the casus can be closed. */
    public void legUitkomstVast(Long doelId, Doel.Uitkomst uitkomst, String door, Instant op) {
        vereisOpen();
        Doel doel = doel(doelId);
        vereis(uitkomst != null, "Kies de uitkomst van het doel.");
        doel.legUitkomstVast(uitkomst);
        nieuwePlanversie("Uitkomst van doel '" + doel.omschrijving() + "': " + uitkomst.name().toLowerCase().replace('_', ' '), door, op);
    }

    /** The earliest date in the plan still to be met: an open action or the next evaluation. */
    public Optional<LocalDate> volgendeDeadline() {
        return java.util.stream.Stream.concat(
                        doelen.stream().flatMap(d -> d.acties().stream()).filter(Actie::isOpen).map(Actie::deadline),
                        java.util.stream.Stream.ofNullable(volgendeEvaluatie))
                .min(LocalDate::compareTo);
    }

    private Doel doel(Long doelId) {
        vereis(doelId != null, "Kies het doel.");
        return doelen.stream().filter(d -> d.id() != null && d.id().equals(doelId)).findFirst()
                .orElseThrow(() -> new DomainException("Dit doel staat niet in het plan."));
    }

    private void vereisPlanBewerkbaar() {
        vereis(status == Status.IN_UITVOERING,
                "Het plan volgt op de verklarende analyse: rond eerst de analyse af (met één regisseur bij meervoudige problematiek).");
    }

    private void nieuwePlanversie(String omschrijving, String door, Instant op) {
        planversie++;
        planversies.add(0, new PlanWijziging(this, planversie, omschrijving, door, op));
    }

    public int planversie() {
        return planversie;
    }

    public LocalDate volgendeEvaluatie() {
        return volgendeEvaluatie;
    }

    public List<Doel> doelen() {
        return Collections.unmodifiableList(doelen);
    }

    public List<PlanWijziging> planversies() {
        return Collections.unmodifiableList(planversies);
    }

    /** Writes a note of a conversation, call or consultation on the given date. Notes are kept as written. */
    public void schrijfVerslag(Verslag.Soort soort, LocalDate datum, String tekst, String door, Instant op) {
        vereisOpen();
        vereis(soort != null, "Kies de soort verslag (gesprek, telefonisch of overleg).");
        vereis(datum != null, "Vul de datum van het contact in.");
        vereis(!datum.isAfter(LocalDate.ofInstant(op, NL)), "De datum van het contact kan niet in de toekomst liggen.");
        String inhoud = verplicht(tekst, "Schrijf het verslag.");
        verslagen.add(0, new Verslag(this, soort, datum, inhoud, door, op));
    }

    public List<Verslag> verslagen() {
        return Collections.unmodifiableList(verslagen);
    }

    /** Notes something that happened in the casus elsewhere (a referral step) in its history. */
    public void vermeld(String omschrijving, String door, Instant op) {
        gebeurtenis(verplicht(omschrijving, "Omschrijving ontbreekt."), door, op);
    }

    /** Referrals belong to the plan: only once the analysis is done (and the regisseur, if needed, is there). */
    public boolean isInUitvoering() {
        return status == Status.IN_UITVOERING;
    }

    /** Regie is not (only) with the wijkteam: Spoedteam or a procesmanager holds it. */
    public boolean isOpgeschaald() {
        return regieBij != RegieBij.WIJKTEAM;
    }

    /** Who holds regie now, in words. */
    /** Escalated to the procesmanagers, and none of them has taken regie over yet. */
    public boolean wachtOpProcesmanager() {
        return regieBij == RegieBij.PROCESMANAGER && procesmanager == null;
    }

    public String regiehouder() {
        return switch (regieBij) {
            case WIJKTEAM -> regisseur == null ? "nog geen regisseur" : regisseur.naam();
            case SPOEDTEAM -> RegieBij.SPOEDTEAM.omschrijving();
            case PROCESMANAGER -> procesmanager == null ? RegieBij.PROCESMANAGER.omschrijving() + " (nog niet overgenomen)" : procesmanager.naam();
        };
    }

    private boolean heeftKinderen(LocalDate peildatum) {
        return huishouden.leden().stream().anyMatch(lid -> lid.isMinderjarigOp(peildatum));
    }

    private Optional<AnalyseLeefgebied> analyseVan(String code) {
        return analyse.stream().filter(a -> a.leefgebied().code().equals(code)).findFirst();
    }

    private void vereisOpen() {
        vereis(status != Status.AFGESLOTEN, "De casus is afgesloten. Heropen de casus om verder te werken.");
    }

    private void gebeurtenis(String omschrijving, String door, Instant op) {
        geschiedenis.add(new CasusGebeurtenis(this, episode, omschrijving, door, op));
    }

    public Long id() {
        return id;
    }

    public long versie() {
        return version;
    }

    public Huishouden huishouden() {
        return huishouden;
    }

    public Team team() {
        return team;
    }

    public Status status() {
        return status;
    }

    public int episode() {
        return episode;
    }

    public Optional<Medewerker> regisseur() {
        return Optional.ofNullable(regisseur);
    }

    public Optional<Medewerker> procesmanager() {
        return Optional.ofNullable(procesmanager);
    }

    public AveNiveau aveNiveau() {
        return aveNiveau;
    }

    public RegieBij regieBij() {
        return regieBij;
    }

    public boolean veiligheidsrisico() {
        return veiligheidsrisico;
    }

    public String veiligheidToelichting() {
        return veiligheidToelichting;
    }

    public Instant geopendOp() {
        return geopendOp;
    }

    public String afsluitreden() {
        return afsluitreden;
    }

    public List<AnalyseLeefgebied> analyse() {
        return Collections.unmodifiableList(analyse);
    }

    public List<AveWijziging> aveHistorie() {
        return Collections.unmodifiableList(aveHistorie);
    }

    public List<CasusGebeurtenis> geschiedenis() {
        return Collections.unmodifiableList(geschiedenis);
    }
}
