package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.sociaaldossier.indicators.query.Rollup.Cel;
import nl.sociaaldossier.indicators.query.Rollup.Uitkomst;
import org.junit.jupiter.api.Test;

/** Small numbers cannot be read from what is shown: not directly, not from a total, not from a wider filter. */
class OnderdrukkingTest {

    static final Definitie PERSONEN = new Definitie("T", Eenheid.PERSONEN, Definitie.Weergave.AANTAL, List.of("Voorziening"), "");
    static final Definitie AANBIEDERS = new Definitie("T", Eenheid.AANBIEDERS, Definitie.Weergave.AANTAL, List.of(), "");
    static final Definitie PERCENTAGE = new Definitie("T", Eenheid.HUISHOUDENS, Definitie.Weergave.PERCENTAGE, List.of("Steun"), "");

    @Test
    void eenCelVanEenTotVierEnDeCelDieHaarUitHetTotaalZouVerradenWordenOnderdrukt() {
        var tabel = Onderdrukking.tabel(PERSONEN,
                new Uitkomst(List.of(new Cel("A", null, 40), new Cel("B", null, 3), new Cel("C", null, 7)), 50), List.of());
        assertEquals("40", tabel.cellen().get(0).waarde());
        assertEquals("< 5", tabel.cellen().get(1).waarde());
        assertNull(tabel.cellen().get(1).getal(), "no number behind a suppressed cell: charts and exports cannot show it");
        assertEquals("< 5", tabel.cellen().get(2).waarde(), "50 - 40 - 7 would give B away: the smallest other cell goes too");
        assertEquals("50", tabel.totaal().waarde(), "B + C = 10 does not tell either");
        var enkel = Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(new Cel("A", null, 3)), 9), List.of());
        assertEquals("< 5", enkel.totaal().waarde(), "no other cell to hide: the total goes");
        var twee = Onderdrukking.tabel(PERSONEN,
                new Uitkomst(List.of(new Cel("A", null, 7), new Cel("B", null, 3), new Cel("C", null, 2)), 12), List.of());
        assertEquals("7", twee.cellen().get(0).waarde());
        assertEquals("12", twee.totaal().waarde(), "two suppressed cells: their sum does not give either away");
        assertEquals("0", Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(), 0), List.of()).totaal().waarde());
        assertEquals("5", Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(), 5), List.of()).totaal().waarde());
        assertEquals("< 5", Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(), 4), List.of()).totaal().waarde());
    }

    @Test
    void hetVerschilMetEenRuimerFilterMagGeenKleineGroepOpleveren() {
        // Team T shows 12, 28 and 40 in total; wijk W within T would show 10, 27 and 37: W's complement in T is 2, 1 and 3.
        Uitkomst team = new Uitkomst(List.of(new Cel("A", null, 12), new Cel("B", null, 28)), 40);
        Uitkomst wijkEnTeam = new Uitkomst(List.of(new Cel("A", null, 10), new Cel("B", null, 27)), 37);
        var tabel = Onderdrukking.tabel(PERSONEN, wijkEnTeam, List.of(team));
        assertEquals("< 5", tabel.cellen().get(0).waarde(), "12 - 10 = 2 persons outside the wijk");
        assertEquals("< 5", tabel.cellen().get(1).waarde(), "28 - 27 = 1");
        assertEquals("< 5", tabel.totaal().waarde(), "40 - 37 = 3");
        Uitkomst ruim = new Uitkomst(List.of(new Cel("A", null, 20), new Cel("B", null, 35)), 55);
        var veilig = Onderdrukking.tabel(PERSONEN, wijkEnTeam, List.of(ruim));
        assertEquals("10", veilig.cellen().get(0).waarde());
        assertEquals("37", veilig.totaal().waarde());
    }

    @Test
    void aanbiedersEnContractenZijnGeenPersonen() {
        assertEquals("3", Onderdrukking.tabel(AANBIEDERS, new Uitkomst(List.of(), 3), List.of()).totaal().waarde());
    }

    @Test
    void eenPercentageVerschijntAlleenAlsTellerEnRestBeideNietKleinZijn() {
        var getoond = Onderdrukking.tabel(PERCENTAGE, new Uitkomst(List.of(new Cel("met één plan en precies één regisseur", null, 6),
                new Cel("zonder één plan en één regisseur", null, 6)), 12), List.of());
        assertEquals("50%", getoond.totaal().waarde());
        var klein = Onderdrukking.tabel(PERCENTAGE, new Uitkomst(List.of(new Cel("met één plan en precies één regisseur", null, 20),
                new Cel("zonder één plan en één regisseur", null, 2)), 22), List.of());
        assertTrue(klein.totaal().isOnderdrukt(), "91% of 22 would tell that 2 households lack a plan");
        var niemand = Onderdrukking.tabel(PERCENTAGE, new Uitkomst(List.of(new Cel("zonder één plan en één regisseur", null, 8)), 8), List.of());
        assertEquals("0%", niemand.totaal().waarde());
    }

    @Test
    void eenGemiddeldeOverMinderDanVijfPersonenWordtOnderdrukt() {
        Definitie gemiddelde = new Definitie("T", Eenheid.PERSONEN, Definitie.Weergave.GEMIDDELDE, List.of("Aantal aanbieders"), "");
        assertTrue(Onderdrukking.tabel(gemiddelde, new Uitkomst(List.of(new Cel("1", null, 2), new Cel("2", null, 1)), 3), List.of())
                .totaal().isOnderdrukt());
        assertEquals("1,5", Onderdrukking.tabel(gemiddelde, new Uitkomst(List.of(new Cel("1", null, 5), new Cel("2", null, 5)), 10), List.of())
                .totaal().waarde());
    }
}
