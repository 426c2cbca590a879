package nl.sociaaldossier.migratie;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.logboek.Pseudoniemen;

/**
 * What an earlier import of the same source made of the records of a block (table
 * import_herkomst): the ids they got, and for a household the hash of its record then.
 */
final class Herkomst {

    /** A household imported before: its id, the hash of its record then, and the ids its parts got (by kind and source id). */
    record Eerder(long id, String inhoud, Map<String, Map<String, Long>> ids) {
    }

    private static final jakarta.json.JsonReaderFactory LEZERS = Json.createReaderFactory(Map.of());
    private final Map<String, Eerder> eerder;

    private Herkomst(Map<String, Eerder> eerder) {
        this.eerder = eerder;
    }

    static Herkomst lees(Connection con, String bron, List<Huishoudrecord> blok) throws SQLException {
        Map<String, Eerder> eerder = new HashMap<>();
        try (PreparedStatement st = con.prepareStatement(
                "select bron_id, huishouden_id, inhoud, ids::text from import_herkomst where bron = ? and bron_id = any(?)")) {
            st.setString(1, bron);
            st.setArray(2, con.createArrayOf("varchar", blok.stream().map(Huishoudrecord::bronId).toArray()));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    eerder.put(rs.getString(1), new Eerder(rs.getLong(2), rs.getString(3), ids(rs.getString(4))));
                }
            }
        }
        return new Herkomst(eerder);
    }

    private static Map<String, Map<String, Long>> ids(String json) {
        Map<String, Map<String, Long>> ids = new HashMap<>();
        try (JsonReader r = LEZERS.createReader(new StringReader(json))) {
            r.readObject().forEach((soort, perId) -> {
                Map<String, Long> m = new HashMap<>();
                perId.asJsonObject().forEach((bronId, id) -> m.put(bronId, ((JsonNumber) id).longValue()));
                ids.put(soort, m);
            });
        }
        return ids;
    }

    Eerder huishouden(String bronId) {
        return eerder.get(bronId);
    }

    /** The id an earlier import gave this part of the household, or null. */
    Long id(String huishoudenBronId, String soort, String bronId) {
        Eerder e = eerder.get(huishoudenBronId);
        return e == null ? null : e.ids().getOrDefault(soort, Map.of()).get(bronId);
    }

    /**
     * The households of an earlier import that were worked on in Sociaal Dossier since (a change,
     * a melding, the retention term: the Logboek says so), with the reason they cannot be replaced.
     */
    Map<Long, String> sindsdienBewerkt(Connection con, Collection<Long> huishoudens, Pseudoniemen pseudoniemen) throws SQLException {
        Map<Long, String> bewerkt = new HashMap<>();
        if (huishoudens.isEmpty()) {
            return bewerkt;
        }
        Long[] ids = huishoudens.toArray(Long[]::new);
        String[] pseudoniem = huishoudens.stream().map(pseudoniemen::huishouden).toArray(String[]::new);
        try (PreparedStatement st = con.prepareStatement("""
                select k.id, bool_or(h.geanonimiseerd_op is not null)
                from unnest(?::bigint[], ?::text[]) as k(id, pseudoniem)
                join huishouden h on h.id = k.id
                join import_herkomst i on i.huishouden_id = k.id
                where h.geanonimiseerd_op is not null
                   or exists (select 1 from logboek l where l.betrokkene_id = k.pseudoniem and l.start_tijd > i.geimporteerd_op
                              and l.status = 'OK'
                              and l.activiteit in ('DOSSIER_WIJZIGEN', 'MELDING_REGISTREREN', 'MELDING_AFHANDELEN', 'BEWAARTERMIJN'))
                group by k.id""")) {
            st.setArray(1, con.createArrayOf("bigint", ids));
            st.setArray(2, con.createArrayOf("text", pseudoniem));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    bewerkt.put(rs.getLong(1), rs.getBoolean(2)
                            ? "dit huishouden is na de bewaartermijn geanonimiseerd en wordt niet opnieuw overgenomen"
                            : "dit huishouden is sinds de vorige import in Sociaal Dossier bijgewerkt: corrigeer het daar, niet met een nieuwe import");
                }
            }
        }
        return bewerkt;
    }
}
