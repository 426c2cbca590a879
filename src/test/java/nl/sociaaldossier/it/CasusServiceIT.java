package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.sociaaldossier.casus.application.CasusDossier;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.referral.application.NieuweVerwijzing;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.referral.domain.Termijn;
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
    AlsGebruiker.Intaker alsIntaker;
    @Inject
    AlsGebruiker.Coach alsCoach;
    @Inject
    AlsGebruiker.Procesmanager alsProcesmanager;
    @Inject
    AlsGebruiker.Controller alsController;
    @Resource(lookup = Database.JNDI_NAAM)
    DataSource dataSource;

    Sql sql;

    /** The run-as users work in teams: the intaker in Wijkteam 1, the coach in Wijkteam 2. */
    @BeforeEach
    void medewerkers() throws SQLException {
        sql = new Sql(dataSource);
        sql.voerUit("""
                insert into medewerker (gebruikersnaam, naam, functie, team_id) values
                 ('arquillian-intaker', 'Test Intaker', 'Intaker', (select id from team where naam = 'Wijkteam 1')),
                 ('arquillian-coach', 'Test Coach', 'Gezinscoach', (select id from team where naam = 'Wijkteam 2')),
                 ('arquillian-procesmanager', 'Test Procesmanager', 'Procesmanager',
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
    void wieEenDossierMagZienEnDatInzageWordtGelogd() throws Exception {
        Long id = nieuweCasus();
        long inzagesVoor = sql.getal("select count(*) from dossier_inzage where casus_id = " + id);

        CasusDossier d = dossierAlsIntaker(id);
        assertEquals("IN_ANALYSE", d.status());
        assertEquals("Wijkteam 1", d.team());
        assertEquals(inzagesVoor + 1, sql.getal("select count(*) from dossier_inzage where casus_id = " + id
                + " and gebruiker = 'arquillian-intaker'"));

        // a coach of another wijkteam, a procesmanager of a case that is not escalated, a controller, nobody: no
        assertEquals(CasusService.GEEN_TOEGANG, regel(() -> alsCoach.doe(() -> casusService.dossier(id))).getMessage());
        assertEquals(CasusService.GEEN_TOEGANG, regel(() -> alsProcesmanager.doe(() -> casusService.dossier(id))).getMessage());
        assertThrows(EJBAccessException.class, () -> alsController.doe(() -> casusService.dossier(id)));
        assertThrows(EJBAccessException.class, () -> casusService.dossier(id));
        assertEquals(inzagesVoor + 1, sql.getal("select count(*) from dossier_inzage where casus_id = " + id));

        // as regisseur the coach of the other team may
        long versie = dossierAlsIntaker(id).versie();
        alsIntaker.doe(() -> {
            casusService.wijsRegisseurToe(id, versie, "arquillian-coach");
            return null;
        });
        assertEquals("Test Coach", alsCoach.doe(() -> casusService.dossier(id)).regisseur());
        assertTrue(alsCoach.doe(() -> casusService.mijnCaseload()).stream().anyMatch(r -> r.id().equals(id)));
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
        alsIntaker.doe(() -> {
            casusService.wijzigAveNiveau(id, dossierAlsIntaker(id).versie(), 4, "Acute onveiligheid in het gezin");
            return null;
        });
        assertTrue(alsProcesmanager.doe(() -> casusService.mijnCaseload()).stream().anyMatch(r -> r.id().equals(id)));
        CasusDossier opgeschaald = alsProcesmanager.doe(() -> casusService.dossier(id));
        assertTrue(opgeschaald.magRegieOvernemen());

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
        NieuweVerwijzing invoer = new NieuweVerwijzing();
        invoer.setVoorzieningId(sql.getal("select id from voorziening where naam = 'Jeugdhulp ambulant: begeleiding'"));
        invoer.setAanbiederId(sql.getal("select id from aanbieder where naam = 'Jeugdhulp Twente'"));
        invoer.setContractsoort(Verwijzing.Contractsoort.RAAMCONTRACT);
        invoer.setVerwijzerId(sql.getal("select id from verwijzer where naam = 'Huisarts'"));
        invoer.setClientId(sql.getal("select min(g.id) from gezinslid g join casus c on c.huishouden_id = g.huishouden_id where c.id = " + id));
        invoer.setMeldingsdatum(LocalDate.now().minusDays(70));
        invoer.setAangevraagdOp(LocalDate.now().minusDays(60));

        DomainException teVroeg = regel(() -> alsIntaker.doe(() -> verwijzingService.vraagAan(id, invoer)));
        assertTrue(teVroeg.getMessage().startsWith("Verwijzen kan als de casus in uitvoering is"), teVroeg.getMessage());
        assertEquals(0, sql.getal("select count(*) from verwijzing where casus_id = " + id));

        alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, dossierAlsIntaker(id).versie(), "opvoeding", 3, "Schoolverzuim");
            casusService.startUitvoering(id, dossierAlsIntaker(id).versie());
            return verwijzingService.vraagAan(id, invoer);
        });
        assertEquals("AANGEVRAAGD", sql.tekst("select status from verwijzing where casus_id = " + id));
        Termijn termijn = alsIntaker.doe(() -> verwijzingService.volgendeTermijnen(List.of(id))).get(id);
        assertEquals(LocalDate.now().minusDays(60).plusWeeks(8), termijn.uiterlijk());
        assertTrue(termijn.isTeLaat(LocalDate.now()), "eight weeks after an aanvraag of 60 days ago is past");
        assertTrue(alsCoach.doe(() -> verwijzingService.volgendeTermijnen(List.of(id))).isEmpty(), "not the coach's dossier");
        assertTrue(sql.getal("select count(*) from casus_gebeurtenis where casus_id = " + id
                + " and omschrijving = 'Verwijzing naar Jeugdhulp ambulant: begeleiding aangevraagd'") == 1);
    }

    /** The rule broken inside the service, unwrapped from the EJB container's exception. */
    private static DomainException regel(org.junit.jupiter.api.function.Executable actie) {
        Throwable t = assertThrows(Throwable.class, actie);
        while (!(t instanceof DomainException) && t.getCause() != null) {
            t = t.getCause();
        }
        return assertInstanceOf(DomainException.class, t);
    }
}
