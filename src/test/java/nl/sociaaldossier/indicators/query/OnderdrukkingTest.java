package nl.sociaaldossier.indicators.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.sociaaldossier.indicators.query.Rollup.Cel;
import nl.sociaaldossier.indicators.query.Rollup.Uitkomst;
import org.junit.jupiter.api.Test;

/** The cell-key method with a threshold: small numbers are not shown, noise is a function of the cell key alone. */
class OnderdrukkingTest {

    static final Definitie PERSONEN = new Definitie("T", Eenheid.PERSONEN, Definitie.Weergave.AANTAL, List.of("Voorziening"), "");
    static final Definitie AANBIEDERS = new Definitie("T", Eenheid.AANBIEDERS, Definitie.Weergave.AANTAL, List.of(), "");
    static final Definitie PERCENTAGE = new Definitie("T", Eenheid.HUISHOUDENS, Definitie.Weergave.PERCENTAGE, List.of("Steun"), "");
    static final long GEEN_RUIS = Celsleutel.MODULUS / 2;

    @Test
    void deRuisHangtAlleenAfVanDeCelsleutelHeeftGemiddeldeNulEnIsHoogstensTwee() {
        Random random = new Random(4);
        Map<Integer, Integer> verdeling = new HashMap<>();
        long som = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            long sleutel = random.nextLong(Celsleutel.MODULUS);
            int ruis = Celsleutel.ruis(sleutel);
            assertEquals(ruis, Celsleutel.ruis(sleutel), "same key, same noise");
            assertTrue(Math.abs(ruis) <= 2);
            verdeling.merge(ruis, 1, Integer::sum);
            som += ruis;
        }
        assertEquals(0.0, som / (double) n, 0.01, "zero mean");
        assertEquals(0.4, verdeling.get(0) / (double) n, 0.01);
        assertEquals(0.1, verdeling.get(2) / (double) n, 0.01);
        assertEquals(0, Celsleutel.verstoord(0, 123), "zero stays zero");
    }

    @Test
    void eenWareTellingVanEenTotVierOfEenVerstoordeOnderVijfWordtNietGetoond() {
        for (long sleutel = 0; sleutel < Celsleutel.MODULUS; sleutel += Celsleutel.MODULUS / 1000) {
            for (long aantal = 1; aantal < 5; aantal++) {
                var tabel = Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(new Cel("A", null, aantal, sleutel)), aantal, sleutel));
                assertEquals("< 5", tabel.cellen().get(0).waarde());
                assertEquals("< 5", tabel.totaal().waarde());
                assertNull(tabel.totaal().getal(), "nothing behind it for charts or exports");
            }
            long gepubliceerd = Celsleutel.verstoord(6, sleutel);
            var zes = Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(), 6, sleutel));
            assertEquals(gepubliceerd < 5 ? "< 5" : String.valueOf(gepubliceerd), zes.totaal().waarde());
        }
        assertEquals("0", Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(), 0, 77)).totaal().waarde());
        assertEquals("12", Onderdrukking.tabel(PERSONEN, new Uitkomst(List.of(), 12, GEEN_RUIS)).totaal().waarde());
    }

    @Test
    void aanbiedersZijnGeenPersonenEnWordenExactGetoond() {
        assertEquals("2", Onderdrukking.tabel(AANBIEDERS, new Uitkomst(List.of(), 2, 1)).totaal().waarde());
    }

    @Test
    void eenPercentageOpEenOnderdruktAantalWordtNietGetoond() {
        var klein = Onderdrukking.tabel(PERCENTAGE, new Uitkomst(List.of(new Cel("met één plan", null, 3, GEEN_RUIS),
                new Cel("zonder", null, 40, GEEN_RUIS)), 43, GEEN_RUIS));
        assertEquals("< 5", klein.totaal().waarde());
        var groot = Onderdrukking.tabel(PERCENTAGE, new Uitkomst(List.of(new Cel("met één plan", null, 30, GEEN_RUIS),
                new Cel("zonder", null, 10, GEEN_RUIS)), 40, GEEN_RUIS));
        assertEquals("75%", groot.totaal().waarde());
    }
}
