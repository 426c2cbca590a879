package nl.sociaaldossier.indicators.query;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one registration indicator derives from the registration: a query for its facts, rows of
 * (k1, k2, x, casus_id) where k1 and k2 are the breakdown (null when it has none), x is what is
 * counted (distinct) and casus_id the casus behind it for the drill-down (null when there is none).
 * The query may use the parameters :van, :tot, :peildatum, :wijk and :team.
 *
 * @param uitsplitsing the names of the breakdown columns, empty for a single figure
 * @param weergave     how the figure is shown: a count, a percentage of the first cell in the total, or an average of k1
 * @param uniek        whether the facts hold each counted thing once per cell (see {@link #alsUniek()})
 */
public record Definitie(String id, Eenheid eenheid, Weergave weergave, List<String> uitsplitsing, String feiten, Enkel enkel,
                        boolean uniek) {

    public enum Weergave { AANTAL, PERCENTAGE, GEMIDDELDE }

    /**
     * The parts of a single referral figure (no breakdown): what is counted, of which voorzieningen,
     * which step in the period, and any further condition. Figures with the same step can be
     * counted in one pass ({@link Afleidingen#samen}).
     */
    public record Enkel(String x, String voorziening, String stap, String voorwaarde) {
    }

    public Definitie(String id, Eenheid eenheid, Weergave weergave, List<String> uitsplitsing, String feiten) {
        this(id, eenheid, weergave, uitsplitsing, feiten, null, false);
    }

    public Definitie(String id, Eenheid eenheid, Weergave weergave, List<String> uitsplitsing, String feiten, Enkel enkel) {
        this(id, eenheid, weergave, uitsplitsing, feiten, enkel, false);
    }

    /**
     * The same definition whose facts hold each counted thing once per cell (a referral by its id,
     * or rows grouped by what they count): a plain count then gives the distinct count, cheaper.
     */
    Definitie alsUniek() {
        return new Definitie(id, eenheid, weergave, uitsplitsing, feiten, enkel, true);
    }

    /** The SQL aggregate that counts x: distinct unless the facts are unique already. */
    String teller(String x) {
        return uniek ? "count(" + x + ")" : "count(distinct " + x + ")";
    }

    /**
     * The SQL aggregate that gives the cell key of what x counts: the sum of each distinct record's
     * key, a keyed hash of the record (the secret :zaad), modulo 2^31 ({@link Celsleutel}).
     */
    String celsleutel(String x) {
        String sleutel = "(hashtextextended(cast(" + x + " as text), :zaad) & 2147483647)";
        return "coalesce(" + (uniek ? "sum(" : "sum(distinct ") + sleutel + "), 0) % 2147483648";
    }

    /** As {@link #celsleutel(String)}, for one figure among several in one statement. */
    String celsleutel(String x, String filter) {
        String sleutel = "(hashtextextended(cast(" + x + " as text), :zaad) & 2147483647)";
        return "coalesce(" + (uniek ? "sum(" : "sum(distinct ") + sleutel + ") filter (where " + filter + "), 0) % 2147483648";
    }

    public boolean heeftUitsplitsing() {
        return !uitsplitsing.isEmpty();
    }

    /** Whether filters by wijk and team apply (they do not to contracts, which hold for the whole municipality). */
    public boolean filtert() {
        return feiten.contains(":wijk");
    }

    private static final Pattern TABEL = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)\\b");

    /**
     * The tables the facts read: a change to one of them may change this indicator ({@link
     * IndicatorStand}). A predicate on voorzieningen ({@link Afleidingen#voorzieningen}) reads voorziening.
     */
    public Set<String> leest() {
        Set<String> tabellen = new TreeSet<>();
        Matcher m = TABEL.matcher(feiten);
        while (m.find()) {
            tabellen.add(m.group(1));
        }
        if (feiten.contains("{{")) {
            tabellen.add("voorziening");
        }
        return tabellen;
    }

    public boolean drillbaar() {
        return eenheid.isOverPersonen() && !feiten.contains("null as casus_id");
    }
}
