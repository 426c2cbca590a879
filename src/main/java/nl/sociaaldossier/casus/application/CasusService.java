package nl.sociaaldossier.casus.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.sociaaldossier.casus.domain.AveNiveau;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.casus.domain.CasusRepository;
import nl.sociaaldossier.casus.domain.Doel;
import nl.sociaaldossier.casus.domain.LeefgebiedRepository;
import nl.sociaaldossier.casus.domain.Melding;
import nl.sociaaldossier.casus.domain.MeldingRepository;
import nl.sociaaldossier.casus.domain.Verslag;
import nl.sociaaldossier.household.domain.Gezinslid;
import nl.sociaaldossier.organisation.domain.Medewerker;
import nl.sociaaldossier.organisation.domain.OrganisatieRepository;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Betrokkene;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.toegang.Handeling;

/**
 * Casework on a casus: the transaction and authorisation boundary. Every method checks that the
 * caller may do this in this dossier ({@link nl.sociaaldossier.toegang.Toegangsregels}, refusals
 * logged); every read and change is written to the Logboek; every change names the version the
 * user saw, so a concurrent change by someone else is refused instead of overwritten.
 */
@Stateless
@RolesAllowed({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER})
public class CasusService {

    public static final String GEEN_TOEGANG = "U heeft geen toegang tot dit dossier.";

    @Inject
    private Toegangscontrole toegangscontrole;
    @Inject
    private Clock klok;
    @Inject
    private CasusRepository casussen;
    @Inject
    private MeldingRepository meldingen;
    @Inject
    private LeefgebiedRepository leefgebieden;
    @Inject
    private OrganisatieRepository organisatie;
    @PersistenceContext
    private EntityManager em;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;

    /**
     * Takes a new melding up in the casus of its household: a new casus, or the household's open
     * casus when it has one (één gezin, één plan). Returns the casus id. An open casus of another
     * team is not joined by a side door: the melding is handed over to that team ({@link #draagMeldingOver}).
     */
    @RolesAllowed(Rol.INTAKER)
    @Verwerking(Activiteit.MELDING_AFHANDELEN)
    public Long openCasus(Long meldingId) {
        Instant start = klok.instant();
        Melding melding = eigenMelding(meldingId);
        Instant nu = klok.instant();
        var bestaand = casussen.openCasusVan(melding.huishouden().id());
        if (bestaand.isPresent()) {
            Casus casus = bestaand.get();
            if (!casus.team().id().equals(organisatie.getMedewerker(ik()).team().id())) {
                throw toegangscontrole.weiger(Activiteit.MELDING_AFHANDELEN, pseudoniemen.van(casus.huishouden(), "melding:" + meldingId),
                        "open casus van een ander team", "Dit huishouden heeft al een open casus bij " + casus.team().naam()
                        + ". Draag de melding over aan dat team; u krijgt daarmee geen toegang tot die casus.");
            }
            toegangscontrole.vereis(Handeling.MELDING_TOEVOEGEN, casus);
            casus.voegMeldingToe(melding, ik(), nu);
            casussen.bewaar(casus);
            logboek.schrijf(Activiteit.MELDING_AFHANDELEN, pseudoniemen.van(casus.huishouden(), "melding:" + meldingId), start,
                    "toegevoegd aan casus " + casus.id());
            return casus.id();
        }
        Casus casus = Casus.openVanuit(melding, casussen.aveNiveau(1), ik(), nu);
        casussen.voegToe(casus);
        logboek.schrijf(Activiteit.MELDING_AFHANDELEN, pseudoniemen.van(casus.huishouden(), "melding:" + meldingId), start,
                "casus " + casus.id() + " geopend");
        return casus.id();
    }

