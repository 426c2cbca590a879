package nl.sociaaldossier.casus.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import nl.sociaaldossier.household.domain.Adres;
import nl.sociaaldossier.household.domain.Bsn;
import nl.sociaaldossier.household.domain.Huishouden;
import nl.sociaaldossier.organisation.domain.Functie;
import nl.sociaaldossier.organisation.domain.Medewerker;
import nl.sociaaldossier.organisation.domain.Team;
import nl.sociaaldossier.organisation.domain.Verwijzer;
import nl.sociaaldossier.organisation.domain.Wijk;
import nl.sociaaldossier.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class CasusTest {

    static final Instant NU = Instant.parse("2026-11-25T09:00:00Z");
    static final Team WIJKTEAM = new Team(1L, "Wijkteam 1", Team.Soort.WIJKTEAM);
    static final Medewerker COACH = new Medewerker("coach", "Cas Coenen", new Functie("gezinscoach", "Gezinscoach", true), WIJKTEAM);
    static final Medewerker SCHULDEN = new Medewerker("coach2", "Sanne Schuurman", new Functie("schuldenspecialist", "Schuldenspecialist", true), WIJKTEAM);
    static final Medewerker INTAKER = new Medewerker("intaker", "Ilse Intveld", new Functie("intaker", "Intaker", false), WIJKTEAM);
    static final Medewerker PM = new Medewerker("pm", "Petra Plasman", new Functie("procesmanager", "Procesmanager", false),
            new Team(2L, "Procesmanagers (team Zorg en Veiligheid)", Team.Soort.SPECIALISTISCH));
    static final Leefgebied FINANCIEN = new Leefgebied("financien", "Financiën", 1);
    static final Leefgebied OPVOEDING = new Leefgebied("opvoeding", "Opvoeding", 6);
    static final AveNiveau[] AVE = {
        new AveNiveau(0, "Zelfredzaam", RegieBij.WIJKTEAM), new AveNiveau(1, "Licht", RegieBij.WIJKTEAM),
        new AveNiveau(2, "Meervoudig", RegieBij.WIJKTEAM), new AveNiveau(3, "Opgeschaald", RegieBij.SPOEDTEAM),
        new AveNiveau(4, "Acuut", RegieBij.PROCESMANAGER)};

    static Melding melding(boolean metKind) {
        Huishouden h = new Huishouden(new Adres("Grotestraat", "1", "7607 CD", "Almelo"), new Wijk(1L, "Hofkamp", WIJKTEAM), NU);
        h.voegLidToe("Anna", "Jansen", LocalDate.of(1985, 3, 1), new Bsn("111222333"), LocalDate.of(2026, 11, 25));
        if (metKind) {
            h.voegLidToe("Bram", "Jansen", LocalDate.of(2015, 6, 9), new Bsn("123456782"), LocalDate.of(2026, 11, 25));
        }
        return Melding.overLeefgebied(h, new Verwijzer(1L, "Huisarts", true), "Schulden", FINANCIEN, "intaker", NU, LocalDate.of(2026, 11, 24));
    }

    static Casus casus(boolean metKind) {
        return Casus.openVanuit(melding(metKind), AVE[1], "intaker", NU);
    }

    @Test
    void eenMeldingWordtEenCasusBijHetWijkteamVanDeWijk() {
        Melding m = melding(false);
        Casus c = Casus.openVanuit(m, AVE[1], "intaker", NU);
        assertEquals(Casus.Status.IN_ANALYSE, c.status());
        assertEquals(WIJKTEAM, c.team());
        assertEquals(Melding.Status.CASUS, m.status());
        assertEquals(c, m.casus().orElseThrow());
        assertEquals(1, c.aveHistorie().size());
        assertEquals(1, c.geschiedenis().size());
        assertThrows(DomainException.class, () -> Casus.openVanuit(m, AVE[1], "intaker", NU), "a melding is taken up once");
    }

    @Test
    void meldingAfsluitenAlsOpgelostOfDoorverwezenMetToelichting() {
        Melding m = melding(false);
        assertThrows(DomainException.class, () -> m.sluitAf(Melding.Status.OPGELOST, " ", LocalDate.of(2026, 11, 25)));
        assertThrows(DomainException.class, () -> m.sluitAf(Melding.Status.CASUS, "x", LocalDate.of(2026, 11, 25)));
        m.sluitAf(Melding.Status.DOORVERWEZEN, "Naar de GGZ-crisisdienst van de regio", LocalDate.of(2026, 11, 25));
        assertEquals(Melding.Status.DOORVERWEZEN, m.status());
        assertThrows(DomainException.class, () -> Casus.openVanuit(m, AVE[1], "intaker", NU));
    }

    @Test
    void meervoudigeProblematiekVraagtPreciesEenRegisseurVoordatDeCasusVerderGaat() {
        Casus c = casus(false);
        assertThrows(DomainException.class, () -> c.startUitvoering("intaker", NU), "no analysis yet");
        c.legAnalyseVast(FINANCIEN, 2, "Huurachterstand door inkomensdaling", "intaker", NU);
        c.legAnalyseVast(OPVOEDING, 3, "Ouder overbelast", "intaker", NU);
        assertTrue(c.isMeervoudig());
        DomainException geen = assertThrows(DomainException.class, () -> c.startUitvoering("intaker", NU));
        assertEquals("Er spelen 2 leefgebieden (meervoudige problematiek): wijs eerst precies één regisseur toe.", geen.getMessage());

        c.wijsRegisseurToe(COACH, "intaker", NU);
        DomainException tweede = assertThrows(DomainException.class, () -> c.wijsRegisseurToe(SCHULDEN, "intaker", NU));
        assertTrue(tweede.getMessage().startsWith("Deze casus heeft al een regisseur (Cas Coenen)"), tweede.getMessage());
        assertEquals(COACH, c.regisseur().orElseThrow());

        c.startUitvoering("intaker", NU);
        assertEquals(Casus.Status.IN_UITVOERING, c.status());
    }

    @Test
    void enkelvoudigeProblematiekKanZonderRegisseurVerder() {
        Casus c = casus(false);
        c.legAnalyseVast(FINANCIEN, 3, "Betalingsachterstand energie", "intaker", NU);
        assertFalse(c.isMeervoudig());
        c.startUitvoering("intaker", NU);
        assertEquals(Casus.Status.IN_UITVOERING, c.status());
    }

    @Test
    void alleenCoachesKunnenRegisseurZijnEnRegieWisseltAlleenMetReden() {
        Casus c = casus(false);
        assertThrows(DomainException.class, () -> c.wijsRegisseurToe(INTAKER, "intaker", NU));
        assertThrows(DomainException.class, () -> c.draagRegieOver(SCHULDEN, "reden", "coach", NU), "no regisseur yet");
        c.wijsRegisseurToe(COACH, "intaker", NU);
        assertThrows(DomainException.class, () -> c.draagRegieOver(SCHULDEN, " ", "coach", NU));
        c.draagRegieOver(SCHULDEN, "Schulden zijn nu het zwaarst", "coach", NU);
        assertEquals(SCHULDEN, c.regisseur().orElseThrow());
    }

    @Test
    void analyseScoreTussen1En5MetVerklaringEnEenLeefgebiedEenKeer() {
        Casus c = casus(false);
        assertThrows(DomainException.class, () -> c.legAnalyseVast(FINANCIEN, 0, "x", "intaker", NU));
        assertThrows(DomainException.class, () -> c.legAnalyseVast(FINANCIEN, 6, "x", "intaker", NU));
        assertThrows(DomainException.class, () -> c.legAnalyseVast(FINANCIEN, 2, " ", "intaker", NU));
        c.legAnalyseVast(FINANCIEN, 2, "Schulden", "intaker", NU);
        c.legAnalyseVast(FINANCIEN, 3, "Schulden, regeling loopt", "coach", NU);
        assertEquals(1, c.analyse().size());
        assertEquals(3, c.analyse().get(0).score());
        c.verwijderUitAnalyse("financien", "coach", NU);
        assertTrue(c.analyse().isEmpty());
    }

    @Test
    void veiligheidsrisicoVraagtToelichting() {
        Casus c = casus(true);
        assertThrows(DomainException.class, () -> c.markeerVeiligheidsrisico(true, "", "intaker", NU));
        c.markeerVeiligheidsrisico(true, "Signalen van huiselijk geweld (melding Veilig Thuis)", "intaker", NU);
        assertTrue(c.veiligheidsrisico());
    }

    @Test
    void opschalenNaarSpoedteamMetKinderenGaatNaarDeProcesmanagers() {
        Casus metKind = casus(true);
        metKind.wijzigAveNiveau(AVE[3], "Dreigende huisuitzetting", "coach", NU);
        assertEquals(RegieBij.PROCESMANAGER, metKind.regieBij());

        Casus zonderKind = casus(false);
        zonderKind.wijzigAveNiveau(AVE[3], "Dreigende huisuitzetting", "coach", NU);
        assertEquals(RegieBij.SPOEDTEAM, zonderKind.regieBij());
        assertEquals(2, zonderKind.aveHistorie().size());
        AveWijziging laatste = zonderKind.aveHistorie().get(1);
        assertEquals(1, laatste.van());
        assertEquals(3, laatste.naar());
        assertEquals("Dreigende huisuitzetting", laatste.reden());
        assertEquals("coach", laatste.door());
    }

    @Test
    void procesmanagerNeemtRegieOverEnAfschalenGeeftDeRegieTerugAanHetWijkteam() {
        Casus c = casus(false);
        c.wijsRegisseurToe(COACH, "intaker", NU);
        assertThrows(DomainException.class, () -> c.neemRegieOver(PM, "pm", NU), "not escalated");
        c.wijzigAveNiveau(AVE[4], "Acute onveiligheid", "coach", NU);
        assertEquals(RegieBij.PROCESMANAGER, c.regieBij());
        c.neemRegieOver(PM, "pm", NU);
        assertEquals("Petra Plasman", c.regiehouder());

        c.wijzigAveNiveau(AVE[2], "Veiligheid geborgd, plan loopt", "pm", NU);
        assertEquals(RegieBij.WIJKTEAM, c.regieBij());
        assertTrue(c.procesmanager().isEmpty());
        assertEquals("Cas Coenen", c.regiehouder());
        assertEquals(3, c.aveHistorie().size());
    }

    @Test
    void opschalenVraagtEenRedenEnEenAnderNiveau() {
        Casus c = casus(false);
        assertThrows(DomainException.class, () -> c.wijzigAveNiveau(AVE[3], " ", "coach", NU));
        assertThrows(DomainException.class, () -> c.wijzigAveNiveau(AVE[1], "reden", "coach", NU));
        assertEquals(1, c.aveHistorie().size());
    }

    @Test
    void eenPlanMetDoelenOpLeefgebiedenUitDeAnalyseActiesEnVersies() {
        Casus c = casus(false);
        c.legAnalyseVast(FINANCIEN, 2, "Schulden", "intaker", NU);
        assertThrows(DomainException.class, () -> c.stelDoelVast("financien", "Schuldenvrij", "coach", NU), "plan follows the analysis");
        c.startUitvoering("intaker", NU);
        assertThrows(DomainException.class, () -> c.stelDoelVast("opvoeding", "x", "coach", NU), "not a leefgebied of the analysis");
        assertThrows(DomainException.class, () -> c.stelDoelVast("financien", " ", "coach", NU));
        Doel doel = metId(c.stelDoelVast("financien", "Huurachterstand ingelopen", "coach", NU), 7L);
        assertEquals(1, c.planversie());
        DomainException geenEigenaar = assertThrows(DomainException.class,
                () -> c.voegActieToe(7L, "Regeling", " ", LocalDate.of(2026, 12, 1), false, "coach", NU));
        assertEquals("Vul in wie de actie uitvoert.", geenEigenaar.getMessage());
        assertEquals("Kies het doel.", assertThrows(DomainException.class,
                () -> c.voegActieToe(null, "Regeling", "Moeder", LocalDate.of(2026, 12, 1), false, "coach", NU)).getMessage(),
                "nothing chosen says so, not 'not in the plan'");
        assertEquals(Casus.DEADLINE_VERLEDEN, assertThrows(DomainException.class,
                () -> c.voegActieToe(7L, "Regeling", "Moeder", LocalDate.of(2020, 12, 1), false, "coach", NU)).getMessage());
        c.voegActieToe(7L, "Betalingsregeling met de verhuurder", "Moeder", LocalDate.of(2026, 12, 1), false, "coach", NU);
        assertEquals(1, doel.acties().size());
        assertEquals(LocalDate.of(2026, 12, 1), c.volgendeDeadline().orElseThrow());
        assertThrows(DomainException.class, () -> c.planEvaluatie(LocalDate.of(2026, 11, 25), "coach", NU), "evaluation after today");
        c.planEvaluatie(LocalDate.of(2027, 1, 15), "coach", NU);
        assertEquals(LocalDate.of(2026, 12, 1), c.volgendeDeadline().orElseThrow(), "the action comes before the evaluation");
        assertEquals(3, c.planversie());
        assertEquals("Evaluatie gepland op 15-01-2027", c.planversies().get(0).omschrijving());
        assertEquals("coach", c.planversies().get(0).door());
    }

    /** Goals get their id from the database; a unit test gives one itself. */
    static Doel metId(Doel doel, Long id) {
        try {
            java.lang.reflect.Field veld = Doel.class.getDeclaredField("id");
            veld.setAccessible(true);
            veld.set(doel, id);
            return doel;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void afsluitenVraagtEenUitkomstPerDoel() {
        Casus c = casus(false);
        c.legAnalyseVast(FINANCIEN, 2, "Schulden", "intaker", NU);
        c.startUitvoering("intaker", NU);
        metId(c.stelDoelVast("financien", "Huurachterstand ingelopen", "coach", NU), 8L);
        DomainException fout = assertThrows(DomainException.class, () -> c.sluitAf("Klaar", "coach", NU));
        assertEquals("Leg eerst per doel van het plan de uitkomst vast.", fout.getMessage());
        assertEquals(Casus.Status.IN_UITVOERING, c.status());
        c.legUitkomstVast(8L, Doel.Uitkomst.DEELS_BEREIKT, "coach", NU);
        c.sluitAf("Klaar", "coach", NU);
        assertEquals(Casus.Status.AFGESLOTEN, c.status());
    }

    @Test
    void verslagenZijnGedateerdToegeschrevenEnNietInDeToekomst() {
        Casus c = casus(false);
        assertThrows(DomainException.class, () -> c.schrijfVerslag(Verslag.Soort.GESPREK, LocalDate.of(2026, 11, 24), " ", "coach", NU));
        assertThrows(DomainException.class, () -> c.schrijfVerslag(Verslag.Soort.GESPREK, LocalDate.of(2026, 11, 26), "x", "coach", NU));
        assertThrows(DomainException.class, () -> c.schrijfVerslag(null, LocalDate.of(2026, 11, 24), "x", "coach", NU));
        c.schrijfVerslag(Verslag.Soort.TELEFONISCH, LocalDate.of(2026, 11, 20), "Moeder gebeld over de afspraak", "coach", NU);
        c.schrijfVerslag(Verslag.Soort.GESPREK, LocalDate.of(2026, 11, 24), "Huisbezoek", "coach", NU);
        assertEquals(2, c.verslagen().size());
        assertEquals("Huisbezoek", c.verslagen().get(0).tekst());
        assertEquals("coach", c.verslagen().get(0).door());
        c.sluitAf("klaar", "coach", NU);
        assertThrows(DomainException.class, () -> c.schrijfVerslag(Verslag.Soort.OVERLEG, LocalDate.of(2026, 11, 24), "x", "coach", NU));
    }

    @Test
    void afsluitenEnHeropenenAlsNieuweEpisodeMetBehoudVanGeschiedenis() {
        Casus c = casus(false);
        c.legAnalyseVast(FINANCIEN, 3, "Schulden", "intaker", NU);
        assertThrows(DomainException.class, () -> c.sluitAf("", "coach", NU));
        c.sluitAf("Doelen bereikt", "coach", NU);
        assertEquals(Casus.Status.AFGESLOTEN, c.status());
        assertThrows(DomainException.class, () -> c.legAnalyseVast(OPVOEDING, 3, "x", "coach", NU));
        int regels = c.geschiedenis().size();
        c.heropen("Nieuwe schulden", "intaker", NU);
        assertEquals(2, c.episode());
        assertEquals(Casus.Status.IN_ANALYSE, c.status());
        assertEquals(regels + 1, c.geschiedenis().size());
        assertThrows(DomainException.class, () -> c.heropen("x", "intaker", NU));
    }
}
