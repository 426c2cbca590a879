package nl.sociaaldossier.casus.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import nl.sociaaldossier.household.domain.Huishouden;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention term (bewaartermijn): a household whose casussen were all closed, and whose last
 * melding came, more than {@code bewaartermijn.jaren} years ago (default 20, the term of the
 * Jeugdwet, art. 7.3.8; the Wmo's 15 years is shorter) is anonymised: names, BSNs, address, the
 * texts of meldingen, analysis, plan, history and referrals are replaced, verslagen deleted. What the
 * indicators count (wijk, woonplaats, birth year, dates, voorzieningen) stays, so that old figures do
 * not change. Each household is logged (before its BSNs are gone). The Logboek itself is kept for
 * {@code logboek.bewaartermijn.jaren} (default 20, at least 5: the database refuses less).
 * Runs nightly; with several app instances only one does the work (a PostgreSQL advisory lock).
 */
@Stateless
@PermitAll
public class Bewaartermijn {

    private static final Logger LOG = Logger.getLogger(Bewaartermijn.class.getName());
    private static final long SLOT = 7_301_878L;
    private static final String WEG = "(geanonimiseerd)";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock klok;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;
    @Inject
    @ConfigProperty(name = "bewaartermijn.jaren", defaultValue = "20")
    int jaren;
    @Inject
    @ConfigProperty(name = "logboek.bewaartermijn.jaren", defaultValue = "20")
    int logboekJaren;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void elkeNacht() {
        voerUit();
    }

    /** Anonymises what is past its term; returns how many households. */
    @Verwerking(Activiteit.BEWAARTERMIJN)
    public int voerUit() {
        boolean ik = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?)").setParameter(1, SLOT).getSingleResult();
        if (!ik) {
            return 0;
        }
        Instant nu = klok.instant();
        LocalDate grens = LocalDate.ofInstant(nu, ZoneId.of("Europe/Amsterdam")).minusYears(jaren);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                select h.id from huishouden h
                where h.geanonimiseerd_op is null
                  and not exists (select 1 from casus c where c.huishouden_id = h.id
                                  and (c.status <> 'AFGESLOTEN' or c.afgesloten_op >= cast(? as date)))
                  and not exists (select 1 from melding m where m.huishouden_id = h.id and m.meldingsdatum >= cast(? as date))
                order by h.id limit 1000""").setParameter(1, grens).setParameter(2, grens).getResultList();
        for (Number id : ids) {
            anonimiseer(id.longValue(), nu);
        }
        Object weg = em.createNativeQuery("select logboek_ruim_op(?)").setParameter(1, logboekJaren).getSingleResult();
        LOG.info(() -> "Bewaartermijn: " + ids.size() + " households anonymised; " + weg + " log entries past their term removed");
        return ids.size();
    }

    private void anonimiseer(long id, Instant nu) {
        Huishouden h = em.find(Huishouden.class, id);
        logboek.schrijf(Activiteit.BEWAARTERMIJN, pseudoniemen.van(h, "huishouden:" + id), nu, "geanonimiseerd na " + jaren + " jaar");
        em.flush();
        em.detach(h);
        String casussen = "(select id from casus where huishouden_id = " + id + ")";
        for (String sql : List.of(
                "update gezinslid set voornaam = '" + WEG + "', achternaam = '" + WEG + "', bsn = lpad(cast(volgnummer as text), 9, '0'),"
                        + " geboortedatum = cast(date_trunc('year', geboortedatum) as date) where huishouden_id = " + id,
                "update huishouden set straat = '" + WEG + "', huisnummer = '-', postcode = '-', geanonimiseerd_op = now(),"
                        + " version = version + 1 where id = " + id,
                "update melding set hulpvraag = '" + WEG + "', afhandeling_toelichting = null where huishouden_id = " + id,
                "update casus set veiligheid_toelichting = null, afsluitreden = '" + WEG + "', version = version + 1 where huishouden_id = " + id,
                "update analyse_leefgebied set verklaring = '" + WEG + "' where casus_id in " + casussen,
                "update casus_gebeurtenis set omschrijving = '" + WEG + "' where casus_id in " + casussen,
                "update ave_wijziging set reden = '" + WEG + "' where casus_id in " + casussen,
                "update plan_wijziging set omschrijving = '" + WEG + "' where casus_id in " + casussen,
                "update actie set omschrijving = '" + WEG + "', eigenaar = '" + WEG + "' where doel_id in (select id from doel where casus_id in "
                        + casussen + ")",
                "update doel set omschrijving = '" + WEG + "' where casus_id in " + casussen,
                "update verwijzing set toelichting = null where casus_id in " + casussen,
                "delete from verslag where casus_id in " + casussen)) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }
}
