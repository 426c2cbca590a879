package nl.sociaaldossier.beheer.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoerTest {

    private static final Map<String, String> AANBIEDERS = Map.of("1", "Thuiszorg Oost", "2", "GGZ Twente");
    private static final Map<String, String> VOORZIENINGEN = Map.of("7", "Pleegzorg (Jeugdwet)");

    private static Map<String, Object> lees(Catalogus catalogus, Map<String, ?> invoer) {
        return Invoer.lees(catalogus, invoer, v -> v.kolom().equals("aanbieder_id") ? AANBIEDERS : VOORZIENINGEN);
    }

    @Test
    void waardenKrijgenHunTypeEnLegeVeldenWordenNull() {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("naam", "  Wijkteam Oost ");
        invoer.put("soort", "WIJKTEAM");
        invoer.put("telefoon", "0546 541111");
        invoer.put("meldingnorm_werkdagen", "5");
        invoer.put("regisseurnorm_werkdagen", 10);
        invoer.put("toelichting", "");
        invoer.put("geldig_van", "01-01-2027");
        Map<String, Object> waarden = lees(Catalogus.TEAMS, invoer);
        assertEquals("Wijkteam Oost", waarden.get("naam"));
        assertEquals(5, waarden.get("meldingnorm_werkdagen"));
        assertEquals(10, waarden.get("regisseurnorm_werkdagen"));
        assertNull(waarden.get("toelichting"));
        assertEquals(LocalDate.of(2027, 1, 1), waarden.get("geldig_van"));
        assertNull(waarden.get("geldig_tot"));
    }

    @Test
    void elkVeldZegtWatErMisIs() {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("naam", "Team\nmet twee regels");
        invoer.put("soort", "WIJKTEAM");
        invoer.put("telefoon", "0546\u202E");
        invoer.put("meldingnorm_werkdagen", "vijf");
        invoer.put("regisseurnorm_werkdagen", "61");
        invoer.put("geldig_van", "31-02-2027");
        OngeldigeVelden fout = assertThrows(OngeldigeVelden.class, () -> lees(Catalogus.TEAMS, invoer));
        assertEquals(Map.of(
                "naam", "Naam past op één regel.",
                "telefoon", "Deze tekst bevat onzichtbare stuurtekens (bijvoorbeeld uit een kopie uit een ander programma). Typ de tekst opnieuw of plak hem als platte tekst.",
                "meldingnorm_werkdagen", "Vul bij norm melding oppakken (werkdagen) een heel getal in.",
                "regisseurnorm_werkdagen", "Norm regisseur toewijzen (werkdagen) ligt tussen 1 en 60.",
                "geldig_van", "Vul bij geldig vanaf een datum in als 31-12-2026."), fout.perVeld());
    }

    @Test
    void keuzesAlleenUitDeLijstEnEenContractPastBijZijnSoort() {
        OngeldigeVelden vreemd = assertThrows(OngeldigeVelden.class, () -> lees(Catalogus.CONTRACTEN,
                Map.of("aanbieder_id", "99", "wet", "Wmo", "soort", "RAAMCONTRACT", "geldig_van", LocalDate.of(2027, 1, 1))));
        assertEquals(Map.of("aanbieder_id", "Aanbieder: kies uit de lijst."), vreemd.perVeld());
        OngeldigeVelden maatwerk = assertThrows(OngeldigeVelden.class, () -> lees(Catalogus.CONTRACTEN,
                Map.of("aanbieder_id", "1", "wet", "Jeugdwet", "soort", "MAATWERKCONTRACT", "geldig_van", LocalDate.of(2027, 1, 1))));
        assertEquals(Map.of("voorziening_id", "Kies de voorziening van het maatwerkcontract."), maatwerk.perVeld());
        OngeldigeVelden raam = assertThrows(OngeldigeVelden.class, () -> lees(Catalogus.CONTRACTEN,
                Map.of("aanbieder_id", "1", "wet", "Jeugdwet", "soort", "RAAMCONTRACT", "voorziening_id", "7")));
        assertEquals(Map.of("voorziening_id", "Een raamcontract geldt voor de hele wet: laat de voorziening leeg.",
                "geldig_van", "Geldig vanaf is verplicht."), raam.perVeld());
        assertEquals(7L, lees(Catalogus.CONTRACTEN, Map.of("aanbieder_id", "2", "wet", "Jeugdwet", "soort", "MAATWERKCONTRACT",
                "voorziening_id", "7", "geldig_van", LocalDate.of(2027, 1, 1))).get("voorziening_id"));
    }

    @Test
    void codesHebbenEenVasteVorm() {
        assertNull(Invoer.code(Catalogus.AANBIEDERS, " "), "made from the name by the database");
        assertEquals("wmo-2027", Invoer.code(Catalogus.TERMIJNEN, "wmo-2027"));
        assertEquals(Map.of("code", "Vul de code in."), assertThrows(OngeldigeVelden.class, () -> Invoer.code(Catalogus.TERMIJNEN, "")).perVeld());
        assertThrows(OngeldigeVelden.class, () -> Invoer.code(Catalogus.TERMIJNEN, "Wmo 2027"));
        assertThrows(OngeldigeVelden.class, () -> Invoer.code(Catalogus.AANBIEDERS, "-begint-met-streep"));
        assertEquals("j.de-vries", Invoer.code(Catalogus.MEDEWERKERS, "j.de-vries"));
        assertThrows(OngeldigeVelden.class, () -> Invoer.code(Catalogus.MEDEWERKERS, "J de Vries"));
        assertThrows(OngeldigeVelden.class, () -> Invoer.code(Catalogus.MEDEWERKERS, null));
    }
}
