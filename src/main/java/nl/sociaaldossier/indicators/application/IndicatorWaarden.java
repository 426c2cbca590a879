package nl.sociaaldossier.indicators.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import nl.sociaaldossier.casus.application.Toegangscontrole;
import nl.sociaaldossier.indicators.domain.ExterneWaarde;
import nl.sociaaldossier.indicators.domain.Nulmeting;
import nl.sociaaldossier.indicators.domain.Streefwaarde;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;

/**
 * What the businesscontroller enters beside the registration: external values per period (every
 * entry kept), the 0-meting and the streefwaarden per year. A change on an outdated version is refused.
 */
@Stateless
@RolesAllowed(Rol.BUSINESSCONTROLLER)
public class IndicatorWaarden {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Toegangscontrole toegangscontrole;
    @Inject
    private Clock klok;

    public void legExternVast(String indicatorId, Periode periode, BigDecimal waarde, String bron, String toelichting) {
        em.persist(new ExterneWaarde(indicatorId, bronVan(indicatorId).contains("EXTERN"), periode, waarde, bron, toelichting,
                toegangscontrole.gebruiker(), klok.instant()));
    }

    /** {@code versie} is the version the user saw, null when there was no 0-meting yet. */
    public void legNulmetingVast(String indicatorId, Long versie, Periode periode, BigDecimal waarde, String bron) {
        bronVan(indicatorId);
        Nulmeting nulmeting = em.find(Nulmeting.class, indicatorId);
        if (nulmeting == null ? versie != null : versie == null || nulmeting.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        if (nulmeting == null) {
            nulmeting = new Nulmeting(indicatorId);
            nulmeting.leg(periode, waarde, bron, toegangscontrole.gebruiker(), klok.instant());
            em.persist(nulmeting);
        } else {
            nulmeting.leg(periode, waarde, bron, toegangscontrole.gebruiker(), klok.instant());
        }
        bewaar();
    }

    /** {@code versie} is the version the user saw of that year's target, null when it had none. */
    public void stelStreefwaarde(String indicatorId, Integer jaar, Long versie, BigDecimal waarde) {
        bronVan(indicatorId);
        Streefwaarde nieuw = new Streefwaarde(indicatorId, jaar);
        Streefwaarde streef = em.find(Streefwaarde.class, new Streefwaarde.Sleutel(indicatorId, jaar));
        if (streef == null ? versie != null : versie == null || streef.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        if (streef == null) {
            nieuw.stel(waarde, toegangscontrole.gebruiker(), klok.instant());
            em.persist(nieuw);
        } else {
            streef.stel(waarde, toegangscontrole.gebruiker(), klok.instant());
        }
        bewaar();
    }

    private String bronVan(String indicatorId) {
        return ((java.util.stream.Stream<?>) em.createNativeQuery("select bron from indicator where id = ?").setParameter(1, indicatorId)
                .getResultStream()).findFirst().map(String::valueOf)
                .orElseThrow(() -> new DomainException("Deze indicator bestaat niet."));
    }

    private void bewaar() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new GelijktijdigGewijzigd();
        } catch (PersistenceException e) {
            // two users adding the first 0-meting or target at once: the second insert hits the primary key
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new GelijktijdigGewijzigd();
                }
            }
            throw e;
        }
    }
}
