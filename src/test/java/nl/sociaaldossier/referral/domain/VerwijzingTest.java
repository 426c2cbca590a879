package nl.sociaaldossier.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.sociaaldossier.casus.domain.AveNiveau;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.casus.domain.Leefgebied;
import nl.sociaaldossier.casus.domain.Melding;
import nl.sociaaldossier.casus.domain.RegieBij;
import nl.sociaaldossier.catalogus.domain.Aanbieder;
import nl.sociaaldossier.catalogus.domain.Voorziening;
import nl.sociaaldossier.household.domain.Adres;
import nl.sociaaldossier.household.domain.Bsn;
import nl.sociaaldossier.household.domain.Huishouden;
import nl.sociaaldossier.organisation.domain.Team;
import nl.sociaaldossier.organisation.domain.Verwijzer;
import nl.sociaaldossier.organisation.domain.Wijk;
import nl.sociaaldossier.referral.domain.Verwijzing.Contractsoort;
import nl.sociaaldossier.referral.domain.Verwijzing.Stap;
import nl.sociaaldossier.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class VerwijzingTest {

    static final Instant NU = Instant.parse("2026-11-25T09:00:00Z");
    static final LocalDate MELDING = LocalDate.of(2026, 9, 1);
    static final LocalDate AANVRAAG = LocalDate.of(2026, 9, 15);
    static final LocalDate VANDAAG = LocalDate.of(2026, 11, 25);
    static final Verwijzer WIJKTEAM = new Verwijzer(1L, "Wijkteam (gemeente)", false);
    static final Aanbieder AANBIEDER = new Aanbieder(1L, "Thuiszorg Oost");
    static final Voorziening HUISHOUDELIJK = new Voorziening(1L, Voorziening.Soort.MAATWERK, "Wmo", "Huishoudelijke ondersteuning");
    static final Voorziening JEUGD = new Voorziening(2L, Voorziening.Soort.MAATWERK, "Jeugdwet", "Jeugdhulp ambulant: begeleiding");
    static final Voorziening WIJKKAMER = new Voorziening(3L, Voorziening.Soort.ALGEMEEN, "welzijn", "Wijkkamer");

    static Casus casusInUitvoering() {
        Team team = new Team(1L, "Wijkteam 1", Team.Soort.WIJKTEAM);
        Huishouden h = new Huishouden(new Adres("Grotestraat", "1", "7607 CD", "Almelo"), new Wijk(1L, "Hofkamp", team), NU);
        h.voegLidToe("Anna", "Jansen", LocalDate.of(1950, 3, 1), new Bsn("111222333"), VANDAAG);
        Leefgebied adl = new Leefgebied("instrumentele-adl", "Instrumentele ADL", 11);
        Casus c = Casus.openVanuit(Melding.overLeefgebied(h, WIJKTEAM, "Redt het huishouden niet", adl, "intaker", NU, MELDING),
                new AveNiveau(1, "Licht", RegieBij.WIJKTEAM), "intaker", NU);
        c.legAnalyseVast(adl, 2, "Heupoperatie", "intaker", NU);
        c.startUitvoering("intaker", NU);
        return c;
    }

    static nl.sociaaldossier.household.domain.Gezinslid lid(Casus c) {
        return c.huishouden().leden().get(0);
    }

    /** A referral for the household's first member, of a voorziening without forms. */
    static Verwijzing vraagAan(Casus c, Voorziening v, Aanbieder a, Contractsoort soort, Verwijzer verwijzer, boolean doorbraak,
                               LocalDate melding, LocalDate aanvraag, String door, Instant nu, LocalDate vandaag) {
        return Verwijzing.vraagAan(c, lid(c), v, null, a, soort, verwijzer, doorbraak, melding, aanvraag, door, nu, vandaag);
    }

    static Verwijzing wmo(Casus c) {
        return Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG);
    }

    @Test
    void deTermijnenZijnDieVanDeWetOpDeAanvraagdatumZoalsDeBeheerderZeInstelde() {
        Casus c = casusInUitvoering();
        Verwijzing v = Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM, false,
                MELDING, AANVRAAG, "coach", NU, VANDAAG, new Termijnregel(35, 10));
        assertEquals(List.of("Onderzoek (5 weken na de melding)", "Beschikking (10 dagen na de aanvraag)"),
                v.termijnen(VANDAAG).stream().map(Termijn::naam).toList());
        assertEquals(MELDING.plusDays(35), v.termijnen(VANDAAG).get(0).uiterlijk());
        assertEquals(AANVRAAG.plusDays(10), v.termijnen(VANDAAG).get(1).uiterlijk());

        Verwijzing zonderOnderzoek = Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM,
                false, MELDING, AANVRAAG, "coach", NU, VANDAAG, new Termijnregel(null, 7));
        assertEquals(List.of("Beschikking (1 week na de aanvraag)"), zonderOnderzoek.termijnen(VANDAAG).stream().map(Termijn::naam).toList());
        assertFalse(zonderOnderzoek.mogelijkeStappen().contains(Stap.ONDERZOEK_AFGEROND));
    }

    @Test
    void eenBeeindigdeVoorzieningAanbiederOfVerwijzerWordtNietMeerGekozen() {
        Casus c = casusInUitvoering();
        Voorziening oud = new Voorziening(9L, Voorziening.Soort.MAATWERK, "Wmo", "Oude hulp");
        oud.stelGeldigheidIn(null, AANVRAAG.minusDays(1));
        DomainException voorziening = assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), oud, null, AANBIEDER,
                Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
        assertTrue(voorziening.getMessage().startsWith("Oude hulp geldt niet op 15-09-2026"), voorziening.getMessage());

        Aanbieder nieuw = new Aanbieder(9L, "Zorg Volgend Jaar");
        nieuw.stelGeldigheidIn(AANVRAAG.plusDays(1), null);
        assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, nieuw,
                Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));

        Verwijzer weg = new Verwijzer(9L, "Opgeheven school", true);
        weg.stelGeldigheidIn(null, MELDING.minusDays(1));
        assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, AANBIEDER,
                Contractsoort.RAAMCONTRACT, weg, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));

        oud.stelGeldigheidIn(null, AANVRAAG);
        Verwijzing.vraagAan(c, lid(c), oud, null, AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG);
    }

    @Test
    void termijnenLezenZoalsGebruikersZeZeggen() {
        assertEquals("6 weken", Termijnregel.tekst(42));
        assertEquals("1 week", Termijnregel.tekst(7));
        assertEquals("10 dagen", Termijnregel.tekst(10));
        assertEquals("1 dag", Termijnregel.tekst(1));
    }

    @Test
    void eenVerwijzingDieVoorDeGeboorteVanDeClientLigtWordtGeweigerd() {
        Casus c = casusInUitvoering();
        c.huishouden().voegLidToe("Bo", "Jansen", LocalDate.of(2026, 9, 10), new Bsn("123456782"), VANDAAG);
        var baby = c.huishouden().leden().get(1);
        DomainException fout = assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, baby, JEUGD, null, AANBIEDER,
                Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
        assertTrue(fout.getMessage().startsWith("De melding ligt voor de geboorte van Bo Jansen (10-09-2026)"), fout.getMessage());
        Verwijzing.vraagAan(c, baby, JEUGD, null, AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM, false, LocalDate.of(2026, 9, 10), AANVRAAG,
                "coach", NU, VANDAAG);
    }

    @Test
    void verwijzenKanPasAlsDeCasusInUitvoeringIs() {
        Team team = new Team(1L, "Wijkteam 1", Team.Soort.WIJKTEAM);
        Huishouden h = new Huishouden(new Adres("Grotestraat", "1", "7607 CD", "Almelo"), new Wijk(1L, "Hofkamp", team), NU);
        h.voegLidToe("Anna", "Jansen", LocalDate.of(1950, 3, 1), new Bsn("111222333"), VANDAAG);
        Casus inAnalyse = Casus.openVanuit(Melding.overLeefgebied(h, WIJKTEAM, "x", new Leefgebied("financien", "Financiën", 1), "intaker", NU, MELDING),
                new AveNiveau(1, "Licht", RegieBij.WIJKTEAM), "intaker", NU);
        assertThrows(DomainException.class, () -> wmo(inAnalyse));
    }

    @Test
    void wmoTermijnenOnderzoekZesWekenNaMeldingBeschikkingTweeWekenNaAanvraag() {
        Verwijzing v = wmo(casusInUitvoering());
        List<Termijn> t = v.termijnen(VANDAAG);
        assertEquals(MELDING.plusWeeks(6), t.get(0).uiterlijk());
        assertEquals(AANVRAAG.plusWeeks(2), t.get(1).uiterlijk());
        assertTrue(t.get(1).isTeLaat(VANDAAG));
        assertFalse(t.get(1).isTeLaat(AANVRAAG.plusWeeks(2)));
        assertEquals(AANVRAAG.plusWeeks(2), v.volgendeTermijn(VANDAAG).orElseThrow().uiterlijk(), "the earliest open term, not the first listed");
    }

    @Test
    void opschortenVerschuiftDeTermijnenMetDeEchteDagen() {
        Verwijzing v = wmo(casusInUitvoering());
        v.schortOp(LocalDate.of(2026, 9, 20), "Wachten op medische informatie", "coach", NU, VANDAAG);
        assertThrows(DomainException.class, () -> v.kenToe(LocalDate.of(2026, 9, 25), "coach", NU, VANDAAG), "no decision while suspended");
        v.hervat(LocalDate.of(2026, 10, 1), "coach", NU, VANDAAG);  // 11 days
        assertEquals(AANVRAAG.plusDays(14 + 11), v.termijnen(VANDAAG).get(1).uiterlijk());
        v.verleng(7, "Advies van de GGD nodig", "coach", NU, VANDAAG);
        assertEquals(AANVRAAG.plusDays(14 + 11 + 7), v.termijnen(VANDAAG).get(1).uiterlijk());
    }

    @Test
    void eenLopendeOpschortingTeltTotVandaag() {
        Verwijzing v = wmo(casusInUitvoering());
        v.schortOp(LocalDate.of(2026, 11, 20), "Wachten op de inwoner", "coach", NU, VANDAAG);
        assertEquals(AANVRAAG.plusDays(14 + 5), v.termijnen(VANDAAG).get(1).uiterlijk());
    }

    @Test
    void andereWettenAchtWekenVoorDeBeschikking() {
        Verwijzing v = vraagAan(casusInUitvoering(), JEUGD, AANBIEDER, Contractsoort.MAATWERKCONTRACT, WIJKTEAM, true,
                MELDING, AANVRAAG, "coach", NU, VANDAAG);
        assertEquals(1, v.termijnen(VANDAAG).size());
        assertEquals(AANVRAAG.plusWeeks(8), v.termijnen(VANDAAG).get(0).uiterlijk());
        assertTrue(v.isDoorbraak());
    }

    @Test
    void levensloopMaatwerkMetDatumPerStap() {
        Verwijzing v = wmo(casusInUitvoering());
        assertThrows(DomainException.class, () -> v.start(LocalDate.of(2026, 9, 20), "coach", NU, VANDAAG), "start needs a toekenning");
        v.rondOnderzoekAf(LocalDate.of(2026, 9, 10), "coach", NU, VANDAAG);
        assertThrows(DomainException.class, () -> v.kenToe(LocalDate.of(2026, 9, 14), "coach", NU, VANDAAG), "not before the aanvraag");
        assertThrows(DomainException.class, () -> v.kenToe(VANDAAG.plusDays(1), "coach", NU, VANDAAG), "not in the future");
        v.kenToe(LocalDate.of(2026, 9, 25), "coach", NU, VANDAAG);
        assertEquals(Verwijzing.Status.TOEGEKEND, v.status());
        assertTrue(v.termijnen(VANDAAG).stream().allMatch(Termijn::isVoldaan));
        assertTrue(v.volgendeTermijn(VANDAAG).isEmpty());
        v.start(LocalDate.of(2026, 10, 1), "coach", NU, VANDAAG);
        assertThrows(DomainException.class, () -> v.trekIn(LocalDate.of(2026, 10, 2), "x", "coach", NU, VANDAAG));
        v.beeindig(LocalDate.of(2026, 11, 1), "coach", NU, VANDAAG);
        assertEquals(Verwijzing.Status.BEEINDIGD, v.status());
    }

    @Test
    void afwijzenEnIntrekkenVragenEenReden() {
        Verwijzing v = wmo(casusInUitvoering());
        assertThrows(DomainException.class, () -> v.wijsAf(LocalDate.of(2026, 9, 20), " ", "coach", NU, VANDAAG));
        assertEquals(Verwijzing.Status.AANGEVRAAGD, v.status(), "a refused step changes nothing");
        assertThrows(DomainException.class, () -> v.trekIn(LocalDate.of(2026, 9, 20), "", "coach", NU, VANDAAG));
        v.trekIn(LocalDate.of(2026, 9, 20), "Inwoner ziet af van de aanvraag", "coach", NU, VANDAAG);
        assertEquals(Verwijzing.Status.INGETROKKEN, v.status());
    }

    @Test
    void algemeneVoorzieningZonderBesluitEnZonderTermijnen() {
        Verwijzing v = vraagAan(casusInUitvoering(), WIJKKAMER, null, null, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG);
        assertTrue(v.termijnen(VANDAAG).isEmpty());
        assertThrows(DomainException.class, () -> v.kenToe(AANVRAAG, "coach", NU, VANDAAG));
        v.start(AANVRAAG, "coach", NU, VANDAAG);
        assertEquals(Verwijzing.Status.GESTART, v.status());
    }

    @Test
    void maatwerkVraagtAanbiederEnContractsoort() {
        Casus c = casusInUitvoering();
        assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, null, Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
        assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, AANBIEDER, null, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
        assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, null, AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM, false, AANVRAAG.plusDays(1), AANVRAAG, "coach", NU, VANDAAG));
    }

    @Test
    void jeugdhulpOpSchoolVraagtDeVormEnDeClientHoortBijHetHuishouden() {
        Voorziening opSchool = new Voorziening(4L, Voorziening.Soort.MAATWERK, "Jeugdwet", "Jeugdhulp op school", true);
        Casus c = casusInUitvoering();
        DomainException zonderVorm = assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), opSchool, null, AANBIEDER,
                Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
        assertEquals("Kies of Jeugdhulp op school individueel of groepsgericht is.", zonderVorm.getMessage());
        Verwijzing v = Verwijzing.vraagAan(c, lid(c), opSchool, Verwijzing.Vorm.GROEPSGERICHT, AANBIEDER,
                Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG);
        assertEquals(Verwijzing.Vorm.GROEPSGERICHT, v.vorm().orElseThrow());
        assertEquals(lid(c), v.client());
        assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(c), HUISHOUDELIJK, Verwijzing.Vorm.INDIVIDUEEL, AANBIEDER,
                Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
        Casus ander = casusInUitvoering();
        DomainException vreemd = assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, lid(ander), HUISHOUDELIJK, null,
                AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
        assertEquals("De cliënt hoort niet bij het huishouden van deze casus.", vreemd.getMessage());
        assertThrows(DomainException.class, () -> Verwijzing.vraagAan(c, null, HUISHOUDELIJK, null,
                AANBIEDER, Contractsoort.RAAMCONTRACT, WIJKTEAM, false, MELDING, AANVRAAG, "coach", NU, VANDAAG));
    }

    @Test
    void elkeStapStaatOpDeTijdlijnMetDatumEnWieEnInDeGeschiedenisMetDeDatum() {
        Casus c = casusInUitvoering();
        Verwijzing v = wmo(c);
        v.schortOp(LocalDate.of(2026, 9, 20), "Wachten op medische informatie", "coach", NU, VANDAAG);
        v.hervat(LocalDate.of(2026, 10, 1), "coach2", NU, VANDAAG);
        v.verleng(7, "Advies van de GGD nodig", "coach", NU, VANDAAG);
        v.kenToe(LocalDate.of(2026, 10, 20), "coach", NU, VANDAAG);
        v.start(LocalDate.of(2026, 11, 2), "coach", NU, VANDAAG);
        List<VerwijzingStap> lijn = v.tijdlijn();
        assertEquals(List.of(VerwijzingStap.Gebeurtenis.AANGEVRAAGD, VerwijzingStap.Gebeurtenis.OPGESCHORT, VerwijzingStap.Gebeurtenis.HERVAT,
                VerwijzingStap.Gebeurtenis.TOEGEKEND, VerwijzingStap.Gebeurtenis.GESTART, VerwijzingStap.Gebeurtenis.VERLENGD),
                lijn.stream().map(VerwijzingStap::gebeurtenis).toList());
        assertEquals(LocalDate.of(2026, 10, 20), lijn.get(3).datum());
        assertEquals("coach2", lijn.get(2).door());
        assertEquals(11, lijn.get(2).dagen());
        assertTrue(c.geschiedenis().stream().anyMatch(g -> g.omschrijving().equals("Verwijzing naar Huishoudelijke ondersteuning toegekend op 20-10-2026")),
                "the history names the date of the event, in Dutch");
        DomainException teVroeg = assertThrows(DomainException.class, () -> v.beeindig(LocalDate.of(2026, 11, 1), "coach", NU, VANDAAG));
        assertEquals("De datum kan niet voor 02-11-2026 liggen (de vorige stap).", teVroeg.getMessage());
    }
}
