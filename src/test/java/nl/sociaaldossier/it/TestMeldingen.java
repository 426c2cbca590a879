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

    static String uniekeStraat() {
        return "Teststraat " + UUID.randomUUID();
    }
}
