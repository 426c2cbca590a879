package nl.sociaaldossier.casus.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sociaaldossier.casus.domain.LeefgebiedRepository;
import nl.sociaaldossier.casus.domain.Melding;
import nl.sociaaldossier.casus.domain.MeldingRepository;
import nl.sociaaldossier.household.domain.Adres;
import nl.sociaaldossier.household.domain.Bsn;
import nl.sociaaldossier.household.domain.Gezinslid;
import nl.sociaaldossier.household.domain.Huishouden;
import nl.sociaaldossier.household.domain.HuishoudenRepository;
import nl.sociaaldossier.organisation.domain.OrganisatieRepository;
import nl.sociaaldossier.organisation.domain.Verwijzer;
import nl.sociaaldossier.catalogus.domain.VoorzieningRepository;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Betrokkene;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * Registering meldingen and the intaker's worklist. The transaction and authorisation boundary:
 * pages and any later API call these methods and get the same checks.
 */
@Stateless
@RolesAllowed(Rol.INTAKER)
public class MeldingService {

    public static final String ANDER_TEAM = "Deze melding hoort bij een ander wijkteam.";
    public static final String GEEN_HUISHOUDEN = "U heeft geen toegang tot dit huishouden. Zoek het op (BSN, achternaam met"
            + " geboortedatum, of postcode met huisnummer) om er een melding voor te registreren.";
    /** How long a household found by the intaker's own search stays open to him for a new melding. */
    static final java.time.Duration NA_ZOEKEN = java.time.Duration.ofHours(8);

    @Resource
    private SessionContext sessie;
    @Inject
    private Clock klok;
    @Inject
    private MeldingRepository meldingen;
    @Inject
    private OrganisatieRepository organisatie;
    @Inject
    private VoorzieningRepository voorzieningen;
    @Inject
    private LeefgebiedRepository leefgebieden;
    @Inject
    private HuishoudenRepository huishoudens;
    @Inject
    private Validator validator;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;
    @Inject
    private Toegangscontrole toegangscontrole;
    @Inject
    private nl.sociaaldossier.casus.domain.CasusRepository casussen;

    /**
     * Stores a new household, its members and the melding in one transaction; returns the melding's
     * id. A BSN that is already known in another household is refused: the intaker registers the
     * melding with that household instead (één gezin), see {@link #registreerVoorHuishouden}.
     */
    @Verwerking(Activiteit.MELDING_REGISTREREN)
    public Long registreer(@NotNull @Valid NieuweMelding invoer) {
        toegangscontrole.vereisGeenUitsluiting(Activiteit.MELDING_REGISTREREN, "melding:nieuw");
        Instant nu = klok.instant();
        LocalDate vandaag = LocalDate.now(klok);
        List<Bsn> bsns = invoer.getLeden().stream().map(l -> new Bsn(l.getBsn())).toList();
        huishoudens.ledenMetBsn(bsns.stream().map(Bsn::nummer).toList()).stream().findFirst().ifPresent(bekend -> {
            // what the intaker learns here is what a search by that exact BSN shows: logged as such, and kept although
            // the registration itself is refused; the household is then open to him for the melding
            logboek.schrijfZelfstandig(Activiteit.INTAKE_ZOEKEN, pseudoniemen.van(bekend.huishouden(),
                    "huishouden:" + bekend.huishouden().id()), nu, "BSN al bekend bij registratie");
            throw new DomainException("BSN " + bekend.bsn().nummer() + " (" + bekend.naam() + ") is al bekend bij het huishouden "
                    + bekend.huishouden().adres() + ". Zoek dat huishouden op en registreer de melding daar.");
        });
        Huishouden huishouden = new Huishouden(
                new Adres(invoer.getStraat(), invoer.getHuisnummer(), invoer.getPostcode(), invoer.getWoonplaats()),
                organisatie.getWijk(invoer.getWijkId()), nu);
        for (int i = 0; i < bsns.size(); i++) {
            NieuweMelding.Lid lid = invoer.getLeden().get(i);
            huishouden.voegLidToe(lid.getVoornaam(), lid.getAchternaam(), lid.getGeboortedatum(), bsns.get(i), vandaag);
        }
        Long id = registreerVraag(huishouden, invoer, nu);
        logboek.schrijf(Activiteit.MELDING_REGISTREREN, pseudoniemen.van(huishouden, "melding:" + id), nu, "nieuw huishouden");
        return id;
    }

