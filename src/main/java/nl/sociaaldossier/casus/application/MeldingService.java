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
import nl.sociaaldossier.referral.domain.VoorzieningRepository;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * Registering meldingen and the intaker's worklist. The transaction and authorisation boundary:
 * pages and any later API call these methods and get the same checks.
 */
@Stateless
@RolesAllowed(Rol.INTAKER)
public class MeldingService {

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

    /**
     * Stores a new household, its members and the melding in one transaction; returns the melding's
     * id. A BSN that is already known in another household is refused: the intaker registers the
     * melding with that household instead (één gezin), see {@link #registreerVoorHuishouden}.
     */
    public Long registreer(@NotNull @Valid NieuweMelding invoer) {
        Instant nu = klok.instant();
        LocalDate vandaag = LocalDate.now(klok);
        List<Bsn> bsns = invoer.getLeden().stream().map(l -> new Bsn(l.getBsn())).toList();
        huishoudens.ledenMetBsn(bsns.stream().map(Bsn::nummer).toList()).stream().findFirst().ifPresent(bekend -> {
            throw new DomainException("BSN " + bekend.bsn() + " (" + bekend.naam() + ") is al bekend bij het huishouden "
                    + bekend.huishouden().adres() + ". Zoek dat huishouden op en registreer de melding daar.");
        });
        Huishouden huishouden = new Huishouden(
                new Adres(invoer.getStraat(), invoer.getHuisnummer(), invoer.getPostcode(), invoer.getWoonplaats()),
                organisatie.getWijk(invoer.getWijkId()), nu);
        for (int i = 0; i < bsns.size(); i++) {
            NieuweMelding.Lid lid = invoer.getLeden().get(i);
            huishouden.voegLidToe(lid.getVoornaam(), lid.getAchternaam(), lid.getGeboortedatum(), bsns.get(i), vandaag);
        }
        return registreerVraag(huishouden, invoer, nu);
    }

    /** A new melding for a household that is already registered: only the question is entered. */
    public Long registreerVoorHuishouden(Long huishoudenId, @NotNull NieuweMelding invoer) {
        Set<ConstraintViolation<NieuweMelding>> fouten = new HashSet<>();
        for (String veld : List.of("verwijzerId", "onderwerp", "hulpvraag", "meldingsdatum")) {
            fouten.addAll(validator.validateProperty(invoer, veld));
        }
        if (!fouten.isEmpty()) {
            throw new ConstraintViolationException(fouten);
        }
        return registreerVraag(huishoudens.get(huishoudenId), invoer, klok.instant());
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

    /** The intake search: households by BSN, by surname and date of birth, or by postcode and house number. */
    public List<HuishoudenRegel> zoekHuishoudens(String bsn, String achternaam, LocalDate geboortedatum, String postcode, String huisnummer) {
        return regels(huishoudens.zoek(bsn, achternaam, geboortedatum, postcode, huisnummer));
    }

    /** The household a new melding is for, as the form shows it. */
    public HuishoudenRegel huishouden(Long id) {
        return regels(List.of(huishoudens.get(id))).get(0);
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

    /** "Mijn meldingen": one page of what the current user registered, newest first. */
    public List<MeldingRegel> mijnMeldingen(int eerste, int aantal) {
        return meldingen.geregistreerdDoor(gebruiker(), eerste, aantal).stream()
                .map(MeldingService::regel)
                .toList();
    }

    public long aantalMijnMeldingen() {
        return meldingen.aantalGeregistreerdDoor(gebruiker());
    }

    /** One melding, for the intaker who registered it or a member of its wijkteam. */
    public MeldingRegel melding(Long id) {
        Melding m = meldingen.find(id).orElseThrow(() -> new DomainException("Deze melding bestaat niet."));
        boolean eigenTeam = organisatie.findMedewerker(gebruiker())
                .map(mw -> mw.team().id().equals(m.huishouden().wijk().team().id())).orElse(false);
        DomainException.vereis(m.geregistreerdDoor().equals(gebruiker()) || eigenTeam, "Deze melding hoort bij een ander wijkteam.");
        return regel(m);
    }

    private String gebruiker() {
        return sessie.getCallerPrincipal().getName();
    }

    private static MeldingRegel regel(Melding m) {
        Huishouden h = m.huishouden();
        String leden = h.leden().stream().map(Gezinslid::naam).collect(Collectors.joining(", "));
        String onderwerp = m.voorziening() != null ? m.voorziening().naam() : m.leefgebied().naam();
        return new MeldingRegel(m.id(), m.meldingsdatum(), leden, h.adres().toString(), h.wijk().naam(),
                m.verwijzer().naam(), onderwerp, m.hulpvraag(), m.status().name(), m.casus().map(c -> c.id()).orElse(null));
    }
}
