package nl.sociaaldossier.migratie;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.logboek.Betrokkene;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.migratie.Huishoudrecord.Actie;
import nl.sociaaldossier.migratie.Huishoudrecord.Analyse;
import nl.sociaaldossier.migratie.Huishoudrecord.Ave;
import nl.sociaaldossier.migratie.Huishoudrecord.Casus;
import nl.sociaaldossier.migratie.Huishoudrecord.Doel;
import nl.sociaaldossier.migratie.Huishoudrecord.Lid;
import nl.sociaaldossier.migratie.Huishoudrecord.Melding;
import nl.sociaaldossier.migratie.Huishoudrecord.Planversie;
import nl.sociaaldossier.migratie.Huishoudrecord.Stap;
import nl.sociaaldossier.migratie.Huishoudrecord.Verslag;
import nl.sociaaldossier.migratie.Huishoudrecord.Verwijzing;
import org.postgresql.copy.CopyManager;

/**
 * Writes a block of checked households with COPY, table by table in the order of their foreign
 * keys. Households, members, meldingen, casussen and referrals keep the ids an earlier import gave
 * them (import_herkomst); new ones get theirs from the tables' own sequences, so the screens'
 * inserts never collide with them.
 */
final class Schrijver {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** The tables and their columns, in the order they are written. */
    private static final Map<String, String> TABELLEN = new LinkedHashMap<>();

    static {
        TABELLEN.put("huishouden", "id, version, straat, huisnummer, postcode, woonplaats, wijk_id, aangemaakt_op");
        TABELLEN.put("gezinslid", "id, huishouden_id, volgnummer, voornaam, achternaam, geboortedatum, bsn");
        TABELLEN.put("casus", "id, version, huishouden_id, team_id, status, episode, regisseur, procesmanager, ave_niveau, regie_bij,"
                + " veiligheidsrisico, veiligheid_toelichting, geopend_op, geopend_door, afgesloten_op, afsluitreden, planversie, volgende_evaluatie");
        TABELLEN.put("melding", "id, version, huishouden_id, verwijzer_id, hulpvraag, voorziening_id, leefgebied_code, status, meldingsdatum,"
                + " geregistreerd_door, geregistreerd_op, casus_id, afhandeling_toelichting, afgehandeld_op");
        TABELLEN.put("analyse_leefgebied", "casus_id, leefgebied_code, score, verklaring");
        TABELLEN.put("ave_wijziging", "casus_id, van, naar, regie_bij, reden, door, op");
        TABELLEN.put("plan_wijziging", "casus_id, versie, omschrijving, door, op");
        TABELLEN.put("doel", "id, casus_id, leefgebied_code, omschrijving, uitkomst, volgorde");
        TABELLEN.put("actie", "doel_id, omschrijving, eigenaar, deadline, afgerond_op");
        TABELLEN.put("verslag", "casus_id, soort, datum, tekst, door, op");
        TABELLEN.put("casus_gebeurtenis", "casus_id, episode, omschrijving, door, op");
        TABELLEN.put("verwijzing", "id, version, casus_id, client_id, voorziening_id, aanbieder_id, contractsoort, verwijzer_id, doorbraak,"
                + " status, meldingsdatum, aangevraagd_op, onderzoek_afgerond_op, besluit_op, gestart_op, beeindigd_op, ingetrokken_op,"
                + " opgeschort_vanaf, opgeschorte_dagen, verlengd_dagen, toelichting, aangemaakt_door, aangemaakt_op, vorm");
        TABELLEN.put("verwijzing_stap", "verwijzing_id, gebeurtenis, datum, dagen, toelichting, door, geregistreerd_op");
        TABELLEN.put("import_herkomst", "bron, bron_id, huishouden_id, inhoud, ids, geimporteerd_op");
    }

    /** Made once: every Json.createObjectBuilder() looks the provider up again, which costs more than the building. */
    private static final jakarta.json.JsonBuilderFactory JSON = jakarta.json.Json.createBuilderFactory(Map.of());
    private final Connection con;
    private final CopyManager copy;
    private final String bron;
    private final Instant nu;
    private final Map<String, StringBuilder> rijen = new HashMap<>();
    private final Map<Long, Long> versies = new HashMap<>();

