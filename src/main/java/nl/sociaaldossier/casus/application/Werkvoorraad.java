package nl.sociaaldossier.casus.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.security.Rol;

/**
 * The start page's signals: what needs the user's attention, in SQL with the access rule in the
 * query, counted and paged there (no cap). A coach sees his casussen as regisseur, a procesmanager
 * those he took over plus the escalations waiting for one, an intaker his team's meldingen and
 * casussen in analysis; a coach also his team's casussen without regisseur. Legal terms within
 * {@value #HORIZON_WERKDAGEN} working days count as due.
 */
@Stateless
@RolesAllowed({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER})
public class Werkvoorraad {

    /** Terms and evaluations due within this many working days are signalled. */
    public static final int HORIZON_WERKDAGEN = 5;

    private static final String SIGNALEN = """
            with mijn as (
                select c.* from casus c
                where c.status <> 'AFGESLOTEN' and ((?1 and c.regisseur = ?4) or (?3 and c.procesmanager = ?4))),
            s as (
                select 'TERMIJN' as soort, c.id as casus_id, null::bigint as melding_id, c.huishouden_id,
                       vz.naam || ': ' || t.naam as wat, t.uiterlijk as datum, t.uiterlijk < ?6 as te_laat
                from mijn c join verwijzing_termijnen(?6) t on t.casus_id = c.id
                     join verwijzing v on v.id = t.verwijzing_id join voorziening vz on vz.id = v.voorziening_id
                where t.uiterlijk <= ?7
                union all
                select 'EVALUATIE', c.id, null, c.huishouden_id, 'Evaluatie van het plan met het gezin', c.volgende_evaluatie,
                       c.volgende_evaluatie < ?6
                from mijn c where c.volgende_evaluatie <= ?7
                union all
                select 'ACTIE', c.id, null, c.huishouden_id, 'Actie: ' || a.omschrijving || ' (' || a.eigenaar || ')', a.deadline, true
                from mijn c join doel d on d.casus_id = c.id join actie a on a.doel_id = d.id
                where a.afgerond_op is null and a.deadline < ?6
                union all
                select 'MELDING', null, m.id, m.huishouden_id,
                       'Melding nog niet afgehandeld (norm: ' || t.meldingnorm_werkdagen || ' werkdagen)', m.meldingsdatum, true
                from melding m join huishouden h on h.id = m.huishouden_id join wijk w on w.id = h.wijk_id join team t on t.id = w.team_id
                where ?2 and m.status = 'NIEUW' and t.id = ?5 and werkdagen_tussen(m.meldingsdatum, ?6) > t.meldingnorm_werkdagen
                union all
                select 'ZONDER_REGISSEUR', c.id, null, c.huishouden_id,
                       'In analyse zonder regisseur (norm: ' || t.regisseurnorm_werkdagen || ' werkdagen)',
                       (c.geopend_op at time zone 'Europe/Amsterdam')::date, true
                from casus c join team t on t.id = c.team_id
                where (?1 or ?2) and c.team_id = ?5 and c.status = 'IN_ANALYSE' and c.regisseur is null
                  and werkdagen_tussen((c.geopend_op at time zone 'Europe/Amsterdam')::date, ?6) > t.regisseurnorm_werkdagen
                union all
                select 'ESCALATIE', c.id, null, c.huishouden_id, 'Opgeschaald naar AVE-niveau ' || c.ave_niveau || ': wacht op een procesmanager',
                       coalesce((select max(w.op) from ave_wijziging w where w.casus_id = c.id), c.geopend_op)::date, false
                from casus c
                where ?3 and c.status <> 'AFGESLOTEN' and c.regie_bij = 'PROCESMANAGER' and c.procesmanager is null)
            """;

    @Inject
    private Toegangscontrole toegangscontrole;
    @Inject
    private Clock klok;
    @PersistenceContext
    private EntityManager em;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;

