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

    /** A referral to Jeugdhulp ambulant (Jeugdwet: beschikking within 8 weeks, raamcontract) for the casus's first member. */
    static nl.sociaaldossier.referral.application.NieuweVerwijzing jeugdhulp(Sql sql, long casus, LocalDate meldingsdatum, LocalDate aangevraagdOp)
            throws SQLException {
        var invoer = new nl.sociaaldossier.referral.application.NieuweVerwijzing();
        invoer.setVoorzieningId(sql.getal("select id from voorziening where naam = 'Jeugdhulp ambulant: begeleiding'"));
        invoer.setAanbiederId(sql.getal("select id from aanbieder where naam = 'Jeugdhulp Twente'"));
        invoer.setContractsoort(nl.sociaaldossier.referral.domain.Verwijzing.Contractsoort.RAAMCONTRACT);
        invoer.setVerwijzerId(sql.getal("select id from verwijzer where naam = 'Huisarts'"));
        invoer.setClientId(sql.getal("select min(g.id) from gezinslid g join casus c on c.huishouden_id = g.huishouden_id where c.id = " + casus));
        invoer.setMeldingsdatum(meldingsdatum);
        invoer.setAangevraagdOp(aangevraagdOp);
        return invoer;
    }

    static String uniekeStraat() {
        return "Teststraat " + UUID.randomUUID();
    }
}