    /**
     * Hands a melding over to the team that has the household's open casus: the explicit, logged way
     * for a melding to join another team's casus. The intaker gets no access to that casus by it.
     */
    @RolesAllowed(Rol.INTAKER)
    @Verwerking(Activiteit.MELDING_AFHANDELEN)
    public void draagMeldingOver(Long meldingId, String reden) {
        Instant start = klok.instant();
        Melding melding = eigenMelding(meldingId);
        DomainException.vereis(reden != null && !reden.isBlank(), "Geef de reden van de overdracht.");
        Casus casus = casussen.openCasusVan(melding.huishouden().id())
                .orElseThrow(() -> new DomainException("Dit huishouden heeft geen open casus om de melding aan over te dragen."));
        Medewerker ik = organisatie.getMedewerker(ik());
        DomainException.vereis(!casus.team().id().equals(ik.team().id()),
                "De casus van dit huishouden is van uw eigen team: voeg de melding toe aan de casus.");
        casus.voegMeldingToe(melding, ik(), klok.instant());
        casus.vermeld("Melding overgedragen door " + ik.naam() + " (" + ik.team().naam() + ") aan " + casus.team().naam()
                + ": " + reden.strip(), ik(), klok.instant());
        casussen.bewaar(casus);
        logboek.schrijf(Activiteit.MELDING_AFHANDELEN, pseudoniemen.van(casus.huishouden(), "melding:" + meldingId), start,
                "overgedragen aan " + casus.team().naam() + " (casus " + casus.id() + "): " + reden.strip());
    }

    /** Closes a new melding without a casus: solved (advice, algemene voorziening) or referred elsewhere. */
    @RolesAllowed(Rol.INTAKER)
    @Verwerking(Activiteit.MELDING_AFHANDELEN)
    public void sluitMeldingAf(Long meldingId, Melding.Status afhandeling, String toelichting) {
        Instant start = klok.instant();
        Melding melding = eigenMelding(meldingId);
        melding.sluitAf(afhandeling, toelichting, LocalDate.now(klok));
        meldingen.bewaar();
        logboek.schrijf(Activiteit.MELDING_AFHANDELEN, pseudoniemen.van(melding.huishouden(), "melding:" + meldingId), start,
                "afgesloten: " + afhandeling);
    }

    /** The dossier of a casus, with what the caller may do in it; reading it is logged once per page view. */
    @Verwerking(Activiteit.DOSSIER_INZIEN)
    public CasusDossier dossier(Long casusId) {
        Instant start = klok.instant();
        Casus casus = toegangscontrole.casus(casusId, Handeling.INZIEN);
        logboek.schrijf(Activiteit.DOSSIER_INZIEN, pseudoniemen.van(casus.huishouden(), "casus:" + casus.id()), start, null);
        return leesmodel(casus);
    }

