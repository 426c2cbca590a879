package nl.sociaaldossier.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Catalogue entries named by their stable code in an API request: a connected system sends the codes
 * of {@code GET /api/v1/catalogi}, never names and need not know the ids. A code and an id for the same
 * field must agree. Reference data only; the service the request goes to checks the rest.
 */
@ApplicationScoped
class Codes {

    /** A catalogue a request names entries of; the table names are constants, never input. */
    enum Soort {
        WIJK("wijk", "wijk"), VERWIJZER("verwijzer", "verwijzer"), VOORZIENING("voorziening", "voorziening"),
        AANBIEDER("aanbieder", "aanbieder"), LEEFGEBIED("leefgebied", "leefgebied");

        private final String tabel;
        private final String veld;

        Soort(String tabel, String veld) {
            this.tabel = tabel;
            this.veld = veld;
        }
    }

    @PersistenceContext
    private EntityManager em;

    /**
     * Sets the field's id from its code when the request gave one; refuses an unknown code, and a
     * code and id that name different entries.
     */
    void vulIn(Soort soort, String code, Long id, Consumer<Long> zetId) {
        if (code == null || code.isBlank()) {
            return;
        }
        Long gevonden = id(soort, code.strip());
        if (id != null && !id.equals(gevonden)) {
            throw new Problemen.Ongeldig(soort.veld + "Id en " + soort.veld + " noemen verschillende regels van de catalogus: geef er één.");
        }
        zetId.accept(gevonden);
    }

    /** Whether a leefgebied has this code (its code is its key). */
    String leefgebied(String code) {
        List<?> rijen = em.createNativeQuery("select code from leefgebied where code = ?1").setParameter(1, code.strip()).getResultList();
        if (rijen.isEmpty()) {
            throw onbekend(Soort.LEEFGEBIED, code);
        }
        return (String) rijen.get(0);
    }

    private Long id(Soort soort, String code) {
        List<?> rijen = em.createNativeQuery("select id from " + soort.tabel + " where code = ?1").setParameter(1, code).getResultList();
        if (rijen.isEmpty()) {
            throw onbekend(soort, code);
        }
        return ((Number) Objects.requireNonNull(rijen.get(0))).longValue();
    }

    private static Problemen.Ongeldig onbekend(Soort soort, String code) {
        return new Problemen.Ongeldig("Onbekende code '" + code + "' voor " + soort.veld + ": de codes staan in GET /api/v1/catalogi.");
    }
}
