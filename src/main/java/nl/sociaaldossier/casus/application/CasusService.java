package nl.sociaaldossier.casus.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;

/**
 * Casework on a casus: the transaction and authorisation boundary. Every method checks that the
 * caller may work in this dossier ({@link DossierToegang}); every change names the version the
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

    /**
     * Takes a new melding up in the casus of its household: a new casus, or the household's open
     * casus when it has one (één gezin, één plan). Returns the casus id.
     */
    @RolesAllowed(Rol.INTAKER)
    public Long openCasus(Long meldingId) {
        Melding melding = meldingen.find(meldingId).orElseThrow(() -> new DomainException("Deze melding bestaat niet."));
        vereisEigenTeam(melding);
        Instant nu = klok.instant();
        var bestaand = casussen.openCasusVan(melding.huishouden().id());
        if (bestaand.isPresent()) {
            bestaand.get().voegMeldingToe(melding, ik(), nu);
            casussen.bewaar(bestaand.get());
            return bestaand.get().id();
        }
        Casus casus = Casus.openVanuit(melding, casussen.aveNiveau(1), ik(), nu);
        casussen.voegToe(casus);
        return casus.id();
    }

    /** Closes a new melding without a casus: solved (advice, algemene voorziening) or referred elsewhere. */
    @RolesAllowed(Rol.INTAKER)
    public void sluitMeldingAf(Long meldingId, Melding.Status afhandeling, String toelichting) {
        Melding melding = meldingen.find(meldingId).orElseThrow(() -> new DomainException("Deze melding bestaat niet."));
        vereisEigenTeam(melding);
        melding.sluitAf(afhandeling, toelichting, LocalDate.now(klok));
        meldingen.bewaar();
    }

    /** The dossier of a casus; reading it is logged. */
    public CasusDossier dossier(Long casusId) {
        Casus casus = casussen.get(casusId);
        DossierToegang toegang = toegangscontrole.vereisInzage(casus);
        casussen.logInzage(casus, ik(), klok.instant());
        return CasusDossiers.van(casus, meldingen.vanCasus(casus), toegang.magRegieOvernemen(casus));
    }

    public void legAnalyseVast(Long casusId, long versie, String leefgebiedCode, int score, String verklaring) {
        wijzig(casusId, versie, c -> c.legAnalyseVast(leefgebieden.get(leefgebiedCode), score, verklaring, ik(), klok.instant()));
    }

    public void verwijderUitAnalyse(Long casusId, long versie, String leefgebiedCode) {
        wijzig(casusId, versie, c -> c.verwijderUitAnalyse(leefgebiedCode, ik(), klok.instant()));
    }

    public void markeerVeiligheidsrisico(Long casusId, long versie, boolean risico, String toelichting) {
        wijzig(casusId, versie, c -> c.markeerVeiligheidsrisico(risico, toelichting, ik(), klok.instant()));
    }

    public void wijsRegisseurToe(Long casusId, long versie, String gebruikersnaam) {
        wijzig(casusId, versie, c -> c.wijsRegisseurToe(organisatie.getMedewerker(gebruikersnaam), ik(), klok.instant()));
    }

    public void draagRegieOver(Long casusId, long versie, String gebruikersnaam, String reden) {
        wijzig(casusId, versie, c -> c.draagRegieOver(organisatie.getMedewerker(gebruikersnaam), reden, ik(), klok.instant()));
    }

    public void startUitvoering(Long casusId, long versie) {
        wijzig(casusId, versie, c -> c.startUitvoering(ik(), klok.instant()));
    }

    public void wijzigAveNiveau(Long casusId, long versie, int niveau, String reden) {
        wijzig(casusId, versie, c -> c.wijzigAveNiveau(casussen.aveNiveau(niveau), reden, ik(), klok.instant()));
    }

    @RolesAllowed(Rol.PROCESMANAGER)
    public void neemRegieOver(Long casusId, long versie) {
        wijzig(casusId, versie, c -> c.neemRegieOver(organisatie.getMedewerker(ik()), ik(), klok.instant()));
    }

    public void stelDoelVast(Long casusId, long versie, String leefgebiedCode, String omschrijving) {
        wijzig(casusId, versie, c -> c.stelDoelVast(leefgebiedCode, omschrijving, ik(), klok.instant()));
    }

    public void voegActieToe(Long casusId, long versie, Long doelId, String omschrijving, String eigenaar, LocalDate deadline) {
        wijzig(casusId, versie, c -> c.voegActieToe(doelId, omschrijving, eigenaar, deadline, ik(), klok.instant()));
    }

    public void rondActieAf(Long casusId, long versie, Long actieId, LocalDate afgerondOp) {
        wijzig(casusId, versie, c -> c.rondActieAf(actieId, afgerondOp, ik(), klok.instant()));
    }

    public void planEvaluatie(Long casusId, long versie, LocalDate datum) {
        wijzig(casusId, versie, c -> c.planEvaluatie(datum, ik(), klok.instant()));
    }

    public void legUitkomstVast(Long casusId, long versie, Long doelId, Doel.Uitkomst uitkomst) {
        wijzig(casusId, versie, c -> c.legUitkomstVast(doelId, uitkomst, ik(), klok.instant()));
    }

    public void schrijfVerslag(Long casusId, long versie, Verslag.Soort soort, LocalDate datum, String tekst) {
        wijzig(casusId, versie, c -> c.schrijfVerslag(soort, datum, tekst, ik(), klok.instant()));
    }

    public void sluitAf(Long casusId, long versie, String reden) {
        wijzig(casusId, versie, c -> c.sluitAf(reden, ik(), klok.instant()));
    }

    public void heropen(Long casusId, long versie, String reden) {
        wijzig(casusId, versie, c -> c.heropen(reden, ik(), klok.instant()));
    }

    /** The coaches of the casus's team who may become regisseur: (gebruikersnaam, naam). */
    public List<String[]> mogelijkeRegisseurs(Long casusId) {
        Casus casus = casussen.get(casusId);
        toegangscontrole.vereisInzage(casus);
        return organisatie.mogelijkeRegisseurs(casus.team()).stream()
                .map(m -> new String[] {m.gebruikersnaam(), m.naam() + " (" + m.functie().toLowerCase() + ")"})
                .toList();
    }

    public List<AveNiveau> aveNiveaus() {
        return casussen.aveNiveaus();
    }

    /**
     * "Mijn caseload": for a coach the casussen he is regisseur of; for an intaker his team's
     * casussen still in analysis; for a procesmanager the escalated ones and his own. Highest AVE
     * level first, then safety risks, then the oldest.
     */
    public List<CaseloadRegel> mijnCaseload() {
        DossierToegang toegang = toegangscontrole.huidige();
        Long team = toegang.medewerker() == null ? -1L : toegang.medewerker().team().id();
        List<Casus> lijst = em.createQuery("""
                        select distinct c from Casus c join fetch c.huishouden h join fetch h.wijk join fetch c.aveNiveau
                        left join c.regisseur r left join c.procesmanager p
                        where c.status <> nl.sociaaldossier.casus.domain.Casus.Status.AFGESLOTEN and (
                           (:coach = true and r.gebruikersnaam = :ik)
                        or (:intaker = true and c.team.id = :team and c.status = nl.sociaaldossier.casus.domain.Casus.Status.IN_ANALYSE)
                        or (:pm = true and (c.regieBij <> nl.sociaaldossier.casus.domain.RegieBij.WIJKTEAM or p.gebruikersnaam = :ik)))""",
                        Casus.class)
                .setParameter("coach", toegang.rollen().contains(Rol.COACH))
                .setParameter("intaker", toegang.rollen().contains(Rol.INTAKER))
                .setParameter("pm", toegang.rollen().contains(Rol.PROCESMANAGER))
                .setParameter("ik", ik())
                .setParameter("team", team)
                .setHint("eclipselink.batch", "c.huishouden.leden")
                .setHint("eclipselink.batch", "c.doelen.acties")
                .setMaxResults(500)
                .getResultList();
        return lijst.stream()
                .filter(toegang::magInzien)
                .sorted(Comparator.comparing((Casus c) -> -c.aveNiveau().niveau())
                        .thenComparing(c -> !c.veiligheidsrisico())
                        .thenComparing(Casus::geopendOp))
                .map(c -> new CaseloadRegel(c.id(), c.huishouden().leden().stream().map(Gezinslid::naam).collect(Collectors.joining(", ")),
                        c.huishouden().wijk().naam(), c.status().name(), c.aveNiveau().niveau(), c.regiehouder(),
                        c.veiligheidsrisico(), c.geopendOp(), c.volgendeDeadline().orElse(null)))
                .toList();
    }

    private void wijzig(Long casusId, long versie, Consumer<Casus> wijziging) {
        Casus casus = casussen.get(casusId, versie);
        toegangscontrole.vereisInzage(casus);
        wijziging.accept(casus);
        casussen.bewaar(casus);
    }

    private void vereisEigenTeam(Melding melding) {
        Medewerker ik = organisatie.getMedewerker(ik());
        boolean eigen = melding.geregistreerdDoor().equals(ik()) || melding.huishouden().wijk().team().id().equals(ik.team().id());
        DomainException.vereis(eigen, "Deze melding hoort bij een ander wijkteam.");
    }

    private String ik() {
        return toegangscontrole.gebruiker();
    }
}
