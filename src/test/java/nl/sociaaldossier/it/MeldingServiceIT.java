package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import nl.sociaaldossier.casus.application.MeldingRegel;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.casus.application.NieuweMelding;
import nl.sociaaldossier.casus.application.Onderwerp;
import java.math.BigDecimal;
import nl.sociaaldossier.indicators.application.DrillDown;
import nl.sociaaldossier.indicators.application.IndicatorWaarden;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.IndicatorCatalogus;
import nl.sociaaldossier.indicators.query.IndicatorCijfers;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.infrastructure.Database;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service layer inside Payara Micro, on the real WAR and a real PostgreSQL migrated by Flyway:
 * reference data, registering a melding, authorisation per role, and nothing stored on bad input.
 */
@ExtendWith(ArquillianExtension.class)
class MeldingServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.echteWar(MeldingServiceIT.class);
    }

    @Inject
    MeldingService meldingService;
    @Inject
    AlsGebruiker.Intaker alsIntaker;
    @Inject
    AlsGebruiker.Coach alsCoach;
    @Inject
    AlsGebruiker.Controller alsController;
    @Inject
    IndicatorCatalogus indicatoren;
    @Inject
    IndicatorCijfers cijfers;
    @Inject
    IndicatorWaarden waarden;
    @Inject
    DrillDown drillDown;
    @Resource(lookup = Database.JNDI_NAAM)
    DataSource dataSource;

    @Test
    void flywayLaadtDeReferentiedataUitDeDocumentenVanDeGemeente() throws SQLException {
        assertEquals(12, getal("select count(*) from wijk"));
        assertEquals(10, getal("select count(*) from team"));
        assertEquals(4, getal("select count(*) from team where soort = 'WIJKTEAM'"));
        assertEquals(0, getal("select count(*) from wijk w join team t on t.id = w.team_id where t.soort <> 'WIJKTEAM'"));
        assertEquals(11, getal("select count(*) from verwijzer"));
        assertEquals(65, getal("select count(*) from voorziening"));
        assertEquals(23, getal("select count(*) from voorziening where soort = 'ALGEMEEN'"));
        assertEquals(15, getal("select count(*) from leefgebied"));
        assertEquals(1, getal("select count(*) from voorziening where naam = 'Traject schuldenspecialist' and wet_of_domein = 'Schuldhulpverlening'"));
        assertEquals(5, getal("select count(*) from strategisch_doel"));
        assertEquals(40, getal("select count(*) from beleidslijn"));
        assertEquals(75, getal("select count(*) from indicator"));
        assertEquals(41, getal("select count(*) from indicator where bron in ('REGISTRATIE', 'REGISTRATIE_EN_EXTERN')"));
        assertEquals(0, getal("select count(*) from indicator where bron <> 'EXTERN' and afleiding is null"));
        assertEquals(3, getal("select count(*) from indicator where id in ('ZORG-8', 'ZORG-9', 'ZORG-10')"));
    }

    @Test
    void iedereenZietDeIndicatorenPerDoelAlleenDeControllerLegtWaardenVastAlleenDossierrollenZienCasussen() throws Exception {
        var boom = alsController.doe(() -> indicatoren.doelenboom());
        assertEquals(5, boom.size());
        assertEquals(75, boom.stream().flatMap(d -> d.beleidslijnen().stream()).mapToInt(b -> b.indicatoren().size()).sum());
        var doel4 = boom.stream().filter(d -> d.code().equals("4")).findFirst().orElseThrow();
        assertTrue(doel4.beleidslijnen().stream().flatMap(b -> b.indicatoren().stream()).anyMatch(i -> i.id().equals("ZORG-8")));
        assertEquals(75, alsIntaker.doe(() -> cijfers.bereken(null, Periode.jaar(2020), Filter.ALLES)).size(), "aggregates for everyone");
        assertThrows(EJBAccessException.class, () -> alsCoach.doe(() -> {
            waarden.legExternVast("D2-2.3.3", Periode.jaar(2021), BigDecimal.TEN, "GGD", null);
            return null;
        }));
        assertThrows(EJBAccessException.class, () -> alsController.doe(() -> drillDown.casussen("D3-JW-3.1", Periode.jaar(2021), Filter.ALLES, null, null)));
    }

    @Test
    void externeWaardenHoudenHunHistorieEnDoelwaardenWordenNietStilOverschreven() throws Exception {
        Periode jaar = Periode.jaar(2021);
        alsController.doe(() -> {
            waarden.legExternVast("D2-2.3.3", jaar, new BigDecimal("310"), "Welzijnsorganisatie Almelo", "jaarverslag");
            waarden.legExternVast("D2-2.3.3", jaar, new BigDecimal("325"), "Welzijnsorganisatie Almelo", "gecorrigeerd");
            return null;
        });
        assertEquals(2, alsController.doe(() -> cijfers.externeHistorie("D2-2.3.3")).size());
        var regel = alsController.doe(() -> cijfers.indicator("D2-2.3.3", jaar, Filter.ALLES));
        assertEquals("325", regel.extern().waarde(), "the latest entry counts");
        assertEquals("Welzijnsorganisatie Almelo", regel.externeBron());
        DomainException alleenRegistratie = assertThrows(DomainException.class, () -> alsController.doe(() -> {
            waarden.legExternVast("D1-1.2.1", jaar, BigDecimal.ONE, "CBS", null);
            return null;
        }));
        assertEquals("Deze indicator komt alleen uit de registratie; er is geen externe waarde in te voeren.", alleenRegistratie.getMessage());
        DomainException zonderBron = assertThrows(DomainException.class, () -> alsController.doe(() -> {
            waarden.legExternVast("D2-2.3.3", jaar, BigDecimal.ONE, " ", null);
            return null;
        }));
        assertTrue(zonderBron.getMessage().startsWith("Vul de bron in"));
        assertEquals(2, getal("select count(*) from externe_waarde where indicator_id = 'D2-2.3.3'"), "nothing half-stored");

        // 0-meting: a second user who saw no 0-meting yet cannot overwrite the first one's.
        alsController.doe(() -> {
            waarden.legNulmetingVast("D2-2.3.3", null, Periode.jaar(2019), new BigDecimal("280"), "Monitor sociaal domein");
            return null;
        });
        assertThrows(GelijktijdigGewijzigd.class, () -> alsController.doe(() -> {
            waarden.legNulmetingVast("D2-2.3.3", null, Periode.jaar(2020), new BigDecimal("1"), "ander");
            return null;
        }));
        long versie = getal("select version from nulmeting where indicator_id = 'D2-2.3.3'");
        alsController.doe(() -> {
            waarden.legNulmetingVast("D2-2.3.3", versie, Periode.jaar(2019), new BigDecimal("285"), "Monitor sociaal domein (herzien)");
            return null;
        });
        assertThrows(GelijktijdigGewijzigd.class, () -> alsController.doe(() -> {
            waarden.legNulmetingVast("D2-2.3.3", versie, Periode.jaar(2019), new BigDecimal("2"), "verouderd");
            return null;
        }));
        assertEquals("285.00", tekst("select waarde from nulmeting where indicator_id = 'D2-2.3.3'"));

        // Streefwaarden per year, the same way.
        alsController.doe(() -> {
            waarden.stelStreefwaarde("D2-2.3.3", 2021, null, new BigDecimal("350"));
            return null;
        });
        assertThrows(GelijktijdigGewijzigd.class, () -> alsController.doe(() -> {
            waarden.stelStreefwaarde("D2-2.3.3", 2021, null, new BigDecimal("1"));
            return null;
        }));
        var metDoelen = alsController.doe(() -> cijfers.indicator("D2-2.3.3", jaar, Filter.ALLES));
        assertEquals("285", metDoelen.nulmeting().waarde());
        assertEquals("2019", metDoelen.nulmetingPeriode());
        assertEquals("350", metDoelen.streefwaarde().waarde());
        assertEquals(IndicatorCijfers.TREND, metDoelen.trend().size());
        assertEquals("325", metDoelen.trend().get(IndicatorCijfers.TREND - 1).extern().waarde());
    }

    @Test
    void intakerRegistreertMeldingMetHuishoudenEnLeden() throws Exception {
        String straat = uniekeStraat();
        NieuweMelding invoer = melding(straat, TestBsn.nieuw(), TestBsn.nieuw());
        invoer.setOnderwerp(Onderwerp.vanVoorziening(getal("select id from voorziening where naam = 'Traject schuldenspecialist'")));

        Long id = alsIntaker.doe(() -> meldingService.registreer(invoer));

        assertNotNull(id);
        assertEquals(2, getal("select count(*) from gezinslid g join huishouden h on h.id = g.huishouden_id where h.straat = '" + straat + "'"));
        assertEquals("7607 CD", tekst("select postcode from huishouden where straat = '" + straat + "'"));
        assertEquals("NIEUW", tekst("select status from melding where id = " + id));
        List<MeldingRegel> mijn = alsIntaker.doe(() -> meldingService.mijnMeldingen(0, 1000));
        MeldingRegel regel = mijn.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
        assertEquals("Anna Jansen, Bram Jansen", regel.leden());
        assertEquals("Traject schuldenspecialist", regel.onderwerp());
        assertEquals("Huisarts", regel.verwijzer());
        assertEquals(mijn.size(), alsIntaker.doe(() -> meldingService.aantalMijnMeldingen()).intValue());
    }

    @Test
    void zonderRolOfMetEenAndereRolMagNiemandRegistreren() throws Exception {
        NieuweMelding invoer = melding(uniekeStraat(), TestBsn.nieuw());
        long voor = getal("select count(*) from melding");
        assertThrows(EJBAccessException.class, () -> meldingService.registreer(invoer));
        assertThrows(EJBAccessException.class, () -> meldingService.mijnMeldingen(0, 10));
        assertThrows(EJBAccessException.class, () -> alsCoach.doe(() -> meldingService.registreer(invoer)));
        assertEquals(voor, getal("select count(*) from melding"));
    }

    @Test
    void ongeldigBsnSlaatNietsOp() throws Exception {
        String straat = uniekeStraat();
        NieuweMelding invoer = melding(straat, "123456789");
        long voor = getal("select count(*) from huishouden");

        Exception fout = assertThrows(Exception.class, () -> alsIntaker.doe(() -> meldingService.registreer(invoer)));

        assertInstanceOf(ConstraintViolationException.class, oorzaak(fout));
        assertEquals(voor, getal("select count(*) from huishouden"));
    }

    @Test
    void tweeLedenMetHetzelfdeBsnSlaanNietsHalfOp() throws Exception {
        String straat = uniekeStraat();
        String bsn = TestBsn.nieuw();
        NieuweMelding invoer = melding(straat, bsn, bsn);
        long huishoudens = getal("select count(*) from huishouden");
        long leden = getal("select count(*) from gezinslid");

        Exception fout = assertThrows(Exception.class, () -> alsIntaker.doe(() -> meldingService.registreer(invoer)));

        DomainException regel = assertInstanceOf(DomainException.class, oorzaak(fout));
        assertTrue(regel.getMessage().contains("staat al bij een ander lid"), regel.getMessage());
        assertEquals(huishoudens, getal("select count(*) from huishouden"));
        assertEquals(leden, getal("select count(*) from gezinslid"));
    }

    @Test
    void eenBekendBsnKrijgtGeenTweedeHuishoudenMaarDeMeldingGaatNaarHetBekende() throws Exception {
        String bsn = TestBsn.nieuw();
        Long eerste = alsIntaker.doe(() -> meldingService.registreer(melding(uniekeStraat(), bsn)));
        long huishoudens = getal("select count(*) from huishouden");

        Exception fout = assertThrows(Exception.class, () -> alsIntaker.doe(() -> meldingService.registreer(melding(uniekeStraat(), TestBsn.nieuw(), bsn))));
        DomainException regel = assertInstanceOf(DomainException.class, oorzaak(fout));
        assertTrue(regel.getMessage().startsWith("BSN " + bsn + " (Anna Jansen) is al bekend bij het huishouden Teststraat"), regel.getMessage());
        assertEquals(huishoudens, getal("select count(*) from huishouden"));
        assertEquals(1, getal("select count(*) from logboek where activiteit = 'INTAKE_ZOEKEN' and toelichting = 'BSN al bekend bij registratie'"
                + " and object = 'huishouden:' || (select huishouden_id from melding where id = " + eerste + ")"),
                "what the message showed of the known household is logged, although the registration rolled back");

        var gevonden = alsIntaker.doe(() -> meldingService.zoekHuishoudens(bsn, null, null, null, null));
        assertEquals(1, gevonden.size());
        Long huishouden = gevonden.get(0).id();
        assertEquals(huishouden, alsIntaker.doe(() -> meldingService.zoekHuishoudens(null, "JANSEN ", java.time.LocalDate.of(1980, 3, 1), null, null))
                .stream().filter(h -> h.id().equals(huishouden)).findFirst().orElseThrow().id());
        assertTrue(alsIntaker.doe(() -> meldingService.zoekHuishoudens(null, "jans", java.time.LocalDate.of(1980, 3, 1), null, null)).isEmpty(),
                "exact surname only");
        assertTrue(alsIntaker.doe(() -> meldingService.zoekHuishoudens(null, "%", java.time.LocalDate.of(1980, 3, 1), null, null)).isEmpty(),
                "a wildcard is just a character");
        Long tweede = alsIntaker.doe(() -> meldingService.registreerVoorHuishouden(huishouden, melding(null, bsn)));
        assertEquals(2, getal("select count(*) from melding where huishouden_id = " + huishouden + " and id in (" + eerste + ", " + tweede + ")"));
        assertEquals(huishoudens, getal("select count(*) from huishouden"));
    }

    private static Throwable oorzaak(Throwable fout) {
        Throwable t = fout;
        while (!(t instanceof DomainException) && !(t instanceof ConstraintViolationException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private NieuweMelding melding(String straat, String... bsns) throws SQLException {
        return TestMeldingen.nieuw(new Sql(dataSource), straat, bsns);
    }

    private static String uniekeStraat() {
        return TestMeldingen.uniekeStraat();
    }

    private long getal(String sql) throws SQLException {
        return new Sql(dataSource).getal(sql);
    }

    private String tekst(String sql) throws SQLException {
        return new Sql(dataSource).tekst(sql);
    }
}
