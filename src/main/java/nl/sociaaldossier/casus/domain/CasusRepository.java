package nl.sociaaldossier.casus.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import nl.sociaaldossier.shared.infrastructure.Beperkingen;
import jakarta.persistence.PersistenceContext;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;

/** Stores and finds casussen and AVE levels. */
@ApplicationScoped
public class CasusRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<Casus> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Casus.class, id));
    }

    /** Refuses a change made on the casus as the user saw it earlier: a newer version means someone else changed it meanwhile. */
    public void vereisVersie(Casus casus, long versie) {
        if (casus.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
    }

    public Optional<Casus> openCasusVan(Long huishoudenId) {
        return em.createQuery("select c from Casus c where c.huishouden.id = :h and c.status <> :af", Casus.class)
                .setParameter("h", huishoudenId)
                .setParameter("af", Casus.Status.AFGESLOTEN)
                .getResultStream().findFirst();
    }

    /**
     * Stores a new casus. A household has at most one open casus (één gezin, één plan): when another
     * intaker opened one for it a moment ago, the database refuses this one and it is told here.
     */
    public void voegToe(Casus casus) {
        try {
            em.persist(casus);
            em.flush();
        } catch (PersistenceException e) {
            if (Beperkingen.uniekOvertreden(e).filter("casus_een_open_per_huishouden"::equals).isPresent()) {
                throw new DomainException("Voor dit huishouden is zojuist door iemand anders een casus geopend. Er is niets "
                        + "opgeslagen. Pak de melding opnieuw op: die wordt dan aan die casus toegevoegd.");
            }
            throw e;
        }
    }

    /**
     * Writes the changes to the casus now. The casus is one aggregate: its version goes up with any
     * change in it (analyse, history), so a conflicting edit by someone else is reported here.
     */
    public void bewaar(Casus casus) {
        try {
            em.lock(casus, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new GelijktijdigGewijzigd();
        }
    }

    public AveNiveau aveNiveau(int niveau) {
        return Optional.ofNullable(em.find(AveNiveau.class, niveau))
                .orElseThrow(() -> new DomainException("Kies een AVE-niveau van 0 tot en met 4."));
    }

    public List<AveNiveau> aveNiveaus() {
        return em.createQuery("select a from AveNiveau a order by a.niveau", AveNiveau.class).getResultList();
    }

    /** The casussen with these ids, with what the access rule and a list of them read, in one query. */
    public List<Casus> metIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("""
                        select c from Casus c join fetch c.huishouden h join fetch h.wijk join fetch c.team join fetch c.aveNiveau
                        left join fetch c.regisseur left join fetch c.procesmanager
                        where c.id in :ids order by c.id""", Casus.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "c.huishouden.leden")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }
}
