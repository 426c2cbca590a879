package nl.sociaaldossier.indicators.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Registration indicators computed by the database, set-based, for a period and optional wijk or
 * team. The edge cases are defined here, once:
 * <ul>
 *   <li>A period is from {@code van} to {@code tot}, both days included; an event belongs to the
 *       period by its own date (meldingsdatum, aanvraagdatum, besluitdatum).</li>
 *   <li>Wijk and team filter on the household's wijk; the team is the wijkteam that serves it.</li>
 *   <li>A household or person is counted once per indicator, period and cell (distinct), however
 *       many meldingen or referrals it has.</li>
 *   <li>A referral that spans the period boundary counts where its step date falls (a toekenning
 *       in December counts in December's year, its start in January does not count it again).</li>
 *   <li>A referral withdrawn after a toekenning was not provided and is not counted as toegekend.</li>
 *   <li>Reopened casussen are one casus: a household with a meervoudige casus in the period counts
 *       once for Zorg-8, whatever its episodes.</li>
 * </ul>
 * Suppression of small numbers is applied on top, by {@link Onderdrukking}.
 */
public final class Rollup {

    /** One cell of a breakdown: its key (voorziening, verwijzer, wet, ...) and its count. */
    public record Cel(String sleutel, String subsleutel, long aantal) {
    }

    private final Connection verbinding;

    public Rollup(Connection verbinding) {
        this.verbinding = Objects.requireNonNull(verbinding);
    }

    private static final String FILTER = "\n and (cast(? as bigint) is null or h.wijk_id = ?)"
            + "\n and (cast(? as bigint) is null or w.team_id = ?)\n";

    /** D4-4.1.1: households that reported, per voorziening or leefgebied asked about (meldingsdatum in the period). */
    public List<Cel> meldingenPerOnderwerp(LocalDate van, LocalDate tot, Long wijk, Long team) throws SQLException {
        return cellen("""
                select coalesce(v.naam, l.naam), null, count(distinct m.huishouden_id)
                from melding m
                join huishouden h on h.id = m.huishouden_id join wijk w on w.id = h.wijk_id
                left join voorziening v on v.id = m.voorziening_id left join leefgebied l on l.code = m.leefgebied_code
                where m.meldingsdatum between ? and ?""" + FILTER + """
                 group by 1 order by 1""", van, tot, wijk, team);
    }

    /**
     * D4-4.1.2: residents (household members) with a melding in the period whose household was
     * referred to an algemene voorziening on or after that melding, within the period.
     */
    public long verwezenNaarAlgemeenNaMelding(LocalDate van, LocalDate tot, Long wijk, Long team) throws SQLException {
        return getal("""
                select count(distinct g.id)
                from melding m
                join huishouden h on h.id = m.huishouden_id join wijk w on w.id = h.wijk_id
                join gezinslid g on g.huishouden_id = h.id
                where m.meldingsdatum between ? and ?""" + FILTER + """
                  and exists (select 1 from verwijzing r join casus c on c.id = r.casus_id
                              join voorziening vz on vz.id = r.voorziening_id
                              where c.huishouden_id = h.id and vz.soort = 'ALGEMEEN'
                                and r.aangevraagd_op between m.meldingsdatum and ?)""", van, tot, wijk, team, tot);
    }

    /** D4-4.2.1: referrals by external referrers (aanvraagdatum in the period), per verwijzer and voorziening. */
    public List<Cel> externeVerwijzingen(LocalDate van, LocalDate tot, Long wijk, Long team) throws SQLException {
        return cellen("""
                select vw.naam, vz.naam, count(*)
                from verwijzing r
                join verwijzer vw on vw.id = r.verwijzer_id and vw.extern
                join voorziening vz on vz.id = r.voorziening_id
                join casus c on c.id = r.casus_id join huishouden h on h.id = c.huishouden_id join wijk w on w.id = h.wijk_id
                where r.aangevraagd_op between ? and ?""" + FILTER + """
                 group by 1, 2 order by 1, 2""", van, tot, wijk, team);
    }

    /** D3-3.1.1: maatwerkvoorzieningen granted (besluitdatum in the period) and not withdrawn, per wet. */
    public List<Cel> toegekendMaatwerkPerWet(LocalDate van, LocalDate tot, Long wijk, Long team) throws SQLException {
        return cellen("""
                select vz.wet_of_domein, null, count(*)
                from verwijzing r
                join voorziening vz on vz.id = r.voorziening_id and vz.soort = 'MAATWERK'
                join casus c on c.id = r.casus_id join huishouden h on h.id = c.huishouden_id join wijk w on w.id = h.wijk_id
                where r.status in ('TOEGEKEND', 'GESTART', 'BEEINDIGD') and r.besluit_op between ? and ?""" + FILTER + """
                 group by 1 order by 1""", van, tot, wijk, team);
    }

    /**
     * ZORG-8: of the households whose casus was open in the period with two or more leefgebieden
     * at stake, how many have one plan (at least one goal) and exactly one regisseur. Returns the
     * numerator (subsleutel "met plan en regisseur") and the denominator.
     */
    public List<Cel> eenGezinEenPlanEenRegisseur(LocalDate van, LocalDate tot, Long wijk, Long team) throws SQLException {
        return cellen("""
                with meervoudig as (
                    select distinct c.huishouden_id,
                           bool_or(c.regisseur is not null and exists (select 1 from doel d where d.casus_id = c.id)) as integraal
                    from casus c
                    join huishouden h on h.id = c.huishouden_id join wijk w on w.id = h.wijk_id
                    where c.geopend_op < cast(? as date) + 1
                      and (c.afgesloten_op is null or c.afgesloten_op >= cast(? as date))""" + FILTER + """
                      and (select count(*) from analyse_leefgebied a where a.casus_id = c.id) >= 2
                    group by c.huishouden_id)
                select 'huishoudens met meervoudige hulpvragen', null, count(*) from meervoudig
                union all
                select 'met één plan en precies één regisseur', null, count(*) filter (where integraal) from meervoudig""",
                tot, van, wijk, team);
    }

    private List<Cel> cellen(String sql, LocalDate a, LocalDate b, Long wijk, Long team) throws SQLException {
        try (PreparedStatement s = verbinding.prepareStatement(sql)) {
            zet(s, a, b, wijk, team);
            List<Cel> cellen = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    cellen.add(new Cel(r.getString(1), r.getString(2), r.getLong(3)));
                }
            }
            return cellen;
        }
    }

    private long getal(String sql, LocalDate van, LocalDate tot, Long wijk, Long team, LocalDate extra) throws SQLException {
        try (PreparedStatement s = verbinding.prepareStatement(sql)) {
            zet(s, van, tot, wijk, team);
            s.setDate(7, Date.valueOf(extra));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void zet(PreparedStatement s, LocalDate a, LocalDate b, Long wijk, Long team) throws SQLException {
        s.setDate(1, Date.valueOf(a));
        s.setDate(2, Date.valueOf(b));
        s.setObject(3, wijk);
        s.setObject(4, wijk);
        s.setObject(5, team);
        s.setObject(6, team);
    }
}
