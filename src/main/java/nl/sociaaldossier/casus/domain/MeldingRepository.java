package nl.sociaaldossier.casus.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.infrastructure.Beperkingen;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Stores and finds meldingen. */
@ApplicationScoped
public class MeldingRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * Stores a new melding (and its household when new). A member's BSN that another user registered in
     * another household a moment ago is refused by the database (one household per BSN) and told here.
     */
    public void voegToe(Melding melding) {
        try {
            em.persist(melding.huishouden());
            em.persist(melding);
            em.flush(); // assigns the identity now, so the caller gets the id
        } catch (PersistenceException e) {
            if (Beperkingen.uniekOvertreden(e).filter("gezinslid_bsn_uniek"::equals).isPresent()) {
                throw new DomainException("Een BSN van dit huishouden is zojuist door iemand anders bij een ander huishouden "
                        + "geregistreerd. Er is niets opgeslagen. Zoek dat huishouden op BSN en registreer de melding daar.");
            }
            throw e;
        }
    }

    /** Writes pending changes now. */
    public void bewaar() {
        em.flush();
    }

    /** The meldingen taken up in a casus, oldest first. */
    public List<Melding> vanCasus(Casus casus) {
        return em.createQuery("select m from Melding m where m.casus = :c order by m.meldingsdatum, m.id", Melding.class)
                .setParameter("c", casus)
                .getResultList();
    }

    /** Per household id: how many meldingen it has. */
    public Map<Long, Long> aantallenPerHuishouden(Collection<Long> huishoudenIds) {
        if (huishoudenIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m.huishouden.id, count(m) from Melding m where m.huishouden.id in :ids group by m.huishouden.id", Object[].class)
                .setParameter("ids", huishoudenIds)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Per household id: the id of its open casus, for the households that have one. */
    public Map<Long, Long> openCasusPerHuishouden(Collection<Long> huishoudenIds) {
        if (huishoudenIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.huishouden.id, c.id from Casus c where c.huishouden.id in :ids and c.status <> :af", Object[].class)
                .setParameter("ids", huishoudenIds)
                .setParameter("af", Casus.Status.AFGESLOTEN)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Whether a melding or casus of this team is about the household, or the user registered one for it. */
    public boolean isVanTeam(nl.sociaaldossier.household.domain.Huishouden huishouden, Long team, String gebruiker) {
        return !em.createQuery("""
                        select m.id from Melding m where m.huishouden = :h and (m.huishouden.wijk.team.id = :team or m.geregistreerdDoor = :ik)""",
                        Long.class)
                .setParameter("h", huishouden).setParameter("team", team).setParameter("ik", gebruiker).setMaxResults(1)
                .getResultList().isEmpty()
                || !em.createQuery("select c.id from Casus c where c.huishouden = :h and c.team.id = :team", Long.class)
                .setParameter("h", huishouden).setParameter("team", team).setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<Melding> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Melding.class, id));
    }

    /** One page of the meldingen a user registered, newest first, households and members loaded in batch. */
    public List<Melding> geregistreerdDoor(String gebruiker, int eerste, int aantal) {
        return em.createQuery("""
                        select m from Melding m join fetch m.huishouden h join fetch h.wijk join fetch m.verwijzer
                        where m.geregistreerdDoor = :door order by m.geregistreerdOp desc, m.id desc""", Melding.class)
                .setParameter("door", gebruiker)
                .setHint("eclipselink.batch", "m.huishouden.leden")
                .setHint("eclipselink.batch.type", "IN")
                .setFirstResult(eerste)
                .setMaxResults(aantal)
                .getResultList();
    }

    public long aantalGeregistreerdDoor(String gebruiker) {
        return em.createQuery("select count(m) from Melding m where m.geregistreerdDoor = :door", Long.class)
                .setParameter("door", gebruiker)
                .getSingleResult();
    }
}