    /** A new melding for a household that is already registered (and open to the intaker): only the question is entered. */
    @Verwerking(Activiteit.MELDING_REGISTREREN)
    public Long registreerVoorHuishouden(Long huishoudenId, @NotNull NieuweMelding invoer) {
        toegangscontrole.vereisGeenUitsluiting(Activiteit.MELDING_REGISTREREN, "huishouden:" + huishoudenId);
        Instant nu = klok.instant();
        Huishouden huishouden = toegankelijk(huishoudenId, Activiteit.MELDING_REGISTREREN);
        Set<ConstraintViolation<NieuweMelding>> fouten = new HashSet<>();
        for (String veld : List.of("verwijzerId", "onderwerp", "hulpvraag", "meldingsdatum")) {
            fouten.addAll(validator.validateProperty(invoer, veld));
        }
        if (!fouten.isEmpty()) {
            throw new ConstraintViolationException(fouten);
        }
        Long id = registreerVraag(huishouden, invoer, nu);
        logboek.schrijf(Activiteit.MELDING_REGISTREREN, pseudoniemen.van(huishouden, "melding:" + id), nu, null);
        return id;
    }

    private Long registreerVraag(Huishouden huishouden, NieuweMelding invoer, Instant nu) {
        Verwijzer verwijzer = organisatie.getVerwijzer(invoer.getVerwijzerId());
        Onderwerp onderwerp = Onderwerp.lees(invoer.getOnderwerp());
        String door = gebruiker();
        Melding melding = onderwerp.isVoorziening()
                ? Melding.overVoorziening(huishouden, verwijzer, invoer.getHulpvraag(),
                        voorzieningen.get(onderwerp.voorzieningId()), door, nu, invoer.getMeldingsdatum())
                : Melding.overLeefgebied(huishouden, verwijzer, invoer.getHulpvraag(),
                        leefgebieden.get(onderwerp.leefgebiedCode()), door, nu, invoer.getMeldingsdatum());
        meldingen.voegToe(melding);
        return melding.id();
    }

    /**
     * The intake search, exact only: households by BSN, by surname and date of birth, or by postcode
     * and house number. Each household shown is logged, and open to this intaker for a new melding
     * for a while ({@link #NA_ZOEKEN}).
     */
    @Verwerking(Activiteit.INTAKE_ZOEKEN)
    public List<HuishoudenRegel> zoekHuishoudens(String bsn, String achternaam, LocalDate geboortedatum, String postcode, String huisnummer) {
        toegangscontrole.vereisGeenUitsluiting(Activiteit.INTAKE_ZOEKEN, "zoeken");
        Instant start = klok.instant();
        DomainException.vereis(bsn == null || bsn.isBlank() || Bsn.isGeldig(bsn), Bsn.ONGELDIG);
        List<Huishouden> gevonden = huishoudens.zoek(bsn, achternaam, geboortedatum, postcode, huisnummer);
        logboek.schrijf(Activiteit.INTAKE_ZOEKEN, gevonden.stream().map(h -> pseudoniemen.van(h, "huishouden:" + h.id())).toList(),
                start, null);
        return regels(gevonden);
    }

    /** The household a new melding is for, as the form shows it: only one open to this intaker. */
    @Verwerking(Activiteit.MELDING_REGISTREREN)
    public HuishoudenRegel huishouden(Long id) {
        toegangscontrole.vereisGeenUitsluiting(Activiteit.MELDING_REGISTREREN, "huishouden:" + id);
        Instant start = klok.instant();
        Huishouden huishouden = toegankelijk(id, Activiteit.MELDING_REGISTREREN);
        logboek.schrijf(Activiteit.MELDING_REGISTREREN, pseudoniemen.van(huishouden, "huishouden:" + id), start, "formulier");
        return regels(List.of(huishouden)).get(0);
    }

    /**
     * A household is open to an intaker when a melding or casus of his team is about it, or when he
     * found it with his own search recently; any other id is refused like a foreign dossier, and logged.
     */
    private Huishouden toegankelijk(Long id, Activiteit activiteit) {
        Huishouden huishouden = huishoudens.find(id).orElse(null);
        if (huishouden == null) {
            throw toegangscontrole.weiger(activiteit, Betrokkene.onbekend("huishouden:" + id), "bestaat niet", GEEN_HUISHOUDEN);
        }
        Long team = organisatie.findMedewerker(gebruiker()).map(m -> m.team().id()).orElse(-1L);
        boolean vanTeam = meldingen.isVanTeam(huishouden, team, gebruiker());
        boolean gezocht = logboek.heeftGevonden(gebruiker(), pseudoniemen.huishouden(id), klok.instant().minus(NA_ZOEKEN));
        if (!vanTeam && !gezocht) {
            throw toegangscontrole.weiger(activiteit, pseudoniemen.van(huishouden, "huishouden:" + id), "niet gezocht, niet van het team",
                    GEEN_HUISHOUDEN);
        }
        return huishouden;
    }

