package nl.sociaaldossier.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import nl.sociaaldossier.casus.application.CasusService;
import nl.sociaaldossier.casus.application.Toegangscontrole;
import nl.sociaaldossier.casus.application.Werkvoorraad;
import nl.sociaaldossier.casus.application.MeldingService;
import nl.sociaaldossier.casus.application.Toegangscontrole;
import nl.sociaaldossier.casus.domain.Doel;
import nl.sociaaldossier.casus.domain.Verslag;
import nl.sociaaldossier.indicators.application.DrillDown;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.LogboekInzage;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.logboek.Verwerkingscontext;
import nl.sociaaldossier.referral.application.NieuweVerwijzing;
import nl.sociaaldossier.referral.application.VerwijzingService;
import nl.sociaaldossier.referral.domain.Verwijzing;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.infrastructure.Database;
import nl.sociaaldossier.toegang.Handeling;
import nl.sociaaldossier.toegang.Relatie;
import nl.sociaaldossier.toegang.Toegangsregels;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Need-to-know through the service layer, with real roles and a real database: the role matrix of
 * {@link Toegangsregels} walked over every action, guessed ids of other teams' households, meldingen,
 * casussen and referrals, the Logboek entries of every read path, the append-only log as the app's
 * own database role, and the privacy officer's inzageverzoek.
 */
