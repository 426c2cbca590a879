package nl.sociaaldossier.casus.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sociaaldossier.shared.domain.DomainException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The input rules of a new melding, with the Dutch messages the form shows next to each field. */
class NieuweMeldingTest {

    static Validator validator;

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.forLanguageTag("nl"));
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    static NieuweMelding geldig() {
        NieuweMelding m = new NieuweMelding();
        m.setStraat("Grotestraat");
        m.setHuisnummer("12");
        m.setPostcode("7607 CD");
        m.setWijkId(1L);
        m.setVerwijzerId(2L);
        m.setOnderwerp(Onderwerp.vanLeefgebied("financien"));
        m.setHulpvraag("Schulden lopen op");
        m.setMeldingsdatum(LocalDate.now());
        NieuweMelding.Lid lid = m.getLeden().get(0);
        lid.setVoornaam("Anna");
        lid.setAchternaam("Jansen");
        lid.setGeboortedatum(LocalDate.of(1985, 3, 1));
        lid.setBsn("111222333");
        return m;
    }

    static Map<String, String> fouten(NieuweMelding m) {
        Set<ConstraintViolation<NieuweMelding>> v = validator.validate(m);
        Map<String, String> perVeld = new TreeMap<>();
        v.forEach(c -> perVeld.put(c.getPropertyPath().toString(), c.getMessage()));
        return perVeld;
    }

    @Test
    void eenVolledigeMeldingIsGeldig() {
        assertEquals(Map.of(), fouten(geldig()));
    }

    @Test
    void elkVerplichtVeldZegtWatErOntbreekt() {
        NieuweMelding m = new NieuweMelding();
        m.setWoonplaats(null);
        Map<String, String> fouten = fouten(m);
        assertEquals("Vul de straat in.", fouten.get("straat"));
        assertEquals("Vul het huisnummer in.", fouten.get("huisnummer"));
        assertEquals("Vul de postcode in.", fouten.get("postcode"));
        assertEquals("Vul de woonplaats in.", fouten.get("woonplaats"));
        assertEquals("Kies de wijk.", fouten.get("wijkId"));
        assertEquals("Kies wie de melding doet (de verwijzer).", fouten.get("verwijzerId"));
        assertEquals("Kies de voorziening of het leefgebied waarover de vraag gaat.", fouten.get("onderwerp"));
        assertEquals("Beschrijf de hulpvraag.", fouten.get("hulpvraag"));
        assertEquals("Vul de meldingsdatum in.", fouten.get("meldingsdatum"));
        assertEquals("Vul de voornaam in.", fouten.get("leden[0].voornaam"));
        assertEquals("Vul de achternaam in.", fouten.get("leden[0].achternaam"));
        assertEquals("Vul de geboortedatum in.", fouten.get("leden[0].geboortedatum"));
        assertEquals("Vul het BSN in.", fouten.get("leden[0].bsn"));
    }

    @Test
    void bsnMoetDeElfproefHalen() {
        NieuweMelding m = geldig();
        m.getLeden().get(0).setBsn("123456789");
        assertEquals(Map.of("leden[0].bsn", "Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef."), fouten(m));
    }

    @Test
    void geboortedatumEnMeldingsdatumNietInDeToekomst() {
        NieuweMelding m = geldig();
        m.getLeden().get(0).setGeboortedatum(LocalDate.now().plusDays(1));
        m.setMeldingsdatum(LocalDate.now().plusDays(2));
        Map<String, String> fouten = fouten(m);
        assertEquals("De geboortedatum kan niet in de toekomst liggen.", fouten.get("leden[0].geboortedatum"));
        assertEquals("De meldingsdatum kan niet in de toekomst liggen.", fouten.get("meldingsdatum"));
    }

    @Test
    void postcodeAls1234AB() {
        NieuweMelding m = geldig();
        m.setPostcode("0123 AB");
        assertEquals(Map.of("postcode", "Vul een postcode in als 1234 AB."), fouten(m));
    }

    @Test
    void ledenToevoegenEnVerwijderenMaarNooitHetLaatste() {
        NieuweMelding m = geldig();
        m.voegLidToe();
        assertEquals(2, m.getLeden().size());
        assertTrue(fouten(m).containsKey("leden[1].bsn"));
        m.verwijderLid(m.getLeden().get(1));
        m.verwijderLid(m.getLeden().get(0));
        assertEquals(1, m.getLeden().size());
    }

    @Test
    void onderwerpIsVoorzieningOfLeefgebied() {
        assertEquals(new Onderwerp(12L, null), Onderwerp.lees(Onderwerp.vanVoorziening(12L)));
        assertEquals(new Onderwerp(null, "financien"), Onderwerp.lees(Onderwerp.vanLeefgebied("financien")));
        assertThrows(DomainException.class, () -> Onderwerp.lees("V:abc"));
        assertThrows(DomainException.class, () -> Onderwerp.lees(null));
        assertThrows(DomainException.class, () -> Onderwerp.lees("L:"));
    }
}