    /** How many signals of each kind; counts only, no personal data. */
    @GeenPersoonsgegevens("counts of signals, no household shown")
    public Map<Signaal.Soort, Integer> tellingen(LocalDate vandaag) {
        Map<Signaal.Soort, Integer> tellingen = new EnumMap<>(Signaal.Soort.class);
        for (Object rij : parameters(em.createNativeQuery(SIGNALEN + "select soort, count(*) from s group by soort"), vandaag).getResultList()) {
            Object[] r = (Object[]) rij;
            tellingen.put(Signaal.Soort.valueOf((String) r[0]), ((Number) r[1]).intValue());
        }
        return tellingen;
    }

    /** How many signals of one kind (or all, for null). */
    @GeenPersoonsgegevens("a count, no household shown")
    public int aantal(Signaal.Soort soort, LocalDate vandaag) {
        return ((Number) parameters(em.createNativeQuery(SIGNALEN + "select count(*) from s where cast(?8 as text) is null or soort = cast(?8 as text)"), vandaag)
                .setParameter(8, soort == null ? null : soort.name()).getSingleResult()).intValue();
    }

    /** One page of signals, late first, then by date; each household shown is logged. */
    @Verwerking(Activiteit.CASELOAD_INZIEN)
    public List<Signaal> signalen(Signaal.Soort soort, LocalDate vandaag, int eerste, int aantal) {
        Instant start = klok.instant();
        toegangscontrole.vereisGeenUitsluiting(Activiteit.CASELOAD_INZIEN, "signalen");
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = parameters(em.createNativeQuery(SIGNALEN + """
                select s.soort, s.casus_id, s.melding_id, s.huishouden_id, s.wat, s.datum, s.te_laat,
                       (select string_agg(g.voornaam || ' ' || g.achternaam, ', ' order by g.volgnummer) from gezinslid g where g.huishouden_id = s.huishouden_id),
                       (select string_agg(g.bsn, ',') from gezinslid g where g.huishouden_id = s.huishouden_id)
                from s where cast(?8 as text) is null or s.soort = cast(?8 as text)
                order by s.te_laat desc, s.datum, s.soort, s.casus_id, s.melding_id
                offset ?9 limit ?10"""), vandaag)
                .setParameter(8, soort == null ? null : soort.name())
                .setParameter(9, Math.max(eerste, 0))
                .setParameter(10, Math.min(Math.max(aantal, 1), 100))
                .getResultList();
        logboek.schrijf(Activiteit.CASELOAD_INZIEN, rijen.stream().map(r -> pseudoniemen.van(((Number) r[3]).longValue(),
                        r[8] == null ? List.of() : Arrays.asList(((String) r[8]).split(",")),
                        r[1] != null ? "casus:" + r[1] : "melding:" + r[2])).distinct().toList(), start, "signalen");
        return rijen.stream().map(r -> new Signaal(Signaal.Soort.valueOf((String) r[0]), r[1] == null ? null : ((Number) r[1]).longValue(),
                r[2] == null ? null : ((Number) r[2]).longValue(), (String) r[7], (String) r[4], ((Date) r[5]).toLocalDate(), (Boolean) r[6])).toList();
    }

    private Query parameters(Query query, LocalDate vandaag) {
        return toegangscontrole.huidige().bind(query)
                .setParameter(6, Date.valueOf(vandaag))
                .setParameter(7, Date.valueOf(werkdagenNa(vandaag, HORIZON_WERKDAGEN)));
    }

    /** The date this many working days (Monday to Friday) after the given one. */
    private static LocalDate werkdagenNa(LocalDate datum, int werkdagen) {
        LocalDate d = datum;
        for (int i = 0; i < werkdagen; ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                i++;
            }
        }
        return d;
    }

    /** Today in Dutch time. */
    @GeenPersoonsgegevens("the clock")
    public LocalDate vandaag() {
        return LocalDate.now(klok);
    }
}
