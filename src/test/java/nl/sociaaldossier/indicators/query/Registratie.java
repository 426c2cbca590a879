package nl.sociaaldossier.indicators.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A registration built by hand with plain SQL, for tests of the indicators: households, members,
 * casussen, meldingen and referrals with their step dates. Shared by the unit and browser tests.
 */
public final class Registratie {

    private final Connection db;
    /** A BSN is unique in the database (one household per person): numbers from a random start, shared by all registrations. */
    private static final java.util.concurrent.atomic.AtomicLong BSN =
            new java.util.concurrent.atomic.AtomicLong(100_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextInt(400_000_000));

    public Registratie(Connection db) {
        this.db = db;
    }

    public long huishouden(String wijk, String woonplaats) throws SQLException {
        return id("insert into huishouden (version, straat, huisnummer, postcode, woonplaats, wijk_id, aangemaakt_op) values (1, 'Teststraat', '1', "
                + "'7607 CD', '" + woonplaats + "', (select id from wijk where naam = '" + wijk + "'), now()) returning id");
    }

    public long lid(long h, String geboortedatum) throws SQLException {
        long bsn = BSN.incrementAndGet();
        return id("insert into gezinslid (huishouden_id, volgnummer, voornaam, achternaam, geboortedatum, bsn) values (" + h
                + ", (select count(*) + 1 from gezinslid where huishouden_id = " + h + "), 'Lid', 'Test', date '" + geboortedatum + "', '"
                + bsn + "') returning id");
    }

    public long casus(long h) throws SQLException {
        return casus(h, null, 1, false);
    }

    public long casus(long h, String regisseur, int leefgebieden, boolean plan) throws SQLException {
        long c = id("insert into casus (version, huishouden_id, team_id, status, episode, regisseur, ave_niveau, regie_bij, geopend_op, geopend_door) "
                + "values (1, " + h + ", (select w.team_id from huishouden x join wijk w on w.id = x.wijk_id where x.id = " + h + "), "
                + "'IN_UITVOERING', 1, " + (regisseur == null ? "null" : "'" + regisseur + "'")
                + ", 2, 'WIJKTEAM', timestamptz '2025-06-01 10:00+02', 'test') returning id");
        String[] codes = {"financien", "opvoeding"};
        for (int i = 0; i < leefgebieden; i++) {
            voerUit("insert into analyse_leefgebied (casus_id, leefgebied_code, score, verklaring) values (" + c + ", '" + codes[i] + "', 2, 'x')");
        }
        if (plan) {
            voerUit("insert into doel (casus_id, leefgebied_code, omschrijving, volgorde) values (" + c + ", 'financien', 'doel', 1)");
        }
        return c;
    }

    public void melding(long h, String soort, String onderwerp, String datum, String status, String afgehandeld) throws SQLException {
        String voorziening = soort.equals("voorziening") ? "(select id from voorziening where naam = '" + onderwerp + "')" : "null";
        String leefgebied = soort.equals("leefgebied") ? "'" + onderwerp + "'" : "null";
        voerUit("insert into melding (version, huishouden_id, verwijzer_id, hulpvraag, voorziening_id, leefgebied_code, status, meldingsdatum, "
                + "afgehandeld_op, geregistreerd_door, geregistreerd_op) values (1, " + h + ", (select id from verwijzer where naam = 'Huisarts'), "
                + "'vraag', " + voorziening + ", " + leefgebied + ", '" + status + "', date '" + datum + "', "
                + (afgehandeld == null ? "null" : "date '" + afgehandeld + "'") + ", 'test', now())");
    }

    /** A referral with its step dates; its status follows from the last step taken. */
    public long verwijzing(long casus, long client, String voorziening, String verwijzer, String aanbieder, String aangevraagd,
                           String besluit, String gestart, String beeindigd) throws SQLException {
        String status = beeindigd != null ? "BEEINDIGD" : gestart != null ? "GESTART" : besluit != null ? "TOEGEKEND" : "AANGEVRAAGD";
        return id("insert into verwijzing (version, casus_id, client_id, voorziening_id, aanbieder_id, contractsoort, verwijzer_id, status, "
                + "meldingsdatum, aangevraagd_op, besluit_op, gestart_op, beeindigd_op, aangemaakt_door, aangemaakt_op) values (1, " + casus + ", "
                + client + ", (select id from voorziening where naam = '" + voorziening + "'), "
                + (aanbieder == null ? "null, null" : "(select id from aanbieder where naam = '" + aanbieder + "'), 'RAAMCONTRACT'")
                + ", (select id from verwijzer where naam = '" + verwijzer + "'), '" + status + "', " + datum(aangevraagd) + ", "
                + datum(aangevraagd) + ", " + datum(besluit) + ", " + datum(gestart) + ", " + datum(beeindigd) + ", 'test', now()) returning id");
    }

    private String datum(String d) {
        return d == null ? "null" : "date '" + d + "'";
    }

    public long id(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    public void voerUit(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
