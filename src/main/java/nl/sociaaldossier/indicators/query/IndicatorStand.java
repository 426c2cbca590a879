package nl.sociaaldossier.indicators.query;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registration indicators counted ahead, per period, wijk and team, and kept current by the
 * writes (V14): every change to a table the derivations read logs the earliest date it touches; a
 * refresh ({@link #ververs}) marks the periods ending on or after that date stale for that table and
 * recounts, per stale period, only the indicators that read it, in one snapshot. What it stores is
 * what {@link Rollup} gives for that period and filter, so reading it ({@link #lees}) gives the same
 * figures as counting again, without counting again. Only the periods of {@link #venster} with their
 * default peildatum are kept; other periods are counted directly.
 * <p>
 * One refresh runs at a time across all app instances (a PostgreSQL advisory lock); a refresh is
 * bounded in time and goes on where it stopped at the next one.
 */
public final class IndicatorStand {

    /** The years, quarters and months kept counted: enough for a five-period trend from the recent ones. */
    public static final int JAREN = 8;
    public static final int KWARTALEN = 12;
    public static final int MAANDEN = 24;

    /** The advisory lock of the refresh (any constant the app uses for nothing else). */
    private static final long SLOT = 0x534449_4e44L;

    /** What a read gives: the figures of the periods kept (current enough), and the oldest of their stands. */
    public record Gelezen(Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> perPeriode, Optional<Instant> stand) {

        public boolean heeft(Periode periode) {
            return perPeriode.containsKey(periode);
        }
    }

    /** What one refresh did. */
    public record Verversing(int wijzigingen, List<String> perioden, Duration duur) {
    }

    private IndicatorStand() {
    }

    /** The periods kept counted on that day: the last {@value #JAREN} years, {@value #KWARTALEN} quarters and {@value #MAANDEN} months. */
    public static List<Periode> venster(LocalDate vandaag) {
        List<Periode> venster = new ArrayList<>();
        for (int i = 0; i < JAREN; i++) {
            venster.add(Periode.jaar(vandaag.getYear() - i));
        }
        for (int i = 0; i < KWARTALEN; i++) {
            LocalDate dag = vandaag.minusMonths(3L * i);
            venster.add(Periode.kwartaal(dag.getYear(), (dag.getMonthValue() + 2) / 3));
        }
        for (int i = 0; i < MAANDEN; i++) {
            venster.add(Periode.maand(YearMonth.from(vandaag).minusMonths(i)));
        }
        return venster;
    }

    /** Whether a period can be read from what is kept: one of the window's kinds with its default peildatum. */
    static boolean bewaard(Periode periode, LocalDate vandaag) {
        return periode.peildatum().equals(periode.tot()) && venster(vandaag).stream()
                .anyMatch(p -> p.van().equals(periode.van()) && p.tot().equals(periode.tot()));
    }

    /**
     * One refresh, if no other instance is running one: takes in the logged changes, keeps the window
     * of that day, and recounts stale periods (years first, recent ones first) until {@code budget} has passed.
     * The connection is left in autocommit.
     */
    public static Optional<Verversing> ververs(Connection verbinding, long zaad, LocalDate vandaag, Duration budget) throws SQLException {
        long start = System.nanoTime();
        verbinding.setAutoCommit(true);
        if (!waar(verbinding, "select pg_try_advisory_lock(" + SLOT + ")")) {
            return Optional.empty();
        }
        try {
            int wijzigingen = neemWijzigingenIn(verbinding, vandaag);
            List<String> geteld = new ArrayList<>();
            for (Verouderd v : verouderd(verbinding)) {
                if (System.nanoTime() - start > budget.toNanos() && !geteld.isEmpty()) {
                    break;
                }
                tel(verbinding, zaad, v);
                geteld.add(Periode.label(v.van(), v.tot()) + (v.tabellen() == null ? "" : " " + v.tabellen()));
            }
            return Optional.of(new Verversing(wijzigingen, geteld, Duration.ofNanos(System.nanoTime() - start)));
        } finally {
            verbinding.setAutoCommit(true);
            waar(verbinding, "select pg_advisory_unlock(" + SLOT + ")");
        }
    }

    /** Keeps the window's periods and marks each kept period stale for the tables changed from a date on or before its end. */
    private static int neemWijzigingenIn(Connection verbinding, LocalDate vandaag) throws SQLException {
        verbinding.setAutoCommit(false);
        try (PreparedStatement weg = verbinding.prepareStatement(
                "delete from indicator_periode where not ((periode_van, periode_tot) in (select * from unnest(?, ?)))");
             PreparedStatement bij = verbinding.prepareStatement(
                     "insert into indicator_periode (periode_van, periode_tot) select * from unnest(?, ?) on conflict do nothing");
             Statement s = verbinding.createStatement()) {
            List<Periode> venster = venster(vandaag);
            Array van = datums(verbinding, venster.stream().map(Periode::van).toList());
            Array tot = datums(verbinding, venster.stream().map(Periode::tot).toList());
            weg.setArray(1, van);
            weg.setArray(2, tot);
            weg.executeUpdate();
            bij.setArray(1, van);
            bij.setArray(2, tot);
            bij.executeUpdate();
            int wijzigingen = s.executeUpdate("""
                    with w as (delete from indicator_wijziging returning tabel, vanaf, op)
                    insert into indicator_verouderd (periode_van, periode_tot, tabel, sinds)
                    select p.periode_van, p.periode_tot, w.tabel, min(w.op) from w
                    join indicator_periode p on p.periode_tot >= w.vanaf and p.berekend_op is not null
                    group by 1, 2, 3
                    on conflict (periode_van, periode_tot, tabel) do update set sinds = least(indicator_verouderd.sinds, excluded.sinds)""");
            verbinding.commit();
            return wijzigingen;
        } catch (SQLException | RuntimeException e) {
            verbinding.rollback();
            throw e;
        } finally {
            verbinding.setAutoCommit(true);
        }
    }

    /** A period to count: all of it (tabellen null: never counted) or the indicators reading those tables. */
    private record Verouderd(LocalDate van, LocalDate tot, Set<String> tabellen) {
    }

    private static List<Verouderd> verouderd(Connection verbinding) throws SQLException {
        List<Verouderd> verouderd = new ArrayList<>();
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery("""
                select p.periode_van, p.periode_tot, p.berekend_op is null, array_agg(v.tabel order by v.tabel) filter (where v.tabel is not null)
                from indicator_periode p left join indicator_verouderd v using (periode_van, periode_tot)
                group by p.periode_van, p.periode_tot, p.berekend_op
                having p.berekend_op is null or count(v.tabel) > 0
                order by p.berekend_op is null, p.periode_tot - p.periode_van desc, p.periode_tot desc""")) {
            while (r.next()) {
                verouderd.add(new Verouderd(r.getObject(1, LocalDate.class), r.getObject(2, LocalDate.class),
                        r.getBoolean(3) ? null : new LinkedHashSet<>(List.of((String[]) r.getArray(4).getArray()))));
            }
        }
        return verouderd;
    }

    /** Recounts one period in one snapshot (repeatable read): what is stored is the registration at one moment. */
    private static void tel(Connection verbinding, long zaad, Verouderd v) throws SQLException {
        Periode periode = new Periode(soort(v.van(), v.tot()), v.van(), v.tot(), null);
        List<Definitie> definities = Afleidingen.alle().stream()
                .filter(d -> v.tabellen() == null || d.leest().stream().anyMatch(v.tabellen()::contains)).toList();
        verbinding.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        verbinding.setAutoCommit(false);
        try {
            Rollup rollup = new Rollup(verbinding, zaad);
            Map<Filter, Map<String, Rollup.Uitkomst>> uitkomsten = new HashMap<>();
            for (List<Definitie> statement : Rollup.statements(definities)) {
                rollup.perWijk(statement, periode).forEach((f, m) -> uitkomsten.computeIfAbsent(f, k -> new HashMap<>()).putAll(m));
            }
            try (PreparedStatement weg = verbinding.prepareStatement(
                    "delete from indicator_cijfer where periode_van = ? and periode_tot = ? and indicator_id = any(?)")) {
                weg.setObject(1, v.van());
                weg.setObject(2, v.tot());
                weg.setArray(3, verbinding.createArrayOf("varchar", definities.stream().map(Definitie::id).toArray()));
                weg.executeUpdate();
            }
            try (PreparedStatement bij = verbinding.prepareStatement("""
                    insert into indicator_cijfer (periode_van, periode_tot, niveau, sleutel, indicator_id, k1, k2, totaal, aantal, celsleutel)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (var perFilter : uitkomsten.entrySet()) {
                    Filter f = perFilter.getKey();
                    String niveau = f.wijk() != null ? "W" : "A";
                    long sleutel = f.wijk() != null ? f.wijk() : 0;
                    for (var perIndicator : perFilter.getValue().entrySet()) {
                        Rollup.Uitkomst u = perIndicator.getValue();
                        for (Rollup.Cel c : u.cellen()) {
                            rij(bij, v, niveau, sleutel, perIndicator.getKey(), c.sleutel(), c.subsleutel(), false, c.aantal(), c.celsleutel());
                        }
                        rij(bij, v, niveau, sleutel, perIndicator.getKey(), null, null, true, u.totaal(), u.totaalsleutel());
                    }
                }
                bij.executeBatch();
            }
            try (PreparedStatement klaar = verbinding.prepareStatement(
                    "update indicator_periode set berekend_op = now() where periode_van = ? and periode_tot = ?");
                 PreparedStatement bij = verbinding.prepareStatement(
                         "delete from indicator_verouderd where periode_van = ? and periode_tot = ? and (? or tabel = any(?))")) {
                klaar.setObject(1, v.van());
                klaar.setObject(2, v.tot());
                klaar.executeUpdate();
                bij.setObject(1, v.van());
                bij.setObject(2, v.tot());
                bij.setBoolean(3, v.tabellen() == null);
                bij.setArray(4, verbinding.createArrayOf("varchar", v.tabellen() == null ? new Object[0] : v.tabellen().toArray()));
                bij.executeUpdate();
            }
            verbinding.commit();
        } catch (SQLException | RuntimeException e) {
            verbinding.rollback();
            throw e;
        } finally {
            verbinding.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            verbinding.setAutoCommit(true);
        }
    }

    private static void rij(PreparedStatement bij, Verouderd v, String niveau, long sleutel, String id, String k1, String k2,
                            boolean totaal, long aantal, long celsleutel) throws SQLException {
        bij.setObject(1, v.van());
        bij.setObject(2, v.tot());
        bij.setString(3, niveau);
        bij.setLong(4, sleutel);
        bij.setString(5, id);
        bij.setString(6, k1);
        bij.setString(7, k2);
        bij.setBoolean(8, totaal);
        bij.setLong(9, aantal);
        bij.setLong(10, celsleutel);
        bij.addBatch();
    }

    /**
     * The figures of those periods and filters as far as they are kept and current enough: counted,
     * and no change waiting longer than {@code achterstand} (zero: no change waiting at all). The
     * other periods are not in the answer: count them with {@link Rollup}.
     */
    public static Gelezen lees(Connection verbinding, List<Periode> perioden, List<Filter> filters, Duration achterstand,
                               Instant nu, LocalDate vandaag) throws SQLException {
        Map<Periode, Map<Filter, Map<String, Rollup.Uitkomst>>> perPeriode = new HashMap<>();
        Instant stand = null;
        for (Periode p : perioden) {
            if (!bewaard(p, vandaag)) {
                continue;
            }
            Optional<Instant> berekend = huidig(verbinding, p, achterstand, nu);
            if (berekend.isEmpty()) {
                continue;
            }
            stand = stand == null || berekend.get().isBefore(stand) ? berekend.get() : stand;
            Map<Filter, Map<String, Rollup.Uitkomst>> perFilter = new HashMap<>();
            for (Filter f : filters) {
                perFilter.put(f, lees(verbinding, p, f));
            }
            perPeriode.put(p, perFilter);
        }
        return new Gelezen(perPeriode, Optional.ofNullable(stand));
    }

    /** When the period was counted, if it was and no change waits longer than allowed. */
    private static Optional<Instant> huidig(Connection verbinding, Periode p, Duration achterstand, Instant nu) throws SQLException {
        try (PreparedStatement s = verbinding.prepareStatement("""
                select p.berekend_op,
                       least((select min(v.sinds) from indicator_verouderd v where v.periode_van = p.periode_van and v.periode_tot = p.periode_tot),
                             (select min(w.op) from indicator_wijziging w where w.vanaf <= p.periode_tot))
                from indicator_periode p where p.periode_van = ? and p.periode_tot = ? and p.berekend_op is not null""")) {
            s.setObject(1, p.van());
            s.setObject(2, p.tot());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Timestamp wachtSinds = r.getTimestamp(2);
                boolean teOud = wachtSinds != null && (achterstand.isZero()
                        || Duration.between(wachtSinds.toInstant(), nu).compareTo(achterstand) > 0);
                return teOud ? Optional.empty() : Optional.of(r.getTimestamp(1).toInstant());
            }
        }
    }

    /**
     * The kept figures of one period and filter, in the shape {@link Rollup} gives them: the sum of the
     * wijken in the filter (a wijk outside the chosen team has nothing in it).
     */
    private static Map<String, Rollup.Uitkomst> lees(Connection verbinding, Periode p, Filter f) throws SQLException {
        Map<String, List<Rollup.Cel>> cellen = new HashMap<>();
        Map<String, Rollup.Uitkomst> uitkomsten = new HashMap<>();
        try (PreparedStatement s = verbinding.prepareStatement("""
                select c.indicator_id, c.k1, c.k2, c.totaal, sum(c.aantal), sum(c.celsleutel) % 2147483648
                from indicator_cijfer c left join wijk w on c.niveau = 'W' and w.id = c.sleutel
                where c.periode_van = ? and c.periode_tot = ?
                  and (c.niveau = 'A' or (w.id is not null and (cast(? as bigint) is null or w.id = ?) and (cast(? as bigint) is null or w.team_id = ?)))
                group by c.indicator_id, c.totaal, c.k1, c.k2
                order by c.indicator_id, c.totaal, c.k1, c.k2""")) {
            s.setObject(1, p.van());
            s.setObject(2, p.tot());
            s.setObject(3, f.wijk(), java.sql.Types.BIGINT);
            s.setObject(4, f.wijk(), java.sql.Types.BIGINT);
            s.setObject(5, f.team(), java.sql.Types.BIGINT);
            s.setObject(6, f.team(), java.sql.Types.BIGINT);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    if (r.getBoolean(4)) {
                        uitkomsten.put(id, new Rollup.Uitkomst(List.copyOf(cellen.getOrDefault(id, List.of())), r.getLong(5), r.getLong(6)));
                    } else {
                        cellen.computeIfAbsent(id, k -> new ArrayList<>()).add(new Rollup.Cel(r.getString(2), r.getString(3), r.getLong(5), r.getLong(6)));
                    }
                }
            }
        }
        for (Definitie d : Afleidingen.alle()) {
            uitkomsten.putIfAbsent(d.id(), new Rollup.Uitkomst(List.of(), 0, 0));
        }
        return uitkomsten;
    }

    private static Periode.Soort soort(LocalDate van, LocalDate tot) {
        long maanden = YearMonth.from(van).until(YearMonth.from(tot), java.time.temporal.ChronoUnit.MONTHS) + 1;
        return maanden == 12 ? Periode.Soort.JAAR : maanden == 3 ? Periode.Soort.KWARTAAL : Periode.Soort.MAAND;
    }

    private static Array datums(Connection verbinding, List<LocalDate> datums) throws SQLException {
        return verbinding.createArrayOf("date", datums.stream().map(java.sql.Date::valueOf).toArray());
    }

    private static boolean waar(Connection verbinding, String sql) throws SQLException {
        try (Statement s = verbinding.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getBoolean(1);
        }
    }
}
