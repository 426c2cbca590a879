package nl.sociaaldossier.indicators.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes registration indicators in the database, set-based: each {@link Definitie} gives the
 * facts, this counts them distinct per cell and in total in one statement (grouping sets), or
 * lists the casussen behind a cell for the drill-down. The edge cases are in {@link Afleidingen}.
 * Suppression of small numbers is applied on top, by {@link Onderdrukking}.
 */
public final class Rollup {

    /**
     * One cell of a breakdown: its keys (voorziening, verwijzer, wet, ...), its count and its cell key
     * (the records' keys summed, {@link Celsleutel}): the same set of records always has the same key.
     */
    public record Cel(String sleutel, String subsleutel, long aantal, long celsleutel) {

        public Cel(String sleutel, String subsleutel, long aantal) {
            this(sleutel, subsleutel, aantal, 0);
        }
    }

    /** The cells of a breakdown (empty for a single figure), the distinct total and its cell key. */
    public record Uitkomst(List<Cel> cellen, long totaal, long totaalsleutel) {

        public Uitkomst(List<Cel> cellen, long totaal) {
            this(cellen, totaal, 0);
        }
    }

    private final Connection verbinding;
    private final long zaad;

    public Rollup(Connection verbinding) {
        this(verbinding, Celsleutel.STANDAARD_ZAAD);
    }

    /** @param zaad the secret from which every record's key is derived ({@link Celsleutel}) */
    public Rollup(Connection verbinding, long zaad) {
        this.verbinding = Objects.requireNonNull(verbinding);
        this.zaad = zaad;
    }

    /**
     * Several indicators for one period and filter, with the same figures as {@link #bereken(Definitie,
     * Periode, Filter)} for each: single figures that share their step are counted in one pass.
     */
    public Map<String, Uitkomst> bereken(List<Definitie> definities, Periode periode, Filter filter) throws SQLException {
        Map<String, Uitkomst> uitkomsten = new LinkedHashMap<>();
        for (List<Definitie> statement : statements(definities)) {
            uitkomsten.putAll(berekenStatement(statement, periode, filter));
        }
        return uitkomsten;
    }

    /** The statements that count the definitions: one per group of single figures with the same step, one for each other. */
    static List<List<Definitie>> statements(List<Definitie> definities) {
        List<List<Definitie>> statements = new ArrayList<>();
        Map<String, List<Definitie>> perStap = new LinkedHashMap<>();
        for (Definitie d : definities) {
            if (d.enkel() == null) {
                statements.add(List.of(d));
            } else {
                perStap.computeIfAbsent(d.enkel().stap(), k -> new ArrayList<>()).add(d);
            }
        }
        statements.addAll(perStap.values());
        // the broad ones (goal 4, Zorg, the groups) come last in the doelenboom: start with them, so that
        // connections working through the list side by side finish close together
        Collections.reverse(statements);
        return statements;
    }

    /** Runs one statement of {@link #statements}. */
    Map<String, Uitkomst> berekenStatement(List<Definitie> statement, Periode periode, Filter filter) throws SQLException {
        if (statement.size() == 1) {
            return Map.of(statement.get(0).id(), bereken(statement.get(0), periode, filter));
        }
        Map<String, Uitkomst> uitkomsten = new HashMap<>();
        try (PreparedStatement s = bereid(Afleidingen.samen(statement), parameters(periode, filter, null, null)); ResultSet r = s.executeQuery()) {
            r.next();
            for (int i = 0; i < statement.size(); i++) {
                uitkomsten.put(statement.get(i).id(), new Uitkomst(List.of(), r.getLong(2 * i + 1), r.getLong(2 * i + 2)));
            }
        }
        return uitkomsten;
    }

