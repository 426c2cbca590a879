package nl.sociaaldossier.it;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.concurrent.Callable;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import nl.sociaaldossier.casus.application.NieuweMelding;
import java.util.List;
import javax.sql.DataSource;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CaseloadRegel;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.casus.application.Signaal;
import nl.sociaaldossier.casus.application.Werkvoorraad;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.referral.application.NieuweVerwijzing;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.referral.domain.Verwijzing;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;
import nl.sociaaldossier.shared.infrastructure.Database;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Casework through the service layer with real roles and a real database: who may see a dossier,
 * that reading it is logged, the regie rules, AVE hand-over to the procesmanager, and that a
 * concurrent edit is refused rather than overwritten.
 */
@ExtendWith(ArquillianExtension.class)
class CasusServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.echteWar(CasusServiceIT.class);
    }

    @Inject
    MeldingService meldingService;
    @Inject
    CasusService casusService;
    @Inject
    VerwijzingService verwijzingService;
    @Inject
    Werkvoorraad werkvoorraad;
    @Inject
    AlsGebruiker.Intaker alsIntaker;
    @Inject
    AlsGebruiker.Coach alsCoach;
    @Inject
    AlsGebruiker.Procesmanager alsProcesmanager;
    @Inject
    AlsGebruiker.Controller alsController;
    @Inject
    AlsGebruiker.TeamCoach alsTeamCoach;
    @Inject
    AlsGebruiker.Intaker2 alsIntaker2;
    @Inject
    nl.sociaaldossier.logboek.Verwerkingscontext pagina;
    @Resource(lookup = Database.JNDI_NAAM)
    DataSource dataSource;
    @Resource
    ManagedExecutorService uitvoerder;

    Sql sql;

    /** The run-as users work in teams: the intaker and the team coach in Wijkteam 1, the coach and intaker2 in Wijkteam 2. */
    @BeforeEach
    void medewerkers() throws SQLException {
        sql = new Sql(dataSource);
        Medewerkers.voegToe(sql);
        sql.voerUit("""
                insert into medewerker (gebruikersnaam, naam, functie_code, team_id) values
                 ('arquillian-intaker', 'Test Intaker', 'intaker', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-coach', 'Test Coach', 'gezinscoach', (select id from team where naam = 'Wijkteam 2')),
                 ('arquillian-procesmanager', 'Test Procesmanager', 'procesmanager',
                    (select id from team where naam = 'Procesmanagers (team Zorg en Veiligheid)'))
                on conflict do nothing""");
    }

    private Long nieuweCasus() throws Exception {
        Long melding = alsIntaker.doe(() -> meldingService.registreer(TestMeldingen.nieuw(sql, TestMeldingen.uniekeStraat(), TestBsn.nieuw())));
        return alsIntaker.doe(() -> casusService.openCasus(melding));
    }

    private CasusDossier dossierAlsIntaker(Long id) throws Exception {
        return alsIntaker.doe(() -> casusService.dossier(id));
    }

    @Test
    void wieEenDossierMagZienEnDatInzageEenKeerPerPaginaWordtGelogd() throws Exception {
        Long id = nieuweCasus();
        String inzagen = "select count(*) from logboek where activiteit = 'DOSSIER_INZIEN' and object = 'casus:" + id + "'";
        long voor = sql.getal(inzagen);

        pagina.begin();
        CasusDossier d = dossierAlsIntaker(id);
        dossierAlsIntaker(id);
        dossierAlsIntaker(id);
        assertEquals("IN_ANALYSE", d.status());
        assertEquals("Wijkteam 1", d.team());
        assertEquals(voor + 1, sql.getal(inzagen + " and status = 'OK' and gebruiker = 'arquillian-intaker'"),
                "one page view is one read, however often it re-renders");
        pagina.begin();
        dossierAlsIntaker(id);
        assertEquals(voor + 2, sql.getal(inzagen + " and status = 'OK'"), "a new page view is a new read");

        // a coach of another wijkteam, a procesmanager of a case that is not escalated: no, and the attempt is logged
        assertEquals(CasusService.GEEN_TOEGANG, regel(() -> alsCoach.doe(() -> casusService.dossier(id))).getMessage());
        assertEquals(CasusService.GEEN_TOEGANG, regel(() -> alsProcesmanager.doe(() -> casusService.dossier(id))).getMessage());
        assertEquals(1, sql.getal(inzagen + " and status = 'GEWEIGERD' and gebruiker = 'arquillian-coach'"));
        assertEquals(1, sql.getal(inzagen + " and status = 'GEWEIGERD' and gebruiker = 'arquillian-procesmanager'"));
        assertThrows(EJBAccessException.class, () -> alsController.doe(() -> casusService.dossier(id)));
        assertThrows(EJBAccessException.class, () -> casusService.dossier(id));

        // a regisseur of another team only through an explicit hand-over with a reason
        DomainException anderTeam = regel(() -> alsIntaker.doe(() -> {
            casusService.wijsRegisseurToe(id, dossierAlsIntaker(id).versie(), "arquillian-coach");
            return null;
        }));
        assertTrue(anderTeam.getMessage().contains("niet in het team van deze casus"), anderTeam.getMessage());
        alsIntaker.doe(() -> {
            casusService.wijsRegisseurToe(id, dossierAlsIntaker(id).versie(), "arquillian-teamcoach");
            return null;
        });
        assertTrue(regel(() -> alsIntaker.doe(() -> {
            casusService.draagRegieOver(id, dossierAlsIntaker(id).versie(), "arquillian-coach", "Schuldenspecialist nodig");
            return null;
        })).getMessage().startsWith("U mag in deze casus niet"), "only the regisseur hands regie over");
        alsTeamCoach.doe(() -> {
            casusService.draagRegieOver(id, casusService.dossier(id).versie(), "arquillian-coach", "Schuldenspecialist nodig");
            return null;
        });
        assertEquals("Test Coach", alsCoach.doe(() -> casusService.dossier(id)).regisseur());
        assertTrue(inCaseload(alsCoach, id).isPresent());
        assertEquals(1, sql.getal("select count(*) from casus_gebeurtenis where casus_id = " + id
                + " and omschrijving like 'Regie overgedragen van Test Teamcoach aan Test Coach: Schuldenspecialist nodig'"));
        assertEquals(1, sql.getal("select count(*) from logboek where object = 'casus:" + id + "' and activiteit = 'DOSSIER_WIJZIGEN'"
                + " and gebruiker = 'arquillian-teamcoach' and toelichting like 'regie overdragen%'"));
    }

    @Test
    void eenMeldingVoorDeCasusVanEenAnderTeamGaatViaEenOverdracht() throws Exception {
        Long id = nieuweCasus();
        String bsn = sql.tekst("select g.bsn from gezinslid g join casus c on c.huishouden_id = g.huishouden_id where c.id = " + id + " limit 1");
        // the household is in Wijkteam 1's wijk; an intaker of Wijkteam 2 finds it by BSN and registers a melding for it
        Long huishouden = alsIntaker2.doe(() -> meldingService.zoekHuishoudens(bsn, null, null, null, null)).get(0).id();
        Long melding = alsIntaker2.doe(() -> meldingService.registreerVoorHuishouden(huishouden,
                TestMeldingen.nieuw(sql, "x", TestBsn.nieuw())));
        sql.voerUit("update melding set geregistreerd_door = 'arquillian-intaker2' where id = " + melding);
        assertEquals("Wijkteam 1", alsIntaker2.doe(() -> meldingService.melding(melding)).teamVanOpenCasus(),
                "the afhandelen page offers the hand-over");
        DomainException zijdeur = regel(() -> alsIntaker2.doe(() -> casusService.openCasus(melding)));
        assertTrue(zijdeur.getMessage().startsWith("Dit huishouden heeft al een open casus bij Wijkteam 1"), zijdeur.getMessage());
        assertEquals("NIEUW", sql.tekst("select status from melding where id = " + melding));
        assertEquals(1, sql.getal("select count(*) from logboek where status = 'GEWEIGERD' and object = 'melding:" + melding + "'"
                + " and toelichting = 'open casus van een ander team'"), "the refused side door is logged");

        alsIntaker2.doe(() -> {
            casusService.draagMeldingOver(melding, "Huishouden heeft al een casus bij Wijkteam 1");
            return null;
        });
        assertEquals(id, sql.getal("select casus_id from melding where id = " + melding));
        assertEquals(CasusService.GEEN_TOEGANG, regel(() -> alsIntaker2.doe(() -> casusService.dossier(id))).getMessage(),
                "the hand-over gives no access to the other team's casus");
        assertEquals(1, sql.getal("select count(*) from logboek where object = 'melding:" + melding + "' and activiteit = 'MELDING_AFHANDELEN'"
                + " and toelichting like 'overgedragen aan Wijkteam 1%'"));
    }

    @Test
    void meervoudigeProblematiekZonderRegisseurGaatNietVerder() throws Exception {
        Long id = nieuweCasus();
        alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, dossierAlsIntaker(id).versie(), "financien", 2, "Schulden na baanverlies");
            casusService.legAnalyseVast(id, dossierAlsIntaker(id).versie(), "opvoeding", 3, "Ouder overbelast");
            return null;
        });
        DomainException fout = regel(() -> alsIntaker.doe(() -> {
            casusService.startUitvoering(id, dossierAlsIntaker(id).versie());
            return null;
        }));
        assertTrue(fout.getMessage().contains("wijs eerst precies één regisseur toe"), fout.getMessage());
        assertEquals("IN_ANALYSE", sql.tekst("select status from casus where id = " + id));
        assertEquals(2, sql.getal("select count(*) from analyse_leefgebied where casus_id = " + id));
    }

    @Test
    void opschalenGeeftDeProcesmanagerToegangEnAfschalenGeeftDeRegieTerug() throws Exception {
        Long id = nieuweCasus();
        assertTrue(regel(() -> alsIntaker.doe(() -> {
            casusService.wijzigAveNiveau(id, dossierAlsIntaker(id).versie(), 4, "Acute onveiligheid in het gezin");
            return null;
        })).getMessage().startsWith("U mag in deze casus niet: AVE-niveau wijzigen"));
        assertEquals(1, sql.getal("select count(*) from logboek where object = 'casus:" + id + "' and status = 'GEWEIGERD'"
                + " and gebruiker = 'arquillian-intaker' and toelichting = 'geen recht: AVE-niveau wijzigen'"));
        alsIntaker.doe(() -> {
            casusService.wijsRegisseurToe(id, dossierAlsIntaker(id).versie(), "arquillian-teamcoach");
            return null;
        });
        alsTeamCoach.doe(() -> {
            casusService.wijzigAveNiveau(id, casusService.dossier(id).versie(), 4, "Acute onveiligheid in het gezin");
            return null;
        });
        assertTrue(inCaseload(alsProcesmanager, id).isPresent());
        CasusDossier opgeschaald = alsProcesmanager.doe(() -> casusService.dossier(id));
        assertTrue(opgeschaald.rechten().regieOvernemen());
        assertTrue(!opgeschaald.rechten().aveWijzigen() && !opgeschaald.rechten().afsluiten(), "not before taking over regie");

        alsProcesmanager.doe(() -> {
            casusService.neemRegieOver(id, opgeschaald.versie());
            return null;
        });
        assertEquals("Test Procesmanager", alsProcesmanager.doe(() -> casusService.dossier(id)).regiehouder());
        assertThrows(EJBAccessException.class, () -> alsIntaker.doe(() -> {
            casusService.neemRegieOver(id, dossierAlsIntaker(id).versie());
            return null;
        }), "only a procesmanager takes over regie");

        alsProcesmanager.doe(() -> {
            casusService.wijzigAveNiveau(id, casusService.dossier(id).versie(), 2, "Veiligheid geborgd");
            return null;
        });
        assertEquals("WIJKTEAM", sql.tekst("select regie_bij from casus where id = " + id));
        assertEquals(3, sql.getal("select count(*) from ave_wijziging where casus_id = " + id));
        assertEquals("arquillian-procesmanager", sql.tekst("select door from ave_wijziging where casus_id = " + id + " order by op desc, id desc limit 1"));
        assertEquals(CasusService.GEEN_TOEGANG, regel(() -> alsProcesmanager.doe(() -> casusService.dossier(id))).getMessage());
    }

    @Test
    void eenGelijktijdigeWijzigingOverschrijftNiets() throws Exception {
        Long id = nieuweCasus();
        long gezien = dossierAlsIntaker(id).versie();
        alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, gezien, "financien", 2, "Eerste collega");
            return null;
        });
        DomainException fout = regel(() -> alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, gezien, "financien", 4, "Tweede collega, oude versie");
            return null;
        }));
        assertInstanceOf(GelijktijdigGewijzigd.class, fout);
        assertEquals("Eerste collega", sql.tekst("select verklaring from analyse_leefgebied where casus_id = " + id));
    }

    @Test
    void eenMeldingWordtEenKeerAfgehandeld() throws Exception {
        Long melding = alsIntaker.doe(() -> meldingService.registreer(TestMeldingen.nieuw(sql, TestMeldingen.uniekeStraat(), TestBsn.nieuw())));
        assertTrue(regel(() -> alsIntaker.doe(() -> {
            casusService.sluitMeldingAf(melding, nl.sociaaldossier.casus.domain.Melding.Status.OPGELOST, " ");
            return null;
        })).getMessage().startsWith("Beschrijf hoe de vraag is opgelost"));
        alsIntaker.doe(() -> {
            casusService.sluitMeldingAf(melding, nl.sociaaldossier.casus.domain.Melding.Status.OPGELOST, "Advies en Wijkkamer");
            return null;
        });
        assertEquals("OPGELOST", sql.tekst("select status from melding where id = " + melding));
        regel(() -> alsIntaker.doe(() -> casusService.openCasus(melding)));
        assertEquals(0, sql.getal("select count(*) from melding where id = " + melding + " and casus_id is not null"));
    }

    @Test
    void verwijzenNaDeAnalyseMetTermijnenDieDeCaseloadToont() throws Exception {
        Long id = nieuweCasus();
        NieuweVerwijzing invoer = TestMeldingen.jeugdhulp(sql, id, LocalDate.now().minusDays(70), LocalDate.now().minusDays(60));

        assertTrue(regel(() -> alsTeamCoach.doe(() -> verwijzingService.vraagAan(id, invoer))).getMessage()
                .startsWith("U mag in deze casus niet: verwijzen"), "plan and referrals are the regisseur's");
        alsIntaker.doe(() -> {
            casusService.wijsRegisseurToe(id, dossierAlsIntaker(id).versie(), "arquillian-teamcoach");
            return null;
        });
        DomainException teVroeg = regel(() -> alsTeamCoach.doe(() -> verwijzingService.vraagAan(id, invoer)));
        assertTrue(teVroeg.getMessage().startsWith("Verwijzen kan als de casus in uitvoering is"), teVroeg.getMessage());
        assertEquals(0, sql.getal("select count(*) from verwijzing where casus_id = " + id));

        alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, dossierAlsIntaker(id).versie(), "opvoeding", 3, "Schoolverzuim");
            casusService.startUitvoering(id, dossierAlsIntaker(id).versie());
            return null;
        });

        assertTrue(regel(() -> alsIntaker.doe(() -> verwijzingService.vraagAan(id, invoer))).getMessage()
                .startsWith("U mag in deze casus niet: verwijzen"), "an intaker does not refer");
        alsTeamCoach.doe(() -> verwijzingService.vraagAan(id, invoer));
        assertEquals("AANGEVRAAGD", sql.tekst("select status from verwijzing where casus_id = " + id));
        CaseloadRegel regel = inCaseload(alsTeamCoach, id).orElseThrow();
        assertEquals(LocalDate.now().minusDays(60).plusWeeks(8), regel.deadline());
        assertEquals("Beschikking (8 weken na de aanvraag)", regel.wat());
        assertTrue(regel.teLaat(), "eight weeks after an aanvraag of 60 days ago is past");
        assertTrue(inCaseload(alsCoach, id).isEmpty(), "not the coach's dossier");
        assertEquals(1, sql.getal("select count(*) from casus_gebeurtenis where casus_id = " + id
                + " and omschrijving = 'Verwijzing naar Jeugdhulp ambulant: begeleiding aangevraagd op "
                + nl.sociaaldossier.shared.domain.Datums.tekst(LocalDate.now().minusDays(60)) + "'"));
        var tijdlijn = alsTeamCoach.doe(() -> verwijzingService.vanCasus(id)).get(0).tijdlijn();
        assertEquals("AANGEVRAAGD", tijdlijn.get(0).gebeurtenis());
        assertEquals(LocalDate.now().minusDays(60), tijdlijn.get(0).datum());
        assertEquals("Test Teamcoach", tijdlijn.get(0).door(), "the person, not the login");
    }

    /**
     * The start page's signals on fixed dates: a legal term is due within 5 working days and late
     * after it; an action past its date; an evaluation due; an escalation waits for a procesmanager
     * until one takes over; a melding outside the team's norm and a casus too long without
     * regisseur for the team's intaker. Each for the right people only. The SQL terms equal the
     * Java rule, also with a running suspension and an extension.
     */
    @Test
    void signalenOpVasteDatumsVoorDeJuisteMensen() throws Exception {
        Long id = nieuweCasus();
        LocalDate geopend = LocalDate.now();
        // too long without regisseur: the team's norm is 10 working days
        assertTrue(signalen(alsIntaker, Signaal.Soort.ZONDER_REGISSEUR, geopend.plusDays(21)).stream().anyMatch(s -> id.equals(s.casusId())));
        assertTrue(signalen(alsIntaker, Signaal.Soort.ZONDER_REGISSEUR, geopend.plusDays(1)).stream().noneMatch(s -> id.equals(s.casusId())));
        assertTrue(signalen(alsCoach, Signaal.Soort.ZONDER_REGISSEUR, geopend.plusDays(21)).stream().noneMatch(s -> id.equals(s.casusId())),
                "not another team's");
        alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, dossierAlsIntaker(id).versie(), "financien", 2, "Schulden");
            casusService.wijsRegisseurToe(id, dossierAlsIntaker(id).versie(), "arquillian-teamcoach");
            casusService.startUitvoering(id, dossierAlsIntaker(id).versie());
            return null;
        });
        // a Jeugdwet referral requested on Monday 5 January 2026: the beschikking is due on Monday 2 March (8 weeks)
        NieuweVerwijzing invoer = TestMeldingen.jeugdhulp(sql, id, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 5));
        Long verwijzing = alsTeamCoach.doe(() -> verwijzingService.vraagAan(id, invoer));
        assertTrue(termijnVan(id, LocalDate.of(2026, 2, 20)).isEmpty(), "Friday 20 February: 2 March is 6 working days away");
        Signaal due = termijnVan(id, LocalDate.of(2026, 2, 23)).orElseThrow(() -> new AssertionError("Monday 23 February: due within 5 working days"));
        assertEquals(LocalDate.of(2026, 3, 2), due.datum());
        assertTrue(!due.teLaat() && due.wat().contains("Beschikking (8 weken na de aanvraag)"), due.toString());
        assertTrue(termijnVan(id, LocalDate.of(2026, 3, 3)).orElseThrow().teLaat(), "Tuesday 3 March: late");
        assertTrue(signalen(alsCoach, Signaal.Soort.TERMIJN, LocalDate.of(2026, 3, 3)).stream().noneMatch(s -> id.equals(s.casusId())),
                "not for who is not the regisseur");
        assertTrue(signalen(alsIntaker, Signaal.Soort.TERMIJN, LocalDate.of(2026, 3, 3)).stream().noneMatch(s -> id.equals(s.casusId())));

        // the SQL terms are the Java rule, also with an extension and a running suspension
        long versie = sql.getal("select version from verwijzing where id = " + verwijzing);
        alsTeamCoach.doe(() -> {
            verwijzingService.zetStap(verwijzing, versie, Verwijzing.Stap.VERLENGEN, LocalDate.now(), "Advies nodig", 10);
            verwijzingService.zetStap(verwijzing, versie + 1, Verwijzing.Stap.OPSCHORTEN, LocalDate.now().minusDays(3), "Wacht op informatie", null);
            return null;
        });
        LocalDate javaTermijn = alsTeamCoach.doe(() -> verwijzingService.vanCasus(id)).get(0).termijnen().get(0).uiterlijk();
        assertEquals(javaTermijn, sql.datum("select uiterlijk from verwijzing_termijnen(date '" + LocalDate.now() + "') where verwijzing_id = " + verwijzing));
        assertEquals(LocalDate.of(2026, 3, 2).plusDays(10 + 3), javaTermijn);

        // an action past its date (confirmed) and an evaluation due
        alsTeamCoach.doe(() -> {
            casusService.stelDoelVast(id, casusService.dossier(id).versie(), "financien", "Schulden geregeld");
            return null;
        });
        long doel = sql.getal("select max(id) from doel where casus_id = " + id);
        assertEquals(Casus.DEADLINE_VERLEDEN, regel(() -> alsTeamCoach.doe(() -> {
            casusService.voegActieToe(id, casusService.dossier(id).versie(), doel, "Budgetplan", "Anna", LocalDate.now().minusDays(2), false);
            return null;
        })).getMessage());
        alsTeamCoach.doe(() -> {
            casusService.voegActieToe(id, casusService.dossier(id).versie(), doel, "Budgetplan", "Anna", LocalDate.now().minusDays(2), true);
            casusService.planEvaluatie(id, casusService.dossier(id).versie(), LocalDate.now().plusDays(30));
            return null;
        });
        assertTrue(signalen(alsTeamCoach, Signaal.Soort.ACTIE, LocalDate.now()).stream()
                .anyMatch(s -> id.equals(s.casusId()) && s.teLaat() && s.wat().equals("Actie: Budgetplan (Anna)")));
        assertTrue(signalen(alsTeamCoach, Signaal.Soort.EVALUATIE, LocalDate.now().plusDays(28)).stream().anyMatch(s -> id.equals(s.casusId())));
        assertTrue(signalen(alsTeamCoach, Signaal.Soort.EVALUATIE, LocalDate.now()).stream().noneMatch(s -> id.equals(s.casusId())));

        // an escalation waits for a procesmanager until one takes over
        alsTeamCoach.doe(() -> {
            casusService.wijzigAveNiveau(id, casusService.dossier(id).versie(), 4, "Acute onveiligheid");
            return null;
        });
        assertTrue(signalen(alsProcesmanager, Signaal.Soort.ESCALATIE, LocalDate.now()).stream().anyMatch(s -> id.equals(s.casusId())));
        alsProcesmanager.doe(() -> {
            casusService.neemRegieOver(id, casusService.dossier(id).versie());
            return null;
        });
        assertTrue(signalen(alsProcesmanager, Signaal.Soort.ESCALATIE, LocalDate.now()).stream().noneMatch(s -> id.equals(s.casusId())));
        assertTrue(signalen(alsProcesmanager, Signaal.Soort.ACTIE, LocalDate.now()).stream().anyMatch(s -> id.equals(s.casusId())),
                "now his own casus");

        // a melding not handled within the team's norm of 5 working days, for the team's intaker only
        Long melding = alsIntaker.doe(() -> meldingService.registreer(TestMeldingen.nieuw(sql, TestMeldingen.uniekeStraat(), TestBsn.nieuw())));
        assertTrue(signalen(alsIntaker, Signaal.Soort.MELDING, LocalDate.now().plusDays(9)).stream().anyMatch(s -> melding.equals(s.meldingId())));
        assertTrue(signalen(alsIntaker, Signaal.Soort.MELDING, LocalDate.now().plusDays(1)).stream().noneMatch(s -> melding.equals(s.meldingId())));
        assertTrue(signalen(alsIntaker2, Signaal.Soort.MELDING, LocalDate.now().plusDays(9)).stream().noneMatch(s -> melding.equals(s.meldingId())));
        int geteld = alsIntaker.doe(() -> werkvoorraad.tellingen(LocalDate.now().plusDays(9))).getOrDefault(Signaal.Soort.MELDING, 0);
        assertEquals(geteld, signalen(alsIntaker, Signaal.Soort.MELDING, LocalDate.now().plusDays(9)).size(), "the badge counts what the list shows");
    }

    /** All signals of one kind on a date, page by page. */
    private static List<Signaal> signalen(AlsGebruiker.MetRol als, Signaal.Soort soort, LocalDate vandaag) throws Exception {
        Werkvoorraad w = jakarta.enterprise.inject.spi.CDI.current().select(Werkvoorraad.class).get();
        int aantal = als.doe(() -> w.aantal(soort, vandaag));
        List<Signaal> alle = new java.util.ArrayList<>();
        for (int eerste = 0; eerste < aantal; eerste += 100) {
            int vanaf = eerste;
            alle.addAll(als.doe(() -> w.signalen(soort, vandaag, vanaf, 100)));
        }
        assertEquals(aantal, alle.size());
        return alle;
    }

    private java.util.Optional<Signaal> termijnVan(Long id, LocalDate vandaag) throws Exception {
        return signalen(alsTeamCoach, Signaal.Soort.TERMIJN, vandaag).stream().filter(s -> id.equals(s.casusId())).findFirst();
    }

    /** The caseload row of a casus, looked for page by page through the whole caseload (no cap). */
    private static java.util.Optional<CaseloadRegel> inCaseload(AlsGebruiker.MetRol als, Long id) throws Exception {
        CasusService service = jakarta.enterprise.inject.spi.CDI.current().select(CasusService.class).get();
        int aantal = als.doe(service::aantalInCaseload);
        for (int eerste = 0; eerste < aantal; eerste += 100) {
            int vanaf = eerste;
            var gevonden = als.doe(() -> service.caseload(LocalDate.now(), vanaf, 100)).stream().filter(r -> r.id().equals(id)).findFirst();
            if (gevonden.isPresent()) {
                return gevonden;
            }
        }
        return java.util.Optional.empty();
    }

    /** The rule broken inside the service, unwrapped from the EJB container's exception. */
    // --- races: two users at once, one wins, the other is told; held by the database (unique index, row version) ---

    @Test
    void tweeIntakersRegistrerenTegelijkHetzelfdeBsnEnEenWint() throws Exception {
        String bsn = TestBsn.nieuw();
        List<String> straten = new ArrayList<>();
        List<Callable<?>> aanroepen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String straat = TestMeldingen.uniekeStraat();
            straten.add(straat);
            NieuweMelding invoer = TestMeldingen.nieuw(sql, straat, bsn);
            aanroepen.add(() -> alsIntaker.doe(() -> meldingService.registreer(invoer)));
        }
        List<Tegelijk.Uitkomst> uitkomsten = Tegelijk.voer(uitvoerder, aanroepen);

        assertEquals(1, uitkomsten.stream().filter(Tegelijk.Uitkomst::gelukt).count(), "one registration wins: " + uitkomsten);
        for (Tegelijk.Uitkomst u : uitkomsten.stream().filter(u -> !u.gelukt()).toList()) {
            assertTrue(domeinfout(u.fout()).getMessage().contains("BSN"), "told about the BSN: " + u.fout());
        }
        assertEquals(1, sql.getal("select count(*) from gezinslid where bsn = '" + bsn + "'"));
        assertEquals(1, sql.getal("select count(*) from huishouden where straat in ('" + String.join("','", straten) + "')"),
                "the losers stored nothing, not even half a household");
        assertEquals(1, sql.getal("select count(*) from melding m join huishouden h on h.id = m.huishouden_id where h.straat in ('"
                + String.join("','", straten) + "')"));
    }

    @Test
    void deDatabaseHoudtEenBsnBijEenHuishoudenOokZonderDeControleInJava() throws Exception {
        String bsn = TestBsn.nieuw();
        alsIntaker.doe(() -> meldingService.registreer(TestMeldingen.nieuw(sql, TestMeldingen.uniekeStraat(), bsn)));
        SQLException dubbel = assertThrows(SQLException.class, () -> sql.voerUit("""
                insert into gezinslid (huishouden_id, volgnummer, voornaam, achternaam, geboortedatum, bsn)
                select (select max(id) from huishouden where id not in (select huishouden_id from gezinslid where bsn = '%s')),
                       99, 'Dubbel', 'Jansen', date '1990-01-01', '%s'""".formatted(bsn, bsn)));
        assertEquals("23505", dubbel.getSQLState());
    }

    @Test
    void tweeRegisseursTegelijkToegewezenEenWintDeAnderHoortHet() throws Exception {
        Long id = nieuweCasus();
        long versie = dossierAlsIntaker(id).versie();
        List<Tegelijk.Uitkomst> uitkomsten = Tegelijk.voer(uitvoerder, List.of(
                () -> alsIntaker.doe(() -> {
                    casusService.wijsRegisseurToe(id, versie, "arquillian-teamcoach");
                    return "arquillian-teamcoach";
                }),
                () -> alsTeamCoach.doe(() -> {
                    casusService.wijsRegisseurToe(id, versie, "arquillian-dubbel");
                    return "arquillian-dubbel";
                })));

        List<Tegelijk.Uitkomst> gelukt = uitkomsten.stream().filter(Tegelijk.Uitkomst::gelukt).toList();
        assertEquals(1, gelukt.size(), "one assignment wins: " + uitkomsten);
        Throwable verloren = uitkomsten.stream().filter(u -> !u.gelukt()).findFirst().orElseThrow().fout();
        assertInstanceOf(GelijktijdigGewijzigd.class, domeinfout(verloren));
        assertEquals(gelukt.get(0).waarde(), sql.tekst("select regisseur from casus where id = " + id));
        assertEquals(versie + 1, dossierAlsIntaker(id).versie(), "one change stored");
    }

    @Test
    void tweeKeerTegelijkAfsluitenEenWintDeAnderHoortHet() throws Exception {
        Long id = nieuweCasus();
        alsIntaker.doe(() -> {
            casusService.wijsRegisseurToe(id, casusService.dossier(id).versie(), "arquillian-teamcoach");
            return null;
        });
        long versie = alsTeamCoach.doe(() -> casusService.dossier(id).versie());
        List<Tegelijk.Uitkomst> uitkomsten = Tegelijk.voer(uitvoerder, List.of(
                () -> alsTeamCoach.doe(() -> {
                    casusService.sluitAf(id, versie, "Doelen bereikt");
                    return null;
                }),
                () -> alsTeamCoach.doe(() -> {
                    casusService.sluitAf(id, versie, "Gezin verhuisd");
                    return null;
                })));

        assertEquals(1, uitkomsten.stream().filter(Tegelijk.Uitkomst::gelukt).count(), "one close wins: " + uitkomsten);
        assertInstanceOf(GelijktijdigGewijzigd.class, domeinfout(uitkomsten.stream().filter(u -> !u.gelukt()).findFirst().orElseThrow().fout()));
        assertEquals(1, sql.getal("select count(*) from casus_gebeurtenis where casus_id = " + id + " and omschrijving like 'Casus afgesloten%'"));
    }

    private static DomainException domeinfout(Throwable t) {
        while (!(t instanceof DomainException) && t.getCause() != null) {
            t = t.getCause();
        }
        return assertInstanceOf(DomainException.class, t, "a clear message, not a technical error");
    }

    private static DomainException regel(org.junit.jupiter.api.function.Executable actie) {
        Throwable t = assertThrows(Throwable.class, actie);
        while (!(t instanceof DomainException) && t.getCause() != null) {
            t = t.getCause();
        }
        return assertInstanceOf(DomainException.class, t);
    }
}
