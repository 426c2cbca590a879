package nl.sociaaldossier.it;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import nl.sociaaldossier.casus.application.NieuweMelding;
import nl.sociaaldossier.casus.application.Onderwerp;

/** A valid new melding for a household in Hofkamp (Wijkteam 1), referred by the huisarts. */
final class TestMeldingen {

    private TestMeldingen() {
    }

    static NieuweMelding nieuw(Sql sql, String straat, String... bsns) throws SQLException {
        NieuweMelding m = new NieuweMelding();
        m.setStraat(straat);
        m.setHuisnummer("1");
        m.setPostcode("7607cd");
        m.setWoonplaats("Almelo");
        m.setWijkId(sql.getal("select id from wijk where naam = 'Hofkamp'"));
        m.setVerwijzerId(sql.getal("select id from verwijzer where naam = 'Huisarts'"));
        m.setOnderwerp(Onderwerp.vanLeefgebied("financien"));
        m.setHulpvraag("Betalingsachterstanden bij huur en energie");
        m.setMeldingsdatum(LocalDate.now());
        m.getLeden().clear();
        String[] voornamen = {"Anna", "Bram", "Cor"};
        for (int i = 0; i < bsns.length; i++) {
            m.getLeden().add(new NieuweMelding.Lid(voornamen[i], "Jansen", LocalDate.of(1980 + 15 * i, 3, 1), bsns[i]));
        }
        return m;
    }

    /** A house number no other test uses, so that no test meets another's household at its address. */
    static String uniekHuisnummer() {
        return String.valueOf(10_000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 90_000L));
    }

    /** A surname no other test uses, of letters only (as names must be): the base, a hyphen and six letters. */
    static String uniekeAchternaam(String basis) {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return basis + "-" + letters;
    }

    static String uniekeStraat() {
        return "Teststraat " + UUID.randomUUID();
    }
}
