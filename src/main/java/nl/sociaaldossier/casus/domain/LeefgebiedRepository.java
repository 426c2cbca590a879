package nl.sociaaldossier.casus.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.shared.domain.DomainException;

/** The configured leefgebieden. */
@ApplicationScoped
public class LeefgebiedRepository {

    @PersistenceContext
    private EntityManager em;

    public List<Leefgebied> alle() {
        return em.createQuery("select l from Leefgebied l order by l.volgorde", Leefgebied.class).getResultList();
    }

    public Leefgebied get(String code) {
        return Optional.ofNullable(code == null ? null : em.find(Leefgebied.class, code))
                .orElseThrow(() -> new DomainException("Kies een leefgebied uit de lijst."));
    }
}