    /**
     * The current plan for the family, to print or hand over: for who makes the plan with the family
     * (the regisseur, a procesmanager who took regie over); handing it out is logged as a processing
     * of its own (each download).
     */
    @Verwerking(Activiteit.PLAN_AFDRUKKEN)
    public CasusDossier planVoorHetGezin(Long casusId) {
        Instant start = klok.instant();
        Casus casus = toegangscontrole.casus(casusId, Handeling.PLANNEN);
        DomainException.vereis(!casus.doelen().isEmpty(), "Het plan heeft nog geen doelen om af te drukken.");
        logboek.schrijf(Activiteit.PLAN_AFDRUKKEN, pseudoniemen.van(casus.huishouden(), "casus:" + casus.id()), start,
                "plan versie " + casus.planversie());
        return leesmodel(casus);
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void legAnalyseVast(Long casusId, long versie, String leefgebiedCode, int score, String verklaring) {
        wijzig(casusId, versie, Handeling.ANALYSEREN,
                c -> c.legAnalyseVast(leefgebieden.get(leefgebiedCode), score, verklaring, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void verwijderUitAnalyse(Long casusId, long versie, String leefgebiedCode) {
        wijzig(casusId, versie, Handeling.ANALYSEREN, c -> c.verwijderUitAnalyse(leefgebiedCode, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void markeerVeiligheidsrisico(Long casusId, long versie, boolean risico, String toelichting) {
        wijzig(casusId, versie, Handeling.ANALYSEREN, c -> c.markeerVeiligheidsrisico(risico, toelichting, ik(), klok.instant()));
    }

    /** Assigns the regisseur from the casus's own team; someone of another team only through {@link #draagRegieOver}. */
    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void wijsRegisseurToe(Long casusId, long versie, String gebruikersnaam) {
        wijzig(casusId, versie, Handeling.REGISSEUR_TOEWIJZEN, c -> {
            Medewerker coach = organisatie.findMedewerker(gebruikersnaam)
                    .orElseThrow(() -> new DomainException("Kies de regisseur."));
            DomainException.vereis(coach.team().id().equals(c.team().id()), coach.naam() + " werkt bij " + coach.team().naam()
                    + ", niet in het team van deze casus. Een regisseur van een ander team krijgt de regie alleen"
                    + " door een overdracht met reden.");
            c.wijsRegisseurToe(coach, ik(), klok.instant());
        });
    }

    /** The regisseur hands regie over with a reason, also to a coach of another team: the explicit, logged hand-over. */
    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void draagRegieOver(Long casusId, long versie, String gebruikersnaam, String reden) {
        wijzig(casusId, versie, Handeling.REGIE_OVERDRAGEN, c -> c.draagRegieOver(organisatie.findMedewerker(gebruikersnaam)
                .orElseThrow(() -> new DomainException("Kies de nieuwe regisseur.")), reden, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void startUitvoering(Long casusId, long versie) {
        wijzig(casusId, versie, Handeling.UITVOERING_STARTEN, c -> c.startUitvoering(ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void wijzigAveNiveau(Long casusId, long versie, int niveau, String reden) {
        wijzig(casusId, versie, Handeling.AVE_WIJZIGEN,
                c -> c.wijzigAveNiveau(casussen.aveNiveau(niveau), reden, ik(), klok.instant()));
    }

    @RolesAllowed(Rol.PROCESMANAGER)
    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void neemRegieOver(Long casusId, long versie) {
        wijzig(casusId, versie, Handeling.REGIE_OVERNEMEN,
                c -> c.neemRegieOver(organisatie.getMedewerker(ik()), ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void stelDoelVast(Long casusId, long versie, String leefgebiedCode, String omschrijving) {
        wijzig(casusId, versie, Handeling.PLANNEN, c -> c.stelDoelVast(leefgebiedCode, omschrijving, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void voegActieToe(Long casusId, long versie, Long doelId, String omschrijving, String eigenaar, LocalDate deadline,
                             boolean verledenBevestigd) {
        wijzig(casusId, versie, Handeling.PLANNEN,
                c -> c.voegActieToe(doelId, omschrijving, eigenaar, deadline, verledenBevestigd, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void rondActieAf(Long casusId, long versie, Long actieId, LocalDate afgerondOp) {
        wijzig(casusId, versie, Handeling.PLANNEN, c -> c.rondActieAf(actieId, afgerondOp, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void planEvaluatie(Long casusId, long versie, LocalDate datum) {
        wijzig(casusId, versie, Handeling.PLANNEN, c -> c.planEvaluatie(datum, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void legUitkomstVast(Long casusId, long versie, Long doelId, Doel.Uitkomst uitkomst) {
        wijzig(casusId, versie, Handeling.PLANNEN, c -> c.legUitkomstVast(doelId, uitkomst, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void schrijfVerslag(Long casusId, long versie, Verslag.Soort soort, LocalDate datum, String tekst) {
        wijzig(casusId, versie, Handeling.VERSLAG_SCHRIJVEN, c -> c.schrijfVerslag(soort, datum, tekst, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void sluitAf(Long casusId, long versie, String reden) {
        wijzig(casusId, versie, Handeling.AFSLUITEN, c -> c.sluitAf(reden, ik(), klok.instant()));
    }

    @Verwerking(Activiteit.DOSSIER_WIJZIGEN)
    public void heropen(Long casusId, long versie, String reden) {
        wijzig(casusId, versie, Handeling.HEROPENEN, c -> c.heropen(reden, ik(), klok.instant()));
    }

    /** The coaches of the casus's team who may become regisseur: (gebruikersnaam, naam). */
    @GeenPersoonsgegevens("staff of the casus's team")
    public List<String[]> mogelijkeRegisseurs(Long casusId) {
        Casus casus = toegangscontrole.casus(casusId, Handeling.INZIEN);
        return organisatie.mogelijkeRegisseurs(casus.team()).stream()
                .map(m -> new String[] {m.gebruikersnaam(), m.naam() + " (" + m.functie().toLowerCase() + ")"})
                .toList();
    }

    /** Everyone regie can be handed over to, in every team: (gebruikersnaam, naam (team)). */
    @GeenPersoonsgegevens("staff of all teams")
    public List<String[]> mogelijkeNieuweRegisseurs(Long casusId) {
        toegangscontrole.casus(casusId, Handeling.INZIEN);
        return organisatie.alleMogelijkeRegisseurs().stream()
                .map(m -> new String[] {m.gebruikersnaam(), m.naam() + " (" + m.functie().toLowerCase() + ", " + m.team().naam() + ")"})
                .toList();
    }

    @GeenPersoonsgegevens("reference data")
    public List<AveNiveau> aveNiveaus() {
        return casussen.aveNiveaus();
    }

    /** Who is in whose caseload: the access rule of the caseload, in SQL (parameters ?1 to ?5). */
    private static final String MIJN_CASELOAD = """
            with mijn as (
                select c.* from casus c
                where c.status <> 'AFGESLOTEN' and (
                       (?1 and c.regisseur = ?4)
                    or (?2 and c.team_id = ?5 and c.status = 'IN_ANALYSE')
                    or (?3 and ((c.regie_bij <> 'WIJKTEAM' and c.procesmanager is null) or c.procesmanager = ?4))))
            """;

    /**
     * "Mijn caseload", one page: for a coach the casussen he is regisseur of; for an intaker his
     * team's casussen still in analysis; for a procesmanager the escalated ones nobody has taken over
     * yet and his own. Late first, then the highest AVE level, then the next deadline (a legal term
     * of a referral or a date in the plan), then the oldest; sorted and paged in SQL, no cap. Each
     * household shown is logged.
     */
    @Verwerking(Activiteit.CASELOAD_INZIEN)
    public List<CaseloadRegel> caseload(LocalDate vandaag, int eerste, int aantal) {
        Instant start = klok.instant();
        toegangscontrole.vereisGeenUitsluiting(Activiteit.CASELOAD_INZIEN, "caseload");
        DossierToegang toegang = toegangscontrole.huidige();
        @SuppressWarnings("unchecked")
        List<Object[]> pagina = toegang.bind(em.createNativeQuery(MIJN_CASELOAD + """
                , t as (select casus_id, min(uiterlijk) as uiterlijk, (array_agg(naam order by uiterlijk))[1] as naam
                        from verwijzing_termijnen(?6) where casus_id in (select id from mijn) group by casus_id),
                  p as (select m.id, least(m.volgende_evaluatie, (select min(a.deadline) from doel d join actie a on a.doel_id = d.id
                                                                    where d.casus_id = m.id and a.afgerond_op is null)) as plan
                        from mijn m)
                select m.id, t.uiterlijk, t.naam, p.plan from mijn m join p on p.id = m.id left join t on t.casus_id = m.id
                order by (least(t.uiterlijk, p.plan) < ?6) desc nulls last, m.ave_niveau desc, m.veiligheidsrisico desc,
                         least(t.uiterlijk, p.plan) nulls last, m.geopend_op, m.id
                offset ?7 limit ?8"""))
                .setParameter(6, java.sql.Date.valueOf(vandaag))
                .setParameter(7, Math.max(eerste, 0))
                .setParameter(8, Math.min(Math.max(aantal, 1), 100))
                .getResultList();
        List<Long> ids = pagina.stream().map(r -> ((Number) r[0]).longValue()).toList();
        java.util.Map<Long, Casus> perId = ids.isEmpty() ? java.util.Map.of() : em.createQuery(
                        "select c from Casus c join fetch c.huishouden h join fetch h.wijk join fetch c.aveNiveau where c.id in :ids", Casus.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "c.huishouden.leden")
                .getResultList().stream().filter(toegang::magInzien).collect(Collectors.toMap(Casus::id, c -> c));
        logboek.schrijf(Activiteit.CASELOAD_INZIEN,
                perId.values().stream().map(c -> pseudoniemen.van(c.huishouden(), "casus:" + c.id())).toList(), start, null);
        return pagina.stream().filter(r -> perId.containsKey(((Number) r[0]).longValue())).map(r -> {
            Casus c = perId.get(((Number) r[0]).longValue());
            LocalDate termijn = r[1] == null ? null : ((java.sql.Date) r[1]).toLocalDate();
            LocalDate plan = r[3] == null ? null : ((java.sql.Date) r[3]).toLocalDate();
            boolean termijnEerst = termijn != null && (plan == null || !plan.isBefore(termijn));
            LocalDate deadline = termijnEerst ? termijn : plan;
            return new CaseloadRegel(c.id(), c.huishouden().leden().stream().map(Gezinslid::naam).collect(Collectors.joining(", ")),
                    c.huishouden().wijk().naam(), c.status().name(), c.aveNiveau().niveau(), c.regiehouder(), c.veiligheidsrisico(),
                    c.geopendOp(), deadline, termijnEerst ? (String) r[2] : (deadline == null ? null : "Plan"),
                    deadline != null && deadline.isBefore(vandaag));
        }).toList();
    }

    /** How many casussen the caseload has (for paging); a count, no household shown. */
    @GeenPersoonsgegevens("a count, no household shown")
    public int aantalInCaseload() {
        return ((Number) toegangscontrole.huidige().bind(em.createNativeQuery(MIJN_CASELOAD + "select count(*) from mijn"))
                .getSingleResult()).intValue();
    }

    /** The dossier as pages show it: its meldingen, the caller's rights, people by name. */
    private CasusDossier leesmodel(Casus casus) {
        return CasusDossiers.van(casus, meldingen.vanCasus(casus), toegangscontrole.huidige().rechten(casus),
                organisatie.namen(CasusDossiers.wie(casus)));
    }

    /** A change: allowed by the rules, on the version the user saw, logged with the action. */
    private void wijzig(Long casusId, long versie, Handeling handeling, Consumer<Casus> wijziging) {
        Instant start = klok.instant();
        Casus casus = toegangscontrole.casus(casusId, handeling);
        casussen.vereisVersie(casus, versie);
        wijziging.accept(casus);
        casussen.bewaar(casus);
        logboek.schrijf(Activiteit.DOSSIER_WIJZIGEN, pseudoniemen.van(casus.huishouden(), "casus:" + casus.id()), start,
                handeling.omschrijving());
    }

    /** A melding of the caller's team (or registered by him); another team's is refused, and logged. */
    private Melding eigenMelding(Long meldingId) {
        toegangscontrole.vereisGeenUitsluiting(Activiteit.MELDING_AFHANDELEN, "melding:" + meldingId);
        Melding melding = meldingen.find(meldingId).orElse(null);
        if (melding == null) {
            throw toegangscontrole.weiger(Activiteit.MELDING_AFHANDELEN, Betrokkene.onbekend("melding:" + meldingId), "bestaat niet",
                    MeldingService.ANDER_TEAM);
        }
        Medewerker ik = organisatie.getMedewerker(ik());
        boolean eigen = melding.geregistreerdDoor().equals(ik()) || melding.huishouden().wijk().team().id().equals(ik.team().id());
        if (!eigen) {
            throw toegangscontrole.weiger(Activiteit.MELDING_AFHANDELEN, pseudoniemen.van(melding.huishouden(), "melding:" + meldingId),
                    "melding van een ander team", MeldingService.ANDER_TEAM);
        }
        return melding;
    }

    private String ik() {
        return toegangscontrole.gebruiker();
    }
}
