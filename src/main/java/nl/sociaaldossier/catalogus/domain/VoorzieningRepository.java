package nl.sociaaldossier.catalogus.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.shared.domain.DomainException;

/** The catalogue of voorzieningen. */
@ApplicationScoped
public class VoorzieningRepository {

    @PersistenceContext
    private EntityManager em;

    /** Algemene voorzieningen first, then maatwerk per law, each by name. */
    public List<Voorziening> catalogus() {
        return em.createQuery("select v from Voorziening v order by v.soort, v.wetOfDomein, v.naam", Voorziening.class)
                .getResultList();
    }

    public Voorziening get(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Voorziening.class, id))
                .orElseThrow(() -> new DomainException("Kies een voorziening uit de catalogus."));
    }
}
