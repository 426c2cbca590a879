package nl.sociaaldossier.indicators.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every registration indicator of the Actieplan and the kaartenboek, as its derivation in
 * indicatoren.csv says, in one place. The edge cases hold for all of them:
 * <ul>
 *   <li>A period runs from {@code :van} to {@code :tot}, both days included. An event (melding,
 *       aanvraag, besluit, start, einde) belongs to a period by its own date.</li>
 *   <li>"Lopend in de periode": started on or before the last day and not ended before the first
 *       day. A referral that spans a period boundary is lopend in both periods; counted by its
 *       step date it counts only where that date falls (a toekenning in December counts in
 *       December's year; its start in January does not count it again as toegekend).</li>
 *   <li>"Toegekend": a decision in the period with outcome toegekend (also when it has started or
 *       ended since); a toekenning withdrawn before the start was not provided and is not counted.</li>
 *   <li>A person (the cliënt of a referral) or household is counted once per indicator, period and
 *       cell, however many referrals or meldingen it has; a total counts distinct persons too, so it
 *       can be less than the sum of its cells.</li>
 *   <li>Age is taken on the peildatum (by default the last day of the period); for a start (18+ to
 *       beschermd wonen) on the day of that start.</li>
 *   <li>Wijk and team filter on the household's wijk and the wijkteam that serves that wijk; for a
 *       referral, the household of its cliënt. So everything counted (a person, household, referral or
 *       melding) lies in exactly one wijk, and a team's or the municipality's figure is the sum of its
 *       wijken' figures ({@link IndicatorStand} keeps them per wijk).</li>
 *   <li>A reopened casus is one casus: it and its household count once (Zorg-8, drill-down).</li>
 *   <li>Contracts and aanbieders hold for the whole municipality on the peildatum: no wijk or team.</li>
 * </ul>
 * Where the derivation leaves room, these readings were chosen:
 * <ul>
 *   <li>"Jeugdigen met een Jeugdwet-voorziening": every cliënt of one (the Jeugdwet includes
 *       verlengde jeugdzorg to 23); "jeugdigen" at the inloop (1.9.1): younger than 23.</li>
 *   <li>Hulpvragen opgelost binnen algemene voorzieningen (2.3.1): meldingen closed as opgelost at
 *       the front door (advice or an algemene voorziening, so no casus and no maatwerk), by the
 *       closing date.</li>
 *   <li>Zorg-8: meervoudig is two or more leefgebieden in the verklarende analyse or maatwerk under
 *       two or more laws; integraal is a regisseur and a plan with at least one goal.</li>
 *   <li>Zorg-9: the dagstructurering started from 90 days before the OMD ended to the period's end.</li>
 *   <li>Recidive in schuldhulp (1.14.4): a traject started in the period while an earlier traject of
 *       the same cliënt had ended; vroegsignalering is not a traject.</li>
 *   <li>Beschermd wonen for the region (3.8.1) counts every cliënt, Almelo (3.8.2) those whose
 *       household lives in Almelo.</li>
 * </ul>
 */
public final class Afleidingen {

    /** Text blocks strip leading blanks: this one starts on a new line of its own. */
    private static final String FILTER = "\n and (cast(:wijk as bigint) is null or h.wijk_id = :wijk)"
            + "\n and (cast(:team as bigint) is null or w.team_id = :team)";

    /**
     * A referral, its voorziening, cliënt, household and wijk, aanbieder and verwijzer. The foreign
     * keys are not null, so the outer joins give the same rows; they let PostgreSQL leave out the
     * tables an indicator does not use (join removal), which makes most rollups index-only work.
     */
    private static final String VERWIJZING = """
            from verwijzing r
            join voorziening vz on vz.id = r.voorziening_id
            left join gezinslid p on p.id = r.client_id
            left join huishouden h on h.id = p.huishouden_id
            left join wijk w on w.id = h.wijk_id
            left join aanbieder a on a.id = r.aanbieder_id
            left join verwijzer vw on vw.id = r.verwijzer_id
            """;

    /**
     * The wijk of what a fact counts (its household's), so that the figures can be kept per wijk
     * ({@link Rollup#tellingPerWijk}); the filters of the direct count use the same.
     */
    static final String WIJK = ", h.wijk_id as wijk";
    /** As {@link #WIJK}, for facts grouped by what they count (one household, so one wijk). */
    static final String WIJK_PER_GROEP = ", min(h.wijk_id) as wijk";

    static final String LOPEND = "r.gestart_op <= :tot and (r.beeindigd_op is null or r.beeindigd_op >= :van)";
    static final String TOEGEKEND = "r.besluit_op between :van and :tot and r.status in ('TOEGEKEND', 'GESTART', 'BEEINDIGD')";
    static final String VERWEZEN = "r.aangevraagd_op between :van and :tot";
    static final String GESTART = "r.gestart_op between :van and :tot";

    private static final String LEEFTIJD = "date_part('year', age(cast(:peildatum as date), p.geboortedatum))";
    /** Born on or before the peildatum: without it a child born later has age 0 or -1 and passes "younger than 4". */
    private static final String GEBOREN = "p.geboortedatum <= cast(:peildatum as date)";
    private static final String BIJSTAND = "'algemene-bijstand-periodieke-uitkering'";
    private static final String BW = "vz.code in ('beschermd-wonen-intramuraal', 'beschermd-wonen-op-afstand-beschermd-thuis')";
    private static final String BW_OF_MO = "vz.code in ('beschermd-wonen-intramuraal', 'beschermd-wonen-op-afstand-beschermd-thuis',"
            + " 'maatschappelijke-opvang-24-uurs', 'nachtopvang')";
    /** Schuldhulpverlening trajecten; a vroegsignalering is a signal, not a traject. */
    private static final String SCHULDHULP = "vz.wet_of_domein = 'Schuldhulpverlening' and vz.code <> 'vroegsignalering-betalingsachterstand'";
    private static final String LEEFTIJDSGROEP = "case when " + LEEFTIJD + " < 4 then '0-3 jaar' when " + LEEFTIJD
            + " < 12 then '4-11 jaar' when " + LEEFTIJD + " < 18 then '12-17 jaar' else '18-22 jaar' end";
    /** The verwijzers of the Jeugdwet as the CBS asks them; the POH jeugd is the municipality's. */
    private static final String JEUGD_VERWIJZER = """
            case vw.code when 'wijkteam-gemeente' then 'gemeente/wijkteam'
                         when 'praktijkondersteuner-jeugd-poh' then 'gemeente/wijkteam'
                         when 'huisarts' then 'huisarts' when 'gecertificeerde-instelling' then 'gecertificeerde instelling'
                         when 'rechter-gedwongen-kader' then 'rechter' when 'school' then 'school' else 'overig' end""";

    private static final Map<String, Definitie> ALLE = new LinkedHashMap<>();

    static {
        // Strategic goal 1
        personen("D1-1.1.1", "vz.code = 'taalpunt-aanpak-laaggeletterdheid'", VERWEZEN);
        verwijzingen("D1-1.2.1", "vz.wet_of_domein = 'Wmo' and vz.code = 'woonvoorziening'", TOEGEKEND);
        personen("D1-1.3.1", "vz.code = 'tegenprestatie-participatie-naar-vermogen'", LOPEND, """
                 exists (select 1 from verwijzing u join voorziening uv on uv.id = u.voorziening_id
                             where u.client_id = r.client_id and uv.code = %s
                               and u.gestart_op <= least(:tot, coalesce(r.beeindigd_op, :tot))
                               and coalesce(u.beeindigd_op, :tot) >= greatest(:van, r.gestart_op))""".formatted(BIJSTAND));
        personen("D1-1.7A.2", "vz.wet_of_domein = 'Jeugdwet'", LOPEND, GEBOREN + " and " + LEEFTIJD + " < 4");
        definieer("D1-1.9.1", Eenheid.PERSONEN, List.of("Leeftijdsgroep"), LEEFTIJDSGROEP, "null", "r.client_id",
                "vz.code in ('inloopvoorziening', 'kinder-tiener-en-jongerenwerk')", VERWEZEN + " and " + GEBOREN + " and " + LEEFTIJD + " < 23");
        personen("D1-1.14.2", "vz.code = 'stadsbank-schuldregeling-budgetbeheer'", LOPEND);
        personen("D1-1.14.3", "vz.code = 'traject-schuldenspecialist'", LOPEND);
        personen("D1-1.14.4", SCHULDHULP, GESTART, """
                 exists (select 1 from verwijzing e join voorziening ev on ev.id = e.voorziening_id
                             where e.client_id = r.client_id and e.id <> r.id and ev.wet_of_domein = 'Schuldhulpverlening'
                               and ev.code <> 'vroegsignalering-betalingsachterstand' and e.beeindigd_op < r.gestart_op)""");
        personen("D1-1.14.5", "vz.code = " + BIJSTAND, LOPEND, GEBOREN + " and " + LEEFTIJD + " < 27");
        personen("D1-1.14.6", "vz.code = 'bijzondere-bijstand-bewindvoeringskosten'", LOPEND);
        // Strategic goal 2
        personen("D2-2.1.1", "vz.code = 'mantelzorgondersteuning-steunpunt-mantelzorg'", VERWEZEN);
        ALLE.put("D2-2.3.1", new Definitie("D2-2.3.1", Eenheid.MELDINGEN, Definitie.Weergave.AANTAL, List.of(), """
                select null as k1, null as k2, m.id as x, null as casus_id, h.wijk_id as wijk
                from melding m join huishouden h on h.id = m.huishouden_id join wijk w on w.id = h.wijk_id
                where m.status = 'OPGELOST' and m.afgehandeld_op between :van and :tot""" + FILTER));
        personen("D2-2.3.2", "vz.code = 'ondersteuning-maatschappelijke-deelname-omd-dagbesteding'", LOPEND);
        personen("D2-2.3.3", "vz.code in ('wijkkamer', 'dagstructurering')", VERWEZEN);
        // Strategic goal 3
        definieer("D3-3.1.1", Eenheid.VERWIJZINGEN, List.of("Wet"), "vz.wet_of_domein", "null", "r.id", "vz.soort = 'MAATWERK'", TOEGEKEND);
        definieer("D3-JW-3.1", Eenheid.PERSONEN, List.of("Voorziening", "Aanbieder"), "vz.naam", "a.naam", "r.client_id",
                "vz.wet_of_domein = 'Jeugdwet'", LOPEND);
        definieer("D3-JW-3.2", Eenheid.PERSONEN, List.of("Aanbieder"), "a.naam", "null", "r.client_id",
                "vz.wet_of_domein = 'Jeugdwet'", LOPEND + " and r.contractsoort = 'MAATWERKCONTRACT'");
        definieer("D3-JW-3.3", Eenheid.PERSONEN, List.of("Verwijzer"), JEUGD_VERWIJZER, "null", "r.client_id",
                "vz.wet_of_domein = 'Jeugdwet'", LOPEND);
        definieer("D3-JW-3.3A.2", Eenheid.VERWIJZINGEN, List.of("Vorm"), "lower(coalesce(r.vorm, 'onbekend'))", "null", "r.id",
                "vz.code = 'jeugdhulp-op-school'", LOPEND);
        verwijzingen("D3-JW-3.4A.1", "vz.wet_of_domein = 'Jeugdwet'", LOPEND, "r.doorbraak");
        contracten("D3-JW-3.10.1", Eenheid.AANBIEDERS, "Jeugdwet", false);
        contracten("D3-JW-3.10.2", Eenheid.CONTRACTEN, "Jeugdwet", true);
        definieer("D3-WMO-3.3.1", Eenheid.PERSONEN, List.of("Voorziening", "Aanbieder"), "vz.naam", "a.naam", "r.client_id",
                "vz.wet_of_domein = 'Wmo'", LOPEND);
        definieer("D3-WMO-3.3.2", Eenheid.PERSONEN, List.of("Aanbieder"), "a.naam", "null", "r.client_id",
                "vz.wet_of_domein = 'Wmo'", LOPEND + " and r.contractsoort = 'MAATWERKCONTRACT'");
        verwijzingen("D3-WMO-3.4B.1", "vz.wet_of_domein = 'Wmo'", LOPEND, "r.doorbraak");
        contracten("D3-WMO-3.10.1", Eenheid.AANBIEDERS, "Wmo", false);
        ALLE.put("D3-BW-3.4.1", new Definitie("D3-BW-3.4.1", Eenheid.PERSONEN, Definitie.Weergave.GEMIDDELDE,
                List.of("Aantal aanbieders"), """
                select cast(count(distinct o.aanbieder_id) as text) as k1, null as k2, r.client_id as x, max(r.casus_id) as casus_id"""
                + WIJK_PER_GROEP + "\n" + VERWIJZING + """
                join verwijzing o on o.client_id = r.client_id and o.aanbieder_id is not null
                 and o.gestart_op <= :tot and (o.beeindigd_op is null or o.beeindigd_op >= :van)
                where\s""" + voorzieningen(BW_OF_MO) + " and " + LOPEND + FILTER + "\ngroup by r.client_id").alsUniek());
        personen("D3-BW-3.4C.1", BW, GESTART, """
                 date_part('year', age(r.gestart_op, p.geboortedatum)) >= 18
                 and exists (select 1 from verwijzing j join voorziening jv on jv.id = j.voorziening_id
                             where j.client_id = r.client_id and jv.wet_of_domein = 'Jeugdwet' and j.gestart_op < r.gestart_op)""");
        personen("D3-BW-3.4C.2", BW, """
                r.besluit_op <= :peildatum and r.status in ('TOEGEKEND', 'GESTART', 'BEEINDIGD', 'INGETROKKEN')
                 and (r.gestart_op is null or r.gestart_op > :peildatum)
                 and (r.ingetrokken_op is null or r.ingetrokken_op > :peildatum)""");
        personen("D3-BW-3.8.1", BW, LOPEND);
        personen("D3-BW-3.8.2", BW, LOPEND, "h.woonplaats = 'Almelo'");
        personen("D3-BW-3.8.3", "vz.code = 'maatschappelijke-opvang-24-uurs'", LOPEND);
        personen("D3-PW-3.2.1", "vz.code = " + BIJSTAND, LOPEND);
        personen("D3-PW-3.2.2", "vz.code = " + BIJSTAND, LOPEND, "r.gestart_op > cast(:peildatum as date) - interval '3 years'");
        personen("D3-PW-3.2.4", "vz.code = 'loonkostensubsidie'", LOPEND);
        personen("D3-PW-3.2.5", "vz.code = 'beschut-werk'", LOPEND);
        // Strategic goal 4
        ALLE.put("D4-4.1.1", new Definitie("D4-4.1.1", Eenheid.HUISHOUDENS, Definitie.Weergave.AANTAL,
                List.of("Gevraagde voorziening of leefgebied"), """
                select coalesce(v.naam, l.naam) as k1, null as k2, m.huishouden_id as x, m.casus_id as casus_id,
                       h.wijk_id as wijk
                from melding m
                join huishouden h on h.id = m.huishouden_id join wijk w on w.id = h.wijk_id
                left join voorziening v on v.id = m.voorziening_id left join leefgebied l on l.code = m.leefgebied_code
                where m.meldingsdatum between :van and :tot""" + FILTER));
        ALLE.put("D4-4.1.2", new Definitie("D4-4.1.2", Eenheid.PERSONEN, Definitie.Weergave.AANTAL, List.of(), """
                select null as k1, null as k2, r.client_id as x, r.casus_id as casus_id, h.wijk_id as wijk
                from verwijzing r
                join casus c on c.id = r.casus_id
                join gezinslid p on p.id = r.client_id join huishouden h on h.id = p.huishouden_id join wijk w on w.id = h.wijk_id
                where\s""" + voorzieningen("vz.soort = 'ALGEMEEN'") + """
                 and r.aangevraagd_op between :van and :tot
                 and exists (select 1 from melding m where m.huishouden_id = c.huishouden_id
                             and m.meldingsdatum between :van and r.aangevraagd_op)""" + FILTER));
        definieer("D4-4.2.1", Eenheid.VERWIJZINGEN, List.of("Verwijzer", "Voorziening"), "vw.naam", "vz.naam", "r.id", "true",
                VERWEZEN + " and vw.extern");
        // Kaartenboek programma Zorg
        ALLE.put("ZORG-8", new Definitie("ZORG-8", Eenheid.HUISHOUDENS, Definitie.Weergave.PERCENTAGE, List.of("Steun"), """
                select case when bool_or(c.regisseur is not null and c.id in (select d.casus_id from doel d))
                            then 'met één plan en precies één regisseur' else 'zonder één plan en één regisseur' end as k1,
                       null as k2, c.huishouden_id as x, max(c.id) as casus_id, min(h.wijk_id) as wijk
                from (select c.id, c.huishouden_id, c.regisseur from casus c
                      where c.geopend_op < cast(:tot as date) + 1 and (c.afgesloten_op is null or c.afgesloten_op >= cast(:van as date))
                      offset 0) c
                join huishouden h on h.id = c.huishouden_id join wijk w on w.id = h.wijk_id
                where (c.id in (select al.casus_id from analyse_leefgebied al group by al.casus_id having count(*) >= 2)
                       or (select min(vz.wet_of_domein) <> max(vz.wet_of_domein) from verwijzing r
                           join voorziening vz on vz.id = r.voorziening_id and vz.soort = 'MAATWERK' where r.casus_id = c.id))""" + FILTER + """
                 group by c.huishouden_id""").alsUniek());
        personen("ZORG-9", "vz.code = 'ondersteuning-maatschappelijke-deelname-omd-dagbesteding'", """
                r.beeindigd_op between :van and :tot
                 and exists (select 1 from verwijzing d join voorziening dv on dv.id = d.voorziening_id
                             where d.client_id = r.client_id and dv.code = 'dagstructurering'
                               and d.gestart_op between r.beeindigd_op - 90 and :tot)""");
    }

    private Afleidingen() {
    }

    public static Optional<Definitie> van(String indicatorId) {
        return Optional.ofNullable(ALLE.get(indicatorId));
    }

    public static List<Definitie> alle() {
        return List.copyOf(ALLE.values());
    }

    private static void personen(String id, String voorziening, String stap) {
        personen(id, voorziening, stap, "true");
    }

    /** Counts distinct cliënten of the voorzieningen with that step in the period (and the further condition). */
    private static void personen(String id, String voorziening, String stap, String voorwaarde) {
        enkel(id, Eenheid.PERSONEN, "r.client_id", voorziening, stap, voorwaarde);
    }

    private static void verwijzingen(String id, String voorziening, String stap) {
        verwijzingen(id, voorziening, stap, "true");
    }

    /** Counts the referrals (trajecten, voorzieningen) themselves. */
    private static void verwijzingen(String id, String voorziening, String stap, String voorwaarde) {
        enkel(id, Eenheid.VERWIJZINGEN, "r.id", voorziening, stap, voorwaarde);
    }

    /** A single figure without breakdown: also counted together with others of the same step ({@link #samen}). */
    private static void enkel(String id, Eenheid eenheid, String x, String voorziening, String stap, String voorwaarde) {
        Definitie d = new Definitie(id, eenheid, Definitie.Weergave.AANTAL, List.of(),
                "select null as k1, null as k2, " + x + " as x, r.casus_id as casus_id" + WIJK + "\n" + VERWIJZING
                        + "where " + voorzieningen(voorziening) + "\n and " + stap + "\n and (" + voorwaarde + ")" + FILTER,
                new Definitie.Enkel(x, voorziening, stap, voorwaarde));
        ALLE.put(id, x.equals("r.id") ? d.alsUniek() : d);
    }

    /**
     * The referral's voorziening among those of the predicate on {@code vz}: {@link Rollup} turns
     * the marker into the list of their ids before the query runs, so that PostgreSQL sees which
     * voorzieningen (and how many referrals) are meant and can use the indexes by voorziening.
     */
    static String voorzieningen(String predicaat) {
        return predicaat.equals("true") ? "true" : "{{" + predicaat + "}}";
    }

    /**
     * One statement for single figures that share their step ({@link Definitie.Enkel}): one pass over
     * the referrals with that step in the period, each figure a distinct count over its own
     * voorzieningen and condition. The same numbers as each one's own query, which the tests check.
     */
    static String samen(List<Definitie> definities) {
        return samen(definities, false);
    }

    /** As {@link #samen(List)}; per wijk: each row starts with the wijk ({@link Rollup#tellingPerWijk}). */
    static String samen(List<Definitie> definities, boolean perWijk) {
        String stap = definities.get(0).enkel().stap();
        StringBuilder sql = new StringBuilder(perWijk ? "select h.wijk_id,\n " : "select ");
        StringBuilder voorzieningen = new StringBuilder();
        for (int i = 0; i < definities.size(); i++) {
            Definitie.Enkel e = definities.get(i).enkel();
            if (!e.stap().equals(stap)) {
                throw new IllegalArgumentException(definities.get(i).id() + " has another step");
            }
            String filter = "(" + e.voorziening() + ") and (" + e.voorwaarde() + ")";
            sql.append(i == 0 ? "" : ",\n ").append(definities.get(i).teller(e.x())).append(" filter (where ").append(filter).append("), ")
                    .append(definities.get(i).celsleutel(e.x(), filter));
            voorzieningen.append(i == 0 ? "" : " or ").append(voorzieningen(e.voorziening()));
        }
        sql.append("\n").append(VERWIJZING).append("where ").append(stap).append("\n and (").append(voorzieningen).append(")").append(FILTER);
        return perWijk ? sql.append("\ngroup by h.wijk_id").toString() : sql.toString();
    }

    private static void definieer(String id, Eenheid eenheid, List<String> uitsplitsing, String k1, String k2, String x,
                                  String voorziening, String meting) {
        Definitie d = new Definitie(id, eenheid, Definitie.Weergave.AANTAL, uitsplitsing,
                "select " + k1 + " as k1, " + k2 + " as k2, " + x + " as x, r.casus_id as casus_id" + WIJK + "\n" + VERWIJZING
                        + "where " + voorzieningen(voorziening) + "\n and " + meting + FILTER);
        ALLE.put(id, x.equals("r.id") ? d.alsUniek() : d);
    }

    private static void contracten(String id, Eenheid eenheid, String wet, boolean maatwerk) {
        ALLE.put(id, new Definitie(id, eenheid, Definitie.Weergave.AANTAL, List.of(), """
                select null as k1, null as k2, %s as x, null as casus_id, cast(null as bigint) as wijk
                from contract c
                where c.wet = '%s' %s and c.geldig_van <= :peildatum and (c.geldig_tot is null or c.geldig_tot >= :peildatum)"""
                .formatted(eenheid == Eenheid.AANBIEDERS ? "c.aanbieder_id" : "c.id", wet,
                        maatwerk ? "and c.soort = 'MAATWERKCONTRACT'" : "")));
    }
}