    /** One indicator: its cells and total, counted by the database. */
    public Uitkomst bereken(Definitie definitie, Periode periode, Filter filter) throws SQLException {
        String sql = telling(definitie);
        List<Cel> cellen = new ArrayList<>();
        long totaal = 0;
        long totaalsleutel = 0;
        try (PreparedStatement s = bereid(sql, parameters(periode, filter, null, null)); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (r.getBoolean(4)) {
                    totaal = r.getLong(3);
                    totaalsleutel = r.getLong(5);
                } else {
                    cellen.add(new Cel(r.getString(1), r.getString(2), r.getLong(3), r.getLong(5)));
                }
            }
        }
        return new Uitkomst(cellen, totaal, totaalsleutel);
    }

    /** The query plan with its real timings (for the benchmark). */
    public List<String> verklaar(Definitie definitie, Periode periode, Filter filter) throws SQLException {
        String sql = telling(definitie);
        List<String> plan = new ArrayList<>();
        try (PreparedStatement s = bereid("explain (analyze) " + sql, parameters(periode, filter, null, null));
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                plan.add(r.getString(1));
            }
        }
        return plan;
    }

    /** The count of one indicator: distinct per cell and in total, each with its cell key. */
    public static String telling(Definitie definitie) {
        return definitie.heeftUitsplitsing()
                ? "select k1, k2, " + definitie.teller("x") + ", grouping(k1, k2) <> 0, " + definitie.celsleutel("x") + " from (\n"
                        + definitie.feiten() + "\n) f group by grouping sets ((k1, k2), ()) order by 4, 1, 2"
                : "select null, null, " + definitie.teller("x") + ", true, " + definitie.celsleutel("x") + " from (\n"
                        + definitie.feiten() + "\n) f";
    }

    /**
     * The count of one indicator per wijk: each row the wijk, k1, k2, whether it is the wijk's total,
     * the count and the cell key, cells in the order of {@link #telling}; the same numbers as it gives
     * filtered on that wijk. Facts without a wijk (contracts) come as one row with wijk null.
     */
    static String tellingPerWijk(Definitie definitie) {
        return definitie.heeftUitsplitsing()
                ? "select wijk, k1, k2, grouping(k1, k2) <> 0, " + definitie.teller("x") + ", " + definitie.celsleutel("x")
                        + " from (\n" + definitie.feiten() + "\n) f group by grouping sets ((wijk, k1, k2), (wijk)) order by 1, 4, 2, 3"
                : "select wijk, null, null, true, " + definitie.teller("x") + ", " + definitie.celsleutel("x")
                        + " from (\n" + definitie.feiten() + "\n) f group by wijk";
    }

    /**
     * One statement of {@link #statements} for every wijk at once ({@code new Filter(wijk, null)}; facts
     * without a wijk, contracts, under {@link Filter#ALLES}). A wijk without facts is left out: its
     * figures are 0. Everything counted lies in one wijk ({@link Afleidingen}), so a team's and the
     * whole municipality's figures are the sums of their wijken's, cell keys included ({@link Celsleutel}).
     */
    public Map<Filter, Map<String, Uitkomst>> perWijk(List<Definitie> statement, Periode periode) throws SQLException {
        Map<Filter, Map<String, List<Cel>>> cellen = new HashMap<>();
        Map<Filter, Map<String, Uitkomst>> uitkomsten = new HashMap<>();
        boolean samen = statement.size() > 1;
        String sql = samen ? Afleidingen.samen(statement, true) : tellingPerWijk(statement.get(0));
        try (PreparedStatement s = bereid(sql, parameters(periode, Filter.ALLES, null, null)); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long wijk = r.getLong(1);
                Filter filter = r.wasNull() ? Filter.ALLES : new Filter(wijk, null);
                Map<String, Uitkomst> perIndicator = uitkomsten.computeIfAbsent(filter, f -> new HashMap<>());
                if (samen) {
                    for (int i = 0; i < statement.size(); i++) {
                        perIndicator.put(statement.get(i).id(), new Uitkomst(List.of(), r.getLong(2 * i + 2), r.getLong(2 * i + 3)));
                    }
                } else if (r.getBoolean(4)) {
                    perIndicator.put(statement.get(0).id(), new Uitkomst(List.of(), r.getLong(5), r.getLong(6)));
                } else {
                    cellen.computeIfAbsent(filter, f -> new HashMap<>()).computeIfAbsent(statement.get(0).id(), k -> new ArrayList<>())
                            .add(new Cel(r.getString(2), r.getString(3), r.getLong(5), r.getLong(6)));
                }
            }
        }
        cellen.forEach((filter, perIndicator) -> perIndicator.forEach((id, c) -> {
            Uitkomst totaal = uitkomsten.get(filter).get(id);
            uitkomsten.get(filter).put(id, new Uitkomst(List.copyOf(c), totaal.totaal(), totaal.totaalsleutel()));
        }));
        return uitkomsten;
    }

    /** The casussen behind a cell (keys null: behind the total). */
    public List<Long> casussen(Definitie definitie, Periode periode, Filter filter, String sleutel, String subsleutel)
            throws SQLException {
        String sql = "select distinct casus_id from (\n" + definitie.feiten() + "\n) f where casus_id is not null"
                + " and (cast(:k1 as text) is null or k1 = :k1) and (cast(:k2 as text) is null or k2 = :k2) order by 1";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = bereid(sql, parameters(periode, filter, sleutel, subsleutel)); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private Map<String, Object> parameters(Periode periode, Filter filter, String k1, String k2) {
        Map<String, Object> p = new HashMap<>();
        p.put("van", periode.van());
        p.put("tot", periode.tot());
        p.put("peildatum", periode.peildatum());
        p.put("wijk", filter.wijk());
        p.put("team", filter.team());
        p.put("k1", k1);
        p.put("k2", k2);
        p.put("zaad", zaad);
        return p;
    }

    private static final Pattern VOORZIENINGEN = Pattern.compile("\\{\\{(.+?)}}", Pattern.DOTALL);

    /** Per predicate on voorziening, the ids it selects (reference data: read once per rollup). */
    private final Map<String, String> voorzieningIds = new HashMap<>();

    /** Replaces each {{predicate}} by "r.voorziening_id in (ids)" ({@link Afleidingen#voorzieningen}). */
    private String metVoorzieningen(String sql) throws SQLException {
        Matcher m = VOORZIENINGEN.matcher(sql);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            String ids = voorzieningIds.get(m.group(1));
            if (ids == null) {
                try (PreparedStatement s = verbinding.prepareStatement(
                        "select coalesce(string_agg(cast(vz.id as text), ', ' order by vz.id), '-1') from voorziening vz where " + m.group(1));
                     ResultSet r = s.executeQuery()) {
                    r.next();
                    ids = r.getString(1);
                }
                voorzieningIds.put(m.group(1), ids);
            }
            m.appendReplacement(uit, Matcher.quoteReplacement("r.voorziening_id in (" + ids + ")"));
        }
        m.appendTail(uit);
        return uit.toString();
    }

    /** Prepares a statement with :named parameters (outside quoted text), bound by their Java type. */
    private PreparedStatement bereid(String sqlMetVoorzieningen, Map<String, Object> waarden) throws SQLException {
        String sql = metVoorzieningen(sqlMetVoorzieningen);
        StringBuilder jdbc = new StringBuilder();
        List<String> namen = new ArrayList<>();
        boolean inTekst = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inTekst = !inTekst;
            }
            if (!inTekst && c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':')) {
                int eind = i + 1;
                while (eind < sql.length() && Character.isLetterOrDigit(sql.charAt(eind))) {
                    eind++;
                }
                namen.add(sql.substring(i + 1, eind));
                jdbc.append('?');
                i = eind - 1;
            } else {
                jdbc.append(c);
            }
        }
        PreparedStatement s = verbinding.prepareStatement(jdbc.toString());
        for (int i = 0; i < namen.size(); i++) {
            if (!waarden.containsKey(namen.get(i))) {
                throw new IllegalArgumentException("Onbekende parameter :" + namen.get(i));
            }
            Object waarde = waarden.get(namen.get(i));
            if (waarde instanceof LocalDate d) {
                s.setObject(i + 1, d);
            } else if (waarde instanceof Long l) {
                s.setLong(i + 1, l);
            } else if (waarde instanceof String t) {
                s.setString(i + 1, t);
            } else if (waarde == null) {
                s.setNull(i + 1, namen.get(i).startsWith("k") ? Types.VARCHAR : Types.BIGINT);
            } else {
                throw new IllegalArgumentException("Parameter :" + namen.get(i));
            }
        }
        return s;
    }
}
