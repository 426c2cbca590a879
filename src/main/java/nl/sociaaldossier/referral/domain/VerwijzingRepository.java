package nl.sociaaldossier.referral.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.catalogus.domain.Aanbieder;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.domain.GelijktijdigGewijzigd;

/** Stores and finds verwijzingen and the aanbieders they go to. */
@ApplicationScoped
public class VerwijzingRepository {

    @PersistenceContext
    private EntityManager em;

    public void voegToe(Verwijzing verwijzing) {
        em.persist(verwijzing);
        em.flush();
    }

    /** The referral as the user last saw it; a newer version means someone else changed it meanwhile. */
    public Optional<Verwijzing> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Verwijzing.class, id));
    }

    public Verwijzing get(Long id, long versie) {
        Verwijzing v = Optional.ofNullable(id == null ? null : em.find(Verwijzing.class, id))
                .orElseThrow(() -> new DomainException("Deze verwijzing bestaat niet."));
        if (v.versie() != versie) {
            throw new GelijktijdigGewijzigd();
        }
        return v;
    }

    public void bewaar() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new GelijktijdigGewijzigd();
        }
    }

    public List<Verwijzing> vanCasus(Casus casus) {
        return em.createQuery("select v from Verwijzing v where v.casus = :c order by v.aangevraagdOp desc, v.id desc", Verwijzing.class)
                .setParameter("c", casus)
                .setHint("eclipselink.batch", "v.stappen")
                .getResultList();
    }

    /** The aanbieders valid on a day, by name: what a form offers. */
    public List<Aanbieder> aanbieders(java.time.LocalDate op) {
        return em.createQuery("select a from Aanbieder a order by a.naam", Aanbieder.class).getResultList().stream()
                .filter(a -> a.isGeldigOp(op)).toList();
    }

    /** The legal terms of a law in force on a day, as the beheerder keeps them (the Awb's when the law has none). */
    public Termijnregel termijnregel(String wet, java.time.LocalDate op) {
        Object[] rij = (Object[]) em.createNativeQuery("select onderzoek_dagen, beschikking_dagen from termijnen_op(?1, ?2)")
                .setParameter(1, wet).setParameter(2, op).getSingleResult();
        return new Termijnregel(rij[0] == null ? null : ((Number) rij[0]).intValue(), ((Number) rij[1]).intValue());
    }

    public Optional<Aanbieder> findAanbieder(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Aanbieder.class, id));
    }
}
