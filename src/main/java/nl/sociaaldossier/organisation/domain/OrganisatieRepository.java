package nl.sociaaldossier.organisation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.shared.domain.DomainException;

/** Wijken, teams and verwijzers as configured. */
@ApplicationScoped
public class OrganisatieRepository {

    @PersistenceContext
    private EntityManager em;

    public List<Wijk> wijken() {
        return em.createQuery("select w from Wijk w order by w.naam", Wijk.class).getResultList();
    }

    public List<Verwijzer> verwijzers() {
        return em.createQuery("select v from Verwijzer v order by v.extern, v.naam", Verwijzer.class).getResultList();
    }

    public Optional<Wijk> findWijk(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Wijk.class, id));
    }

    public Wijk getWijk(Long id) {
        return findWijk(id).orElseThrow(() -> new DomainException("Kies een wijk uit de lijst."));
    }

    public Verwijzer getVerwijzer(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Verwijzer.class, id))
                .orElseThrow(() -> new DomainException("Kies een verwijzer uit de lijst."));
    }
}