    /** Households as the intake shows them; counts and open casussen in one query each, not one per household. */
    private List<HuishoudenRegel> regels(List<Huishouden> gevonden) {
        List<Long> ids = gevonden.stream().map(Huishouden::id).toList();
        Map<Long, Long> aantallen = meldingen.aantallenPerHuishouden(ids);
        Map<Long, Long> openCasussen = meldingen.openCasusPerHuishouden(ids);
        return gevonden.stream()
                .map(h -> new HuishoudenRegel(h.id(), h.leden().stream().map(Gezinslid::naam).collect(Collectors.joining(", ")),
                        h.adres().toString(), h.wijk().naam(), aantallen.getOrDefault(h.id(), 0L), openCasussen.get(h.id())))
                .toList();
    }

    /** "Mijn meldingen": one page of what the current user registered, newest first; each household shown is logged. */
    @Verwerking(Activiteit.MELDING_INZIEN)
    public List<MeldingRegel> mijnMeldingen(int eerste, int aantal) {
        toegangscontrole.vereisGeenUitsluiting(Activiteit.MELDING_INZIEN, "mijn meldingen");
        Instant start = klok.instant();
        List<Melding> lijst = meldingen.geregistreerdDoor(gebruiker(), eerste, aantal);
        logboek.schrijf(Activiteit.MELDING_INZIEN, lijst.stream().map(m -> pseudoniemen.van(m.huishouden(), "melding:" + m.id())).toList(),
                start, "mijn meldingen");
        return lijst.stream().map(MeldingService::regel).toList();
    }

    @GeenPersoonsgegevens("a count")
    public long aantalMijnMeldingen() {
        return meldingen.aantalGeregistreerdDoor(gebruiker());
    }

    /** One melding, for the intaker who registered it or a member of its wijkteam. */
    @Verwerking(Activiteit.MELDING_INZIEN)
    public MeldingRegel melding(Long id) {
        toegangscontrole.vereisGeenUitsluiting(Activiteit.MELDING_INZIEN, "melding:" + id);
        Instant start = klok.instant();
        Melding m = meldingen.find(id).orElse(null);
        if (m == null) {
            throw toegangscontrole.weiger(Activiteit.MELDING_INZIEN, Betrokkene.onbekend("melding:" + id), "bestaat niet", ANDER_TEAM);
        }
        Long team = organisatie.findMedewerker(gebruiker()).map(mw -> mw.team().id()).orElse(-1L);
        boolean eigenTeam = team.equals(m.huishouden().wijk().team().id());
        if (!m.geregistreerdDoor().equals(gebruiker()) && !eigenTeam) {
            throw toegangscontrole.weiger(Activiteit.MELDING_INZIEN, pseudoniemen.van(m.huishouden(), "melding:" + id),
                    "melding van een ander team", ANDER_TEAM);
        }
        logboek.schrijf(Activiteit.MELDING_INZIEN, pseudoniemen.van(m.huishouden(), "melding:" + id), start, "afhandelen");
        String anderTeam = casussen.openCasusVan(m.huishouden().id()).filter(c -> !c.team().id().equals(team))
                .map(c -> c.team().naam()).orElse(null);
        return regel(m).metTeamVanOpenCasus(anderTeam);
    }

    private String gebruiker() {
        return sessie.getCallerPrincipal().getName();
    }

    private static MeldingRegel regel(Melding m) {
        Huishouden h = m.huishouden();
        String leden = h.leden().stream().map(Gezinslid::naam).collect(Collectors.joining(", "));
        String onderwerp = m.voorziening() != null ? m.voorziening().naam() : m.leefgebied().naam();
        return new MeldingRegel(m.id(), m.meldingsdatum(), leden, h.adres().toString(), h.wijk().naam(),
                m.verwijzer().naam(), onderwerp, m.hulpvraag(), m.status().name(), m.casus().map(c -> c.id()).orElse(null), null,
                h.wijk().code(), m.verwijzer().code(), m.voorziening() != null ? m.voorziening().code() : m.leefgebied().code());
    }
}
