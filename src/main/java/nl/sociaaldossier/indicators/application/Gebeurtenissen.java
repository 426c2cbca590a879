package nl.sociaaldossier.indicators.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.infrastructure.Database;

/**
 * The pseudonymised events of a year for the municipality's own analysis: every step of a referral
 * (from its dates), every melding, every casus opened or closed. No BSN, no name, no address, no birth
 * date: a client and a household by a pseudonym of their own (not the Logboek's), the age as a class
 * on the day of the event, the wijk and team. Pseudonymised data is still personal data (AVG art. 4
 * lid 5): for the system client only, and each household in it is logged.
 */
@Stateless
@RolesAllowed(Rol.KOPPELING)
public class Gebeurtenissen {

    /** Age classes of the Jeugdwet, the Wmo and the Participatiewet as the indicators split them. */
    static final int[] KLASSEN = {0, 4, 12, 18, 23, 27, 45, 65, 75};

    public record Gebeurtenis(LocalDate datum, String soort, String gebeurtenis, String client, String huishouden, String leeftijdsklasse,
                              String wijk, String team, String voorziening, String wetOfDomein, String aanbieder, String verwijzer) {
    }

    static final String SQL = """
            with v as (
                select r.id, r.client_id, c.huishouden_id, c.team_id, r.voorziening_id, r.aanbieder_id, r.verwijzer_id, e.gebeurtenis, e.datum
                from verwijzing r join casus c on c.id = r.casus_id
                cross join lateral (values ('AANGEVRAAGD', r.aangevraagd_op),
                                           (case r.status when 'AFGEWEZEN' then 'AFGEWEZEN' else 'TOEGEKEND' end, r.besluit_op),
                                           ('GESTART', r.gestart_op), ('BEEINDIGD', r.beeindigd_op), ('INGETROKKEN', r.ingetrokken_op))
                    as e(gebeurtenis, datum)
                where e.datum between ? and ?)
            select v.datum, 'VERWIJZING', v.gebeurtenis, v.client_id, v.huishouden_id, g.geboortedatum, w.naam, t.naam, vz.naam, vz.wet_of_domein,
                   a.naam, vw.naam
            from v join gezinslid g on g.id = v.client_id join huishouden h on h.id = v.huishouden_id join wijk w on w.id = h.wijk_id
                   join team t on t.id = v.team_id join voorziening vz on vz.id = v.voorziening_id
                   left join aanbieder a on a.id = v.aanbieder_id join verwijzer vw on vw.id = v.verwijzer_id
            union all
            select m.meldingsdatum, 'MELDING', m.status, null, m.huishouden_id, null, w.naam, wt.naam, vz.naam, vz.wet_of_domein, null, vw.naam
            from melding m join huishouden h on h.id = m.huishouden_id join wijk w on w.id = h.wijk_id join team wt on wt.id = w.team_id
                 left join voorziening vz on vz.id = m.voorziening_id join verwijzer vw on vw.id = m.verwijzer_id
            where m.meldingsdatum between ? and ?
            union all
            select cast(e.op as date), 'CASUS', e.gebeurtenis, null, c.huishouden_id, null, w.naam, t.naam, null, null, null, null
            from casus c cross join lateral (values ('GEOPEND', c.geopend_op), ('AFGESLOTEN', c.afgesloten_op)) as e(gebeurtenis, op)
                 join huishouden h on h.id = c.huishouden_id join wijk w on w.id = h.wijk_id join team t on t.id = c.team_id
            where cast(e.op at time zone 'Europe/Amsterdam' as date) between ? and ?
            order by 1, 2, 3""";

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;
    @Inject
    private Pseudoniemen pseudoniemen;
    @Inject
    private Logboek logboek;
    @Inject
    private Clock klok;

    @Verwerking(Activiteit.GEBEURTENISSEN_EXPORT)
    public List<Gebeurtenis> vanJaar(int jaar) {
        Instant start = klok.instant();
        List<Gebeurtenis> lijst = new ArrayList<>();
        Map<Long, Boolean> huishoudens = new LinkedHashMap<>();
        try (Connection con = dataSource.getConnection(); PreparedStatement st = con.prepareStatement(SQL)) {
            for (int i = 0; i < 3; i++) {
                st.setDate(2 * i + 1, Date.valueOf(LocalDate.of(jaar, 1, 1)));
                st.setDate(2 * i + 2, Date.valueOf(LocalDate.of(jaar, 12, 31)));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    LocalDate datum = rs.getDate(1).toLocalDate();
                    long client = rs.getLong(4);
                    boolean metClient = !rs.wasNull();
                    long huishouden = rs.getLong(5);
                    Date geboren = rs.getDate(6);
                    huishoudens.put(huishouden, true);
                    lijst.add(new Gebeurtenis(datum, rs.getString(2), rs.getString(3),
                            metClient ? pseudoniemen.voorAnalyse("client", client) : null, pseudoniemen.voorAnalyse("huishouden", huishouden),
                            geboren == null ? null : klasse(geboren.toLocalDate(), datum), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
            List<nl.sociaaldossier.logboek.Betrokkene> betrokkenen = new ArrayList<>();
            try (PreparedStatement leden = con.prepareStatement(
                    "select huishouden_id, array_agg(bsn::text) from gezinslid where huishouden_id = any(?) group by huishouden_id")) {
                leden.setArray(1, con.createArrayOf("bigint", huishoudens.keySet().toArray()));
                try (ResultSet rs = leden.executeQuery()) {
                    while (rs.next()) {
                        betrokkenen.add(pseudoniemen.van(rs.getLong(1), List.of((String[]) rs.getArray(2).getArray()), "gebeurtenissen:" + jaar));
                    }
                }
            }
            logboek.schrijfBulk(con, Activiteit.GEBEURTENISSEN_EXPORT, betrokkenen, start, "gepseudonimiseerd, jaar " + jaar);
        } catch (SQLException e) {
            throw new IllegalStateException("Event export failed", e);
        }
        return lijst;
    }

    /** The age class on the day, "0-3" to "75+". */
    static String klasse(LocalDate geboren, LocalDate op) {
        int leeftijd = java.time.Period.between(geboren, op).getYears();
        for (int i = KLASSEN.length - 1; i >= 0; i--) {
            if (leeftijd >= KLASSEN[i]) {
                return i == KLASSEN.length - 1 ? KLASSEN[i] + "+" : KLASSEN[i] + "-" + (KLASSEN[i + 1] - 1);
            }
        }
        return "0-3"; // an event before the birth (not possible for new referrals)
    }
}