@ExtendWith(ArquillianExtension.class)
class ToegangIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.echteWar(ToegangIT.class);
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
    DrillDown drillDown;
    @Inject
    LogboekInzage logboekInzage;
    @Inject
    Verwerkingscontext pagina;
    @Inject
    AlsGebruiker.Intaker alsIntaker;
    @Inject
    AlsGebruiker.TeamCoach alsTeamCoach;
    @Inject
    AlsGebruiker.Coach alsCoach;
    @Inject
    AlsGebruiker.Procesmanager alsProcesmanager;
    @Inject
    AlsGebruiker.CoachEnController alsCoachEnController;
    @Inject
    AlsGebruiker.Intaker2 alsIntaker2;
    @Inject
    AlsGebruiker.PrivacyOfficer alsPrivacyOfficer;
    @Inject
    AlsGebruiker.Controller alsController;
    @Resource(lookup = Database.JNDI_NAAM)
    DataSource dataSource;

    Sql sql;

    @BeforeEach
    void medewerkers() throws SQLException {
        sql = new Sql(dataSource);
        Medewerkers.voegToe(sql);
    }

    /** A user of the matrix: how he calls, his roles, and his relation to the casus in each state. */
    private record Gebruiker(String naam, AlsGebruiker.MetRol als, Set<String> rollen) {
    }

    /** The states a casus is tried in, and the relations each user then has to it. */
    private enum Stand { UITVOERING, OPGESCHAALD, OVERGENOMEN, AFGESLOTEN }

    private Set<Relatie> relaties(String gebruiker, Stand stand) {
        Set<Relatie> r = EnumSet.noneOf(Relatie.class);
        if (Set.of("intaker", "teamcoach", "dubbel").contains(gebruiker)) {
            r.add(Relatie.TEAMLID);
        }
        if (gebruiker.equals("teamcoach")) {
            r.add(Relatie.REGISSEUR);
        }
        if (stand == Stand.OPGESCHAALD || stand == Stand.OVERGENOMEN) {
            r.add(Relatie.OPGESCHAALD);
        }
        if (stand == Stand.OVERGENOMEN && gebruiker.equals("procesmanager")) {
            r.add(Relatie.PROCESMANAGER);
        }
        return r;
    }

    @Test
    void deRolmatrixGeldtVoorElkeHandelingEnElkeWeigeringWordtGelogd() throws Exception {
        List<Gebruiker> gebruikers = List.of(
                new Gebruiker("intaker", alsIntaker, Set.of(Rol.INTAKER)),
                new Gebruiker("teamcoach", alsTeamCoach, Set.of(Rol.COACH)),
                new Gebruiker("coach", alsCoach, Set.of(Rol.COACH)),
                new Gebruiker("procesmanager", alsProcesmanager, Set.of(Rol.PROCESMANAGER)),
                new Gebruiker("dubbel", alsCoachEnController, Set.of(Rol.COACH, Rol.BUSINESSCONTROLLER)));
        List<String> afwijkingen = new ArrayList<>();
        int gecontroleerd = 0;
        for (Stand stand : Stand.values()) {
            for (Gebruiker g : gebruikers) {
                long[] casus = {casusIn(stand)};
                for (Handeling h : Handeling.values()) {
                    boolean verwacht = Toegangsregels.mag(g.rollen(), relaties(g.naam(), stand), h);
                    long geweigerdVoor = geweigerd("arquillian-" + g.naam());
                    Boolean toegestaan = probeer(g, h, casus[0]);
                    gecontroleerd++;
                    if (toegestaan == null) {
                        continue; // refused by role at the container (EJBAccessException): checked below
                    }
                    if (toegestaan != verwacht) {
                        afwijkingen.add(stand + " " + g.naam() + " " + h + ": " + (toegestaan ? "allowed" : "refused") + ", table says "
                                + (verwacht ? "allowed" : "refused"));
                    }
                    if (!toegestaan && geweigerd("arquillian-" + g.naam()) != geweigerdVoor + 1) {
                        afwijkingen.add(stand + " " + g.naam() + " " + h + ": refused but not logged");
                    }
                    if (toegestaan) {
                        casus[0] = casusIn(stand); // the action may have changed the casus: a fresh one for the next
                    }
                }
            }
        }
        assertTrue(afwijkingen.isEmpty(), String.join("\n", afwijkingen));
        assertEquals(Stand.values().length * 5 * Handeling.values().length, gecontroleerd);
        assertThrows(EJBAccessException.class, () -> alsController.doe(() -> casusService.dossier(casusIn(Stand.UITVOERING))));
    }

    /**
     * Tries the action: true when the rules let it through (it succeeded, or the casus's own rules
     * refused it), false when refused for lack of rights, null when the container refused the role.
     */
    private Boolean probeer(Gebruiker g, Handeling h, long id) throws Exception {
        pagina.begin();
        try {
            g.als().doe(() -> {
                voerUit(h, id);
                return null;
            });
            return true;
        } catch (Exception e) {
            Throwable t = e;
            while (t.getCause() != null && !(t instanceof DomainException) && !(t instanceof EJBAccessException)) {
                t = t.getCause();
            }
            if (t instanceof EJBAccessException) {
                return null;
            }
            if (t instanceof DomainException d) {
                String m = d.getMessage();
                return !(m.equals(CasusService.GEEN_TOEGANG) || m.startsWith("U mag in deze casus niet") || m.equals(Toegangscontrole.UITGESLOTEN)
                        || m.equals(MeldingService.ANDER_TEAM));
            }
            throw e;
        }
    }

    private void voerUit(Handeling h, long id) throws Exception {
        long versie = versie(id);
        switch (h) {
            case INZIEN -> casusService.dossier(id);
            case ANALYSEREN -> casusService.legAnalyseVast(id, versie, "werk", 3, "Op zoek naar werk");
            case REGISSEUR_TOEWIJZEN -> casusService.wijsRegisseurToe(id, versie, "arquillian-teamcoach");
            case REGIE_OVERDRAGEN -> casusService.draagRegieOver(id, versie, "arquillian-coach", "Schuldenspecialist nodig");
            case REGIE_OVERNEMEN -> casusService.neemRegieOver(id, versie);
            case AVE_WIJZIGEN -> casusService.wijzigAveNiveau(id, versie, 2, "Test");
            case UITVOERING_STARTEN -> casusService.startUitvoering(id, versie);
            case PLANNEN -> casusService.planEvaluatie(id, versie, LocalDate.now().plusMonths(2));
            case VERWIJZEN -> verwijzingService.vraagAan(id, verwijzing(id));
            case VERSLAG_SCHRIJVEN -> casusService.schrijfVerslag(id, versie, Verslag.Soort.GESPREK, LocalDate.now(), "Gesprek");
            case AFSLUITEN -> casusService.sluitAf(id, versie, "Doelen bereikt");
            case HEROPENEN -> casusService.heropen(id, versie, "Nieuwe zorgen");
            case MELDING_TOEVOEGEN -> casusService.openCasus(nieuweMeldingVoor(id));
        }
    }

    private long versie(long id) throws SQLException {
        return sql.getal("select version from casus where id = " + id);
    }

    /** A casus of Wijkteam 1 in a state: regisseur teamcoach, in uitvoering; escalated; taken over; closed. */
    private long casusIn(Stand stand) throws Exception {
        Long melding = alsIntaker.doe(() -> meldingService.registreer(TestMeldingen.nieuw(sql, TestMeldingen.uniekeStraat(), TestBsn.nieuw(),
                TestBsn.nieuw())));
        long id = alsIntaker.doe(() -> casusService.openCasus(melding));
        alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, versie(id), "financien", 2, "Schulden");
            casusService.legAnalyseVast(id, versie(id), "opvoeding", 3, "Schoolverzuim");
            casusService.wijsRegisseurToe(id, versie(id), "arquillian-teamcoach");
            casusService.startUitvoering(id, versie(id));
            return null;
        });
        if (stand == Stand.OPGESCHAALD || stand == Stand.OVERGENOMEN) {
            alsTeamCoach.doe(() -> {
                casusService.wijzigAveNiveau(id, versie(id), 4, "Veiligheid in het geding");
                return null;
            });
        }
        if (stand == Stand.OVERGENOMEN) {
            alsProcesmanager.doe(() -> {
                casusService.neemRegieOver(id, versie(id));
                return null;
            });
        }
        if (stand == Stand.AFGESLOTEN) {
            alsTeamCoach.doe(() -> {
                casusService.sluitAf(id, versie(id), "Klaar");
                return null;
            });
        }
        return id;
    }

    private Long nieuweMeldingVoor(long casus) throws Exception {
        long huishouden = sql.getal("select huishouden_id from casus where id = " + casus);
        return alsIntaker.doe(() -> meldingService.registreerVoorHuishouden(huishouden, TestMeldingen.nieuw(sql, "x", TestBsn.nieuw())));
    }

    private NieuweVerwijzing verwijzing(long casus) throws SQLException {
        return TestMeldingen.jeugdhulp(sql, casus, LocalDate.now().minusDays(10), LocalDate.now().minusDays(5));
    }

    private long geweigerd(String gebruiker) throws SQLException {
        return sql.getal("select count(*) from logboek where status = 'GEWEIGERD' and gebruiker = '" + gebruiker + "'");
    }

    @Test
    void geradenIdsVanAndereTeamsWordenGeweigerdAlsEenVreemdDossierEnGelogd() throws Exception {
        long casus = casusIn(Stand.UITVOERING);
        long huishouden = sql.getal("select huishouden_id from casus where id = " + casus);
        long melding = sql.getal("select min(id) from melding where casus_id = " + casus);
        long onbestaand = sql.getal("select coalesce(max(id), 0) + 1000 from casus");
        alsTeamCoach.doe(() -> verwijzingService.vraagAan(casus, verwijzing(casus)));
        long verwijzingId = sql.getal("select max(id) from verwijzing where casus_id = " + casus);

        // an intaker of Wijkteam 2 counting up ids: households, meldingen, casussen, referrals, ids that do not exist
        long geweigerdVoor = geweigerd("arquillian-intaker2");
        assertEquals(MeldingService.GEEN_HUISHOUDEN, fout(() -> alsIntaker2.doe(() -> meldingService.huishouden(huishouden))));
        assertEquals(MeldingService.GEEN_HUISHOUDEN, fout(() -> alsIntaker2.doe(() -> meldingService.huishouden(onbestaand * 100))));
        assertEquals(MeldingService.GEEN_HUISHOUDEN, fout(() -> alsIntaker2.doe(() ->
                meldingService.registreerVoorHuishouden(huishouden, TestMeldingen.nieuw(sql, "x", TestBsn.nieuw())))));
        assertEquals(MeldingService.ANDER_TEAM, fout(() -> alsIntaker2.doe(() -> meldingService.melding(melding))));
        assertEquals(MeldingService.ANDER_TEAM, fout(() -> alsIntaker2.doe(() -> casusService.openCasus(melding))));
        assertEquals(CasusService.GEEN_TOEGANG, fout(() -> alsIntaker2.doe(() -> casusService.dossier(casus))));
        assertEquals(CasusService.GEEN_TOEGANG, fout(() -> alsIntaker2.doe(() -> casusService.dossier(onbestaand))),
                "a casus that does not exist is refused with the same words");
        assertEquals(CasusService.GEEN_TOEGANG, fout(() -> alsIntaker2.doe(() -> verwijzingService.vanCasus(casus))));
        assertEquals(CasusService.GEEN_TOEGANG, fout(() -> alsCoach.doe(() -> {
            verwijzingService.zetStap(verwijzingId, 0, Verwijzing.Stap.TOEKENNEN, LocalDate.now(), null, null);
            return null;
        })));
        assertEquals(CasusService.GEEN_TOEGANG, fout(() -> alsCoach.doe(() -> casusService.mogelijkeRegisseurs(casus))));
        assertEquals(geweigerdVoor + 8, geweigerd("arquillian-intaker2"), "every refusal is logged");
        assertEquals(1, sql.getal("select count(*) from logboek where gebruiker = 'arquillian-intaker2' and status = 'GEWEIGERD'"
                + " and object = 'huishouden:" + onbestaand * 100 + "' and betrokkene_type = 'onbekend'"));

        // after searching it himself (exact BSN), the household is open to him for a new melding; the search is logged
        String bsn = sql.tekst("select bsn from gezinslid where huishouden_id = " + huishouden + " limit 1");
        pagina.begin();
        assertEquals(1, alsIntaker2.doe(() -> meldingService.zoekHuishoudens(bsn, null, null, null, null)).size());
        assertEquals(huishouden, alsIntaker2.doe(() -> meldingService.huishouden(huishouden)).id());
        assertTrue(fout(() -> alsIntaker2.doe(() -> meldingService.zoekHuishoudens("123456789", null, null, null, null)))
                .startsWith("Dit is geen geldig BSN"));

        // a coach who is also businesscontroller opens nothing
        assertEquals(CasusService.GEEN_TOEGANG, fout(() -> alsCoachEnController.doe(() -> casusService.dossier(casus))));
        assertEquals(Toegangscontrole.UITGESLOTEN, fout(() -> alsCoachEnController.doe(() -> casusService.caseload(LocalDate.now(), 0, 25))));
        assertEquals(Toegangscontrole.UITGESLOTEN, fout(() -> alsCoachEnController.doe(() -> werkvoorraad.signalen(null, LocalDate.now(), 0, 25))));
    }

    @Test
    void elkLeespadVanPersoonsgegevensSchrijftZijnRegelsInHetLogboek() throws Exception {
        Map<String, Long> perMethode = new LinkedHashMap<>();
        long dag = logregels();
        // a coach's day, as a script: every service method that processes personal data, each in a page view of its own
        String bsn = TestBsn.nieuw();
        Long melding = verwerkt(perMethode, "MeldingService.registreer", Activiteit.MELDING_REGISTREREN,
                () -> alsIntaker.doe(() -> meldingService.registreer(TestMeldingen.nieuw(sql, TestMeldingen.uniekeStraat(), bsn, TestBsn.nieuw()))));
        long huishouden = sql.getal("select huishouden_id from melding where id = " + melding);
        verwerkt(perMethode, "MeldingService.zoekHuishoudens", Activiteit.INTAKE_ZOEKEN,
                () -> alsIntaker.doe(() -> meldingService.zoekHuishoudens(bsn, null, null, null, null)));
        verwerkt(perMethode, "MeldingService.huishouden", Activiteit.MELDING_REGISTREREN, () -> alsIntaker.doe(() -> meldingService.huishouden(huishouden)));
        verwerkt(perMethode, "MeldingService.mijnMeldingen", Activiteit.MELDING_INZIEN, () -> alsIntaker.doe(() -> meldingService.mijnMeldingen(0, 20)));
        verwerkt(perMethode, "MeldingService.melding", Activiteit.MELDING_INZIEN, () -> alsIntaker.doe(() -> meldingService.melding(melding)));
        Long id = verwerkt(perMethode, "CasusService.openCasus", Activiteit.MELDING_AFHANDELEN, () -> alsIntaker.doe(() -> casusService.openCasus(melding)));
        Long tweede = verwerkt(perMethode, "MeldingService.registreerVoorHuishouden", Activiteit.MELDING_REGISTREREN,
                () -> alsIntaker.doe(() -> meldingService.registreerVoorHuishouden(huishouden, TestMeldingen.nieuw(sql, "x", TestBsn.nieuw()))));
        verwerkt(perMethode, "CasusService.sluitMeldingAf", Activiteit.MELDING_AFHANDELEN, () -> alsIntaker.doe(() -> {
            casusService.sluitMeldingAf(tweede, nl.sociaaldossier.casus.domain.Melding.Status.OPGELOST, "Advies gegeven");
            return null;
        }));
        verwerkt(perMethode, "CasusService.dossier", Activiteit.DOSSIER_INZIEN, () -> alsIntaker.doe(() -> casusService.dossier(id)));
        wijzig(perMethode, "CasusService.legAnalyseVast", alsIntaker, () -> casusService.legAnalyseVast(id, versie(id), "financien", 2, "Schulden"));
        wijzig(perMethode, "CasusService.verwijderUitAnalyse", alsIntaker, () -> casusService.verwijderUitAnalyse(id, versie(id), "financien"));
        wijzig(perMethode, "CasusService.markeerVeiligheidsrisico", alsIntaker, () -> casusService.markeerVeiligheidsrisico(id, versie(id), false, null));
        alsIntaker.doe(() -> {
            casusService.legAnalyseVast(id, versie(id), "financien", 2, "Schulden");
            casusService.legAnalyseVast(id, versie(id), "opvoeding", 3, "Ouder overbelast");
            return null;
        });
        wijzig(perMethode, "CasusService.wijsRegisseurToe", alsIntaker, () -> casusService.wijsRegisseurToe(id, versie(id), "arquillian-teamcoach"));
        wijzig(perMethode, "CasusService.startUitvoering", alsTeamCoach, () -> casusService.startUitvoering(id, versie(id)));
        wijzig(perMethode, "CasusService.stelDoelVast", alsTeamCoach, () -> casusService.stelDoelVast(id, versie(id), "financien", "Schulden in beeld"));
        long doel = sql.getal("select max(id) from doel where casus_id = " + id);
        wijzig(perMethode, "CasusService.voegActieToe", alsTeamCoach,
                () -> casusService.voegActieToe(id, versie(id), doel, "Aanmelden schuldhulp", "Cas", LocalDate.now().plusDays(14), false));
        long actie = sql.getal("select max(id) from actie where doel_id = " + doel);
        wijzig(perMethode, "CasusService.rondActieAf", alsTeamCoach, () -> casusService.rondActieAf(id, versie(id), actie, LocalDate.now()));
        wijzig(perMethode, "CasusService.planEvaluatie", alsTeamCoach, () -> casusService.planEvaluatie(id, versie(id), LocalDate.now().plusMonths(1)));
        wijzig(perMethode, "CasusService.schrijfVerslag", alsTeamCoach,
                () -> casusService.schrijfVerslag(id, versie(id), Verslag.Soort.GESPREK, LocalDate.now(), "Keukentafelgesprek"));
        verwerkt(perMethode, "VerwijzingService.vraagAan", Activiteit.DOSSIER_WIJZIGEN, () -> alsTeamCoach.doe(() -> verwijzingService.vraagAan(id, verwijzing(id))));
        long verwijzingId = sql.getal("select max(id) from verwijzing where casus_id = " + id);
        verwerkt(perMethode, "VerwijzingService.vanCasus", Activiteit.DOSSIER_INZIEN, () -> alsTeamCoach.doe(() -> verwijzingService.vanCasus(id)));
        verwerkt(perMethode, "Werkvoorraad.signalen", Activiteit.CASELOAD_INZIEN,
                () -> alsTeamCoach.doe(() -> werkvoorraad.signalen(null, LocalDate.now().plusYears(1), 0, 100)));
        verwerkt(perMethode, "CasusService.planVoorHetGezin", Activiteit.PLAN_AFDRUKKEN, () -> alsTeamCoach.doe(() -> casusService.planVoorHetGezin(id)));
        assertTrue(fout(() -> alsIntaker.doe(() -> casusService.planVoorHetGezin(id))).startsWith("U mag in deze casus niet"),
                "the plan goes to the family through who makes it with them, not through every team member who may read the dossier");
        wijzig(perMethode, "VerwijzingService.zetStap", alsTeamCoach, () -> verwijzingService.zetStap(verwijzingId,
                sql.getal("select version from verwijzing where id = " + verwijzingId), Verwijzing.Stap.TOEKENNEN, LocalDate.now(), null, null));
        verwerkt(perMethode, "CasusService.caseload", Activiteit.CASELOAD_INZIEN, () -> alsTeamCoach.doe(() -> casusService.caseload(LocalDate.now(), 0, 100)));
        wijzig(perMethode, "CasusService.wijzigAveNiveau", alsTeamCoach, () -> casusService.wijzigAveNiveau(id, versie(id), 4, "Veiligheid"));
        wijzig(perMethode, "CasusService.neemRegieOver", alsProcesmanager, () -> casusService.neemRegieOver(id, versie(id)));
        wijzig(perMethode, "CasusService.legUitkomstVast", alsProcesmanager, () -> casusService.legUitkomstVast(id, versie(id), doel, Doel.Uitkomst.BEREIKT));
        wijzig(perMethode, "CasusService.sluitAf", alsProcesmanager, () -> casusService.sluitAf(id, versie(id), "Veilig en stabiel"));
        wijzig(perMethode, "CasusService.heropen", alsTeamCoach, () -> casusService.heropen(id, versie(id), "Nieuwe schulden"));
        wijzig(perMethode, "CasusService.draagRegieOver", alsTeamCoach,
                () -> casusService.draagRegieOver(id, versie(id), "arquillian-coach", "Schuldenspecialist"));
        long anderHuishouden = casusIn(Stand.UITVOERING);
        Long andereMelding = alsIntaker2.doe(() -> {
            String ander = sql.tekst("select g.bsn from gezinslid g join casus c on c.huishouden_id = g.huishouden_id where c.id = " + anderHuishouden
                    + " limit 1");
            long h = meldingService.zoekHuishoudens(ander, null, null, null, null).get(0).id();
            return meldingService.registreerVoorHuishouden(h, TestMeldingen.nieuw(sql, "x", TestBsn.nieuw()));
        });
        verwerkt(perMethode, "CasusService.draagMeldingOver", Activiteit.MELDING_AFHANDELEN, () -> alsIntaker2.doe(() -> {
            casusService.draagMeldingOver(andereMelding, "Casus bij Wijkteam 1");
            return null;
        }));
        verwerkt(perMethode, "DrillDown.casussen", Activiteit.INDICATOR_DRILLDOWN, () -> alsTeamCoach.doe(() ->
                drillDown.casussen("D4-4.1.1", Periode.jaar(LocalDate.now().getYear()), Filter.ALLES, null, null)));
        verwerkt(perMethode, "LogboekInzage.inzageverzoek", Activiteit.INZAGEVERZOEK, () -> alsPrivacyOfficer.doe(() -> logboekInzage.inzageverzoek(bsn)));

        // every method marked as processing personal data was called above and wrote its entries
        Set<String> gemarkeerd = new TreeSet<>();
        for (Class<?> dienst : diensten()) {
            for (Method m : dienst.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.isAnnotationPresent(Verwerking.class)) {
                    gemarkeerd.add(dienst.getSimpleName() + "." + m.getName());
                }
            }
        }
        Set<String> nietGetest = new TreeSet<>(gemarkeerd);
        nietGetest.removeAll(perMethode.keySet());
        assertTrue(nietGetest.isEmpty(), "read or change paths without a logging test: " + nietGetest);
        System.out.printf("Log entries of the scripted day: %d in all; per call: %s%n", logregels() - dag, perMethode);
    }

    /** The services, found in the deployed classes: every public method is marked as processing personal data or not. */
    static List<Class<?>> diensten() throws Exception {
        List<Class<?>> diensten = new ArrayList<>();
        for (String naam : List.of("nl.sociaaldossier.casus.application.CasusService", "nl.sociaaldossier.casus.application.MeldingService",
                "nl.sociaaldossier.referral.application.VerwijzingService", "nl.sociaaldossier.indicators.application.DrillDown",
                "nl.sociaaldossier.logboek.LogboekInzage")) {
            diensten.add(Class.forName(naam));
        }
        return diensten;
    }

    private <T> T verwerkt(Map<String, Long> perMethode, String methode, Activiteit activiteit, Callable<T> actie) throws Exception {
        pagina.begin();
        long voor = sql.getal("select count(*) from logboek where status = 'OK' and activiteit = '" + activiteit + "'");
        T uitkomst = actie.call();
        long na = sql.getal("select count(*) from logboek where status = 'OK' and activiteit = '" + activiteit + "'");
        assertTrue(na > voor, methode + " wrote no " + activiteit + " entry");
        perMethode.put(methode, na - voor);
        return uitkomst;
    }

    private void wijzig(Map<String, Long> perMethode, String methode, AlsGebruiker.MetRol als, Actie actie) throws Exception {
        verwerkt(perMethode, methode, Activiteit.DOSSIER_WIJZIGEN, () -> als.doe(() -> {
            actie.voer();
            return null;
        }));
    }

    private interface Actie {
        void voer() throws Exception;
    }

    private long logregels() throws SQLException {
        return sql.getal("select count(*) from logboek");
    }

    @Test
    void hetLogboekIsAlleenAanvullenVoorDeRolVanDeApp() throws Exception {
        alsIntaker.doe(() -> meldingService.zoekHuishoudens(TestBsn.nieuw(), null, null, null, null));
        long regels = logregels();
        assertTrue(regels > 0);
        try (Connection c = dataSource.getConnection()) {
            assertEquals("sociaaldossier_app", c.getMetaData().getUserName(), "the app connects as its own role, not the owner");
            for (String poging : List.of("update logboek set gebruiker = 'iemand anders'", "delete from logboek", "truncate logboek",
                    "insert into verwerkingsactiviteit (code, naam, doel, grondslag, gegevens) values ('X', 'x', 'x', 'x', 'x')",
                    "delete from verwerkingsactiviteit", "update catalogus_wijziging set door = 'iemand anders'", "delete from catalogus_wijziging",
                    "drop table logboek")) {
                try (Statement s = c.createStatement()) {
                    s.execute(poging);
                    fail("the app's role could: " + poging);
                } catch (SQLException geweigerd) {
                    assertTrue(geweigerd.getSQLState().startsWith("42"), poging + ": " + geweigerd.getMessage());
                }
            }
            try (Statement s = c.createStatement()) {
                assertThrows(SQLException.class, () -> s.executeQuery("select logboek_ruim_op(1)"), "the log's own term cannot be shortened");
            }
        }
        assertEquals(regels, logregels());
        assertEquals(0, sql.getal("select count(*) from logboek l join gezinslid g on g.bsn = any(l.betrokkene_bsn)"),
                "no BSN in the log, only keyed hashes");
    }

    @Test
    void dePrivacyOfficerBeantwoordtEenInzageverzoekEnNiemandAndersKanHetLogboekLezen() throws Exception {
        String bsn = TestBsn.nieuw();
        Long melding = alsIntaker.doe(() -> meldingService.registreer(TestMeldingen.nieuw(sql, TestMeldingen.uniekeStraat(), bsn)));
        long id = alsIntaker.doe(() -> casusService.openCasus(melding));
        pagina.begin();
        alsIntaker.doe(() -> casusService.dossier(id));
        pagina.begin();
        assertTrue(alsIntaker2.doe(() -> {
            try {
                casusService.dossier(id);
                return false;
            } catch (DomainException geweigerd) {
                return true;
            }
        }));

        var antwoord = alsPrivacyOfficer.doe(() -> logboekInzage.inzageverzoek(bsn));
        List<String> activiteiten = antwoord.stream().map(LogboekInzage.Regel::activiteit).toList();
        assertTrue(activiteiten.containsAll(List.of("MELDING_REGISTREREN", "MELDING_AFHANDELEN", "DOSSIER_INZIEN")), activiteiten.toString());
        assertTrue(antwoord.stream().allMatch(r -> r.status().equals("OK")), "the answer lists processings, not refused attempts");
        assertTrue(antwoord.stream().allMatch(r -> r.doel() != null && r.grondslag() != null), "why: purpose and legal basis");
        assertEquals("Intaker", antwoord.get(0).functie());
        var gezocht = alsPrivacyOfficer.doe(() -> logboekInzage.zoek(bsn, null, null, null, null));
        assertTrue(gezocht.stream().anyMatch(r -> r.status().equals("GEWEIGERD") && r.gebruiker().equals("arquillian-intaker2")),
                "the officer's own search shows refused attempts too");
        assertTrue(sql.getal("select count(*) from logboek where activiteit = 'INZAGEVERZOEK' and gebruiker = 'arquillian-privacyofficer'") >= 1,
                "answering the request is logged too");
        assertThrows(EJBAccessException.class, () -> alsIntaker.doe(() -> logboekInzage.zoek(bsn, null, null, null, null)));
        assertThrows(EJBAccessException.class, () -> alsController.doe(() -> logboekInzage.inzageverzoek(bsn)));
        assertThrows(EJBAccessException.class, () -> alsPrivacyOfficer.doe(() -> casusService.dossier(id)));
    }

    @Inject
    nl.sociaaldossier.casus.application.Bewaartermijn bewaartermijn;

    @Test
    void naDeBewaartermijnWordtEenAfgeslotenHuishoudenGeanonimiseerdEnDatStaatInHetLogboek() throws Exception {
        String oudBsn = TestBsn.nieuw();
        long oud = casusIn(Stand.AFGESLOTEN);
        long oud2 = casusIn(Stand.AFGESLOTEN);
        long recent = casusIn(Stand.AFGESLOTEN);
        long oudHuishouden = sql.getal("select huishouden_id from casus where id = " + oud);
        long oudHuishouden2 = sql.getal("select huishouden_id from casus where id = " + oud2);
        long recentHuishouden = sql.getal("select huishouden_id from casus where id = " + recent);
        sql.voerUit("update gezinslid set bsn = '" + oudBsn + "' where huishouden_id = " + oudHuishouden + " and volgnummer = 1");
        // the old one was closed 21 years ago, its meldingen as old
        sql.voerUit("update casus set afgesloten_op = now() - interval '21 years' where id = " + oud);
        sql.voerUit("update melding set meldingsdatum = current_date - interval '22 years' where huishouden_id = " + oudHuishouden);
        // a second one as old: both get member number 1 as their BSN (no BSN), which must not collide
        sql.voerUit("update casus set afgesloten_op = now() - interval '21 years' where id = " + oud2);
        sql.voerUit("update melding set meldingsdatum = current_date - interval '22 years' where huishouden_id = " + oudHuishouden2);
        sql.voerUit("insert into verslag (casus_id, soort, datum, tekst, door, op) values (" + oud + ", 'GESPREK', current_date, 'geheim', 'x', now())");

        assertTrue(bewaartermijn.voerUit() >= 2);
        assertEquals("(geanonimiseerd)", sql.tekst("select achternaam from gezinslid where huishouden_id = " + oudHuishouden + " limit 1"));
        assertEquals("(geanonimiseerd)", sql.tekst("select achternaam from gezinslid where huishouden_id = " + oudHuishouden2 + " limit 1"));
        assertEquals(0, sql.getal("select count(*) from gezinslid where bsn = '" + oudBsn + "'"));
        assertEquals("(geanonimiseerd)", sql.tekst("select straat from huishouden where id = " + oudHuishouden));
        assertEquals(0, sql.getal("select count(*) from verslag where casus_id = " + oud));
        assertEquals("(geanonimiseerd)", sql.tekst("select min(hulpvraag) from melding where huishouden_id = " + oudHuishouden));
        assertFalse(sql.tekst("select achternaam from gezinslid where huishouden_id = " + recentHuishouden + " limit 1").startsWith("("),
                "a casus closed today is kept");
        // the log still answers for the old BSN: its anonymisation is in it, under the pseudonym of the BSN it had
        var antwoord = alsPrivacyOfficer.doe(() -> logboekInzage.inzageverzoek(oudBsn));
        assertTrue(antwoord.stream().anyMatch(r -> r.activiteit().equals("BEWAARTERMIJN")), antwoord.toString());
        assertEquals(0, bewaartermijn.voerUit(), "nothing twice");
    }

    private static String fout(org.junit.jupiter.api.function.Executable actie) {
        Throwable t = assertThrows(Throwable.class, actie);
        while (!(t instanceof DomainException) && t.getCause() != null) {
            t = t.getCause();
        }
        assertTrue(t instanceof DomainException, "expected a refusal, got " + t);
        return t.getMessage();
    }
}