    Schrijver(Connection con, CopyManager copy, String bron, Instant nu) {
        this.con = con;
        this.copy = copy;
        this.bron = bron;
        this.nu = nu;
    }

    /** Removes what an earlier import wrote for these households (checked: nobody worked on them since). */
    void verwijder(Collection<Long> huishoudens) throws SQLException {
        if (huishoudens.isEmpty()) {
            return;
        }
        try (PreparedStatement st = con.prepareStatement("""
                select h.id, h.version from huishouden h where h.id = any(?)
                union all select -c.id, c.version from casus c where c.huishouden_id = any(?)""")) {
            java.sql.Array ids = con.createArrayOf("bigint", huishoudens.toArray());
            st.setArray(1, ids);
            st.setArray(2, ids);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    versies.put(rs.getLong(1), rs.getLong(2)); // casussen under their negative id
                }
            }
        }
        String casussen = "(select id from casus where huishouden_id = any(?))";
        for (String sql : List.of(
                "delete from verwijzing_stap where verwijzing_id in (select id from verwijzing where casus_id in " + casussen + ")",
                "delete from verwijzing where casus_id in " + casussen,
                "delete from actie where doel_id in (select id from doel where casus_id in " + casussen + ")",
                "delete from doel where casus_id in " + casussen,
                "delete from plan_wijziging where casus_id in " + casussen,
                "delete from ave_wijziging where casus_id in " + casussen,
                "delete from analyse_leefgebied where casus_id in " + casussen,
                "delete from verslag where casus_id in " + casussen,
                "delete from casus_gebeurtenis where casus_id in " + casussen,
                "delete from melding where huishouden_id = any(?)",
                "delete from casus where huishouden_id = any(?)",
                "delete from import_herkomst where huishouden_id = any(?)",
                "delete from gezinslid where huishouden_id = any(?)",
                "delete from huishouden where id = any(?)")) {
            try (PreparedStatement st = con.prepareStatement(sql)) {
                st.setArray(1, con.createArrayOf("bigint", huishoudens.toArray()));
                st.executeUpdate();
            }
        }
    }

    /** Writes the households; returns their data subjects for the Logboek. */
    List<Betrokkene> schrijf(List<Huishoudrecord> huishoudens, Herkomst herkomst, Pseudoniemen pseudoniemen) throws SQLException {
        Ids ids = new Ids(huishoudens, herkomst);
        List<Betrokkene> betrokkenen = new ArrayList<>();
        LocalDate vanaf = LocalDate.MAX;
        for (Huishoudrecord h : huishoudens) {
            vanaf = min(vanaf, h);
            Long eerder = herkomst.huishouden(h.bronId()) == null ? null : herkomst.huishouden(h.bronId()).id();
            long hid = eerder != null ? eerder : ids.nieuw("huishouden");
            ids.huishouden(h.bronId());
            rij("huishouden", hid, versie(hid), h.straat(), h.huisnummer(), h.postcode(), h.woonplaats(), h.wijkId(), h.aangemaaktOp());
            Map<String, Long> leden = new HashMap<>();
            for (Lid l : h.leden()) {
                long id = ids.of("gezinslid", l.bronId());
                leden.put(l.bronId(), id);
                rij("gezinslid", id, hid, l.volgnummer(), l.voornaam(), l.achternaam(), l.geboortedatum(), l.bsn());
            }
            Map<String, Long> casussen = new HashMap<>();
            for (Casus c : h.casussen()) {
                long cid = ids.of("casus", c.bronId());
                casussen.put(c.bronId(), cid);
                casus(c, cid, hid, leden, ids);
            }
            for (Melding m : h.meldingen()) {
                long id = ids.of("melding", m.bronId());
                rij("melding", id, 0, hid, m.verwijzerId(), m.hulpvraag(), m.voorzieningId(), m.leefgebied(), m.status(), m.meldingsdatum(),
                        m.door(), m.op() != null ? m.op() : m.meldingsdatum().atStartOfDay(NL).toInstant(),
                        m.casusBronId() == null ? null : casussen.get(m.casusBronId()), m.toelichting(), m.afgehandeldOp());
            }
            rij("import_herkomst", bron, h.bronId(), hid, h.inhoud(), ids.json(), nu);
            betrokkenen.add(pseudoniemen.van(hid, h.leden().stream().map(Lid::bsn).toList(), "huishouden:" + hid));
        }
        // the indicator triggers take this block's earliest date instead of working it out per row (migration V16)
        try (PreparedStatement st = con.prepareStatement("select set_config('sd.indicatoren_vanaf', ?, true)")) {
            st.setString(1, vanaf.toString());
            st.execute();
        }
        for (String tabel : TABELLEN.keySet()) {
            StringBuilder tekst = rijen.get(tabel);
            if (tekst != null && !tekst.isEmpty()) {
                try {
                    copy.copyIn("copy " + tabel + " (" + TABELLEN.get(tabel) + ") from stdin", new StringReader(tekst.toString()));
                } catch (IOException e) {
                    throw new SQLException("COPY " + tabel + " failed", e);
                }
            }
        }
        try (PreparedStatement st = con.prepareStatement("select set_config('sd.indicatoren_vanaf', '', true)")) {
            st.execute();
        }
        return betrokkenen;
    }

    /** The earliest date of a household that an indicator counts by. */
    private static LocalDate min(LocalDate vanaf, Huishoudrecord h) {
        LocalDate m = vanaf;
        for (Melding melding : h.meldingen()) {
            m = eerste(m, melding.meldingsdatum());
        }
        for (Casus c : h.casussen()) {
            m = eerste(m, LocalDate.ofInstant(c.geopendOp(), NL));
            for (Verwijzing v : c.verwijzingen()) {
                m = eerste(m, v.meldingsdatum());
                for (Stap s : v.stappen()) {
                    m = eerste(m, s.datum());
                }
            }
        }
        return m;
    }

    private static LocalDate eerste(LocalDate a, LocalDate b) {
        return b != null && b.isBefore(a) ? b : a;
    }

    private void casus(Casus c, long cid, long hid, Map<String, Long> leden, Ids ids) {
        rij("casus", cid, versie(-cid), hid, c.teamId(), c.status(), c.episode(), c.regisseur(), c.procesmanager(), c.aveNiveau(),
                c.regieBij(), c.veiligheidsrisico(), c.veiligheidToelichting(), c.geopendOp(), c.geopendDoor(), c.afgeslotenOp(),
                c.afsluitreden(), c.planversie(), c.volgendeEvaluatie());
        for (Analyse a : c.analyse()) {
            rij("analyse_leefgebied", cid, a.leefgebied(), a.score(), a.verklaring());
        }
        if (c.ave().isEmpty()) {
            rij("ave_wijziging", cid, null, c.aveNiveau(), c.regieBij(), "Start van de casus (overgenomen)", c.geopendDoor(), c.geopendOp());
        }
        for (Ave a : c.ave()) {
            rij("ave_wijziging", cid, a.van(), a.naar(), a.regieBij(), a.reden(), a.door(), a.op());
        }
        for (Planversie p : c.planversies()) {
            rij("plan_wijziging", cid, p.versie(), p.omschrijving(), p.door(), p.op());
        }
        int volgorde = 0;
        for (Doel d : c.doelen()) {
            long did = ids.nieuw("doel");
            rij("doel", did, cid, d.leefgebied(), d.omschrijving(), d.uitkomst(), ++volgorde);
            for (Actie a : d.acties()) {
                rij("actie", did, a.omschrijving(), a.eigenaar(), a.deadline(), a.afgerondOp());
            }
        }
        for (Verslag v : c.verslagen()) {
            rij("verslag", cid, v.soort(), v.datum(), v.tekst(), v.door(), v.op() != null ? v.op() : v.datum().atStartOfDay(NL).toInstant());
        }
        rij("casus_gebeurtenis", cid, c.episode(), "Overgenomen uit " + bron + " (casus " + c.bronId() + ")", "migratie", nu);
        for (Verwijzing v : c.verwijzingen()) {
            long vid = ids.of("verwijzing", v.bronId());
            rij("verwijzing", vid, 0, cid, leden.get(v.clientBronId()), v.voorzieningId(), v.aanbiederId(), v.contractsoort(), v.verwijzerId(),
                    v.doorbraak(), v.status(), v.meldingsdatum(), v.aangevraagdOp(), v.onderzoekAfgerondOp(), v.besluitOp(), v.gestartOp(),
                    v.beeindigdOp(), v.ingetrokkenOp(), v.opgeschortVanaf(), v.opgeschorteDagen(), v.verlengdDagen(), v.toelichting(), v.door(),
                    v.op() != null ? v.op() : v.aangevraagdOp().atStartOfDay(NL).toInstant(), v.vorm());
            for (Stap s : v.stappen()) {
                rij("verwijzing_stap", vid, s.gebeurtenis(), s.datum(), s.dagen(), s.toelichting(), s.door(), nu);
            }
        }
    }

    /** A replaced row gets the version after the one it had, so a screen still holding the old one sees the change. */
    private long versie(long sleutel) {
        Long oud = versies.get(sleutel);
        return oud == null ? 0 : oud + 1;
    }

    private void rij(String tabel, Object... waarden) {
        StringBuilder b = rijen.computeIfAbsent(tabel, t -> new StringBuilder(1 << 16));
        for (int i = 0; i < waarden.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            Object w = waarden[i];
            if (w == null) {
                b.append("\\N");
            } else if (w instanceof Boolean waar) {
                b.append(waar ? 't' : 'f');
            } else if (w instanceof String s) {
                ontsnap(b, s);
            } else {
                b.append(w); // numbers, LocalDate (yyyy-mm-dd) and Instant (ISO 8601 UTC) as PostgreSQL reads them
            }
        }
        b.append('\n');
    }

    private static void ontsnap(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
    }

    /** The ids of a block: an earlier import's where there is one, else fresh ones from the table's sequence. */
    private final class Ids {
        private final Herkomst herkomst;
        private final Map<String, Deque<Long>> vrij = new HashMap<>();
        private String huishouden;
        private final Map<String, Map<String, Long>> gegeven = new LinkedHashMap<>();

        Ids(List<Huishoudrecord> huishoudens, Herkomst herkomst) throws SQLException {
            this.herkomst = herkomst;
            Map<String, Integer> nodig = new HashMap<>();
            for (Huishoudrecord h : huishoudens) {
                if (herkomst.huishouden(h.bronId()) == null) {
                    nodig.merge("huishouden", 1, Integer::sum);
                }
                h.leden().forEach(l -> tel(nodig, h, "gezinslid", l.bronId()));
                h.meldingen().forEach(m -> tel(nodig, h, "melding", m.bronId()));
                for (Casus c : h.casussen()) {
                    tel(nodig, h, "casus", c.bronId());
                    c.verwijzingen().forEach(v -> tel(nodig, h, "verwijzing", v.bronId()));
                    nodig.merge("doel", c.doelen().size(), Integer::sum);
                }
            }
            for (Map.Entry<String, Integer> e : nodig.entrySet()) {
                Deque<Long> lijst = new ArrayDeque<>(e.getValue());
                try (PreparedStatement st = con.prepareStatement("select nextval(cast(? as regclass)) from generate_series(1, ?)")) {
                    st.setString(1, e.getKey() + "_id_seq");
                    st.setInt(2, e.getValue());
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            lijst.add(rs.getLong(1));
                        }
                    }
                }
                vrij.put(e.getKey(), lijst);
            }
        }

        private void tel(Map<String, Integer> nodig, Huishoudrecord h, String soort, String bronId) {
            if (herkomst.id(h.bronId(), soort, bronId) == null) {
                nodig.merge(soort, 1, Integer::sum);
            }
        }

        /** From now on the parts are of this household. */
        void huishouden(String bronId) {
            huishouden = bronId;
            gegeven.clear();
        }

        long of(String soort, String bronId) {
            Long eerder = herkomst.id(huishouden, soort, bronId);
            long id = eerder != null ? eerder : nieuw(soort);
            gegeven.computeIfAbsent(soort, k -> new LinkedHashMap<>()).put(bronId, id);
            return id;
        }

        long nieuw(String soort) {
            return vrij.get(soort).pop();
        }

        /** The ids given to the current household's parts, as import_herkomst keeps them. */
        String json() {
            jakarta.json.JsonObjectBuilder b = JSON.createObjectBuilder();
            gegeven.forEach((soort, ids) -> {
                jakarta.json.JsonObjectBuilder s = JSON.createObjectBuilder();
                ids.forEach(s::add);
                b.add(soort, s);
            });
            return b.build().toString();
        }
    }
}
