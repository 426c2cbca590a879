package nl.sociaaldossier.household.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.sociaaldossier.shared.domain.DomainException;

/** Finds households: by id, and the search an intaker does before registering (één gezin). */
@ApplicationScoped
public class HuishoudenRepository {

    private static final int MAX_TREFFERS = 50;

    @PersistenceContext
    private EntityManager em;

    public Optional<Huishouden> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Huishouden.class, id));
    }

    public Huishouden get(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Huishouden.class, id))
                .orElseThrow(() -> new DomainException("Dit huishouden bestaat niet."));
    }

    /** The members already registered with one of these BSNs, in whatever household. */
    public List<Gezinslid> ledenMetBsn(Collection<String> bsns) {
        if (bsns.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Gezinslid l join fetch l.huishouden where l.bsn.nummer in :bsns", Gezinslid.class)
                .setParameter("bsns", bsns)
                .getResultList();
    }

    /**
     * Households matching exactly what the intaker knows: a BSN; or a surname with a date of birth;
     * or a postcode with a house number. No wildcards (a % or _ is just a character). At most 50.
     */
    public List<Huishouden> zoek(String bsn, String achternaam, LocalDate geboortedatum, String postcode, String huisnummer) {
        if (bsn != null && !bsn.isBlank()) {
            return em.createQuery("select distinct l.huishouden from Gezinslid l where l.bsn.nummer = :bsn", Huishouden.class)
                    .setParameter("bsn", bsn.replaceAll("[\\s.]", ""))
                    .setMaxResults(MAX_TREFFERS).getResultList();
        }
        if (achternaam != null && !achternaam.isBlank() && geboortedatum != null) {
            return em.createQuery("""
                            select distinct l.huishouden from Gezinslid l
                            where lower(l.achternaam) = :naam and l.geboortedatum = :geboren""", Huishouden.class)
                    .setParameter("naam", achternaam.strip().toLowerCase())
                    .setParameter("geboren", geboortedatum)
                    .setMaxResults(MAX_TREFFERS).getResultList();
        }
        if (postcode != null && !postcode.isBlank() && huisnummer != null && !huisnummer.isBlank()) {
            String pc = postcode.replace(" ", "").toUpperCase();
            return em.createQuery("""
                            select h from Huishouden h
                            where function('replace', h.adres.postcode, ' ', '') = :pc and lower(h.adres.huisnummer) = :nr""", Huishouden.class)
                    .setParameter("pc", pc)
                    .setParameter("nr", huisnummer.strip().toLowerCase())
                    .setMaxResults(MAX_TREFFERS).getResultList();
        }
        throw new DomainException("Zoek op BSN, op achternaam met geboortedatum, of op postcode met huisnummer.");
    }
}
