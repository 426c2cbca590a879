package nl.sociaaldossier.catalogus.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.logboek.GeenPersoonsgegevens;
import nl.sociaaldossier.security.Rol;

/**
 * The catalogues with their stable codes, as the import format and the API name their entries:
 * wijken, teams, verwijzers, voorzieningen, aanbieders and leefgebieden. Reference data, no personal data.
 */
@Stateless
@RolesAllowed({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.BUSINESSCONTROLLER, Rol.BEHEERDER, Rol.KOPPELING})
public class Catalogusoverzicht {

    /** One entry: its code, its name, and what kind it is where the catalogue has kinds (soort, wet or domein, team). */
    public record Regel(String code, String naam, String soort) implements Serializable {
    }

    private static final Map<String, String> CATALOGI = new LinkedHashMap<>();

    static {
        CATALOGI.put("wijken", "select w.code, w.naam, t.code from wijk w join team t on t.id = w.team_id order by w.naam");
        CATALOGI.put("teams", "select code, naam, soort from team order by naam");
        CATALOGI.put("verwijzers", "select code, naam, case when extern then 'extern' else 'gemeente' end from verwijzer order by naam");
        CATALOGI.put("voorzieningen", "select code, naam, lower(soort) || ': ' || wet_of_domein from voorziening order by soort, wet_of_domein, naam");
        CATALOGI.put("aanbieders", "select code, naam, null from aanbieder order by naam");
        CATALOGI.put("leefgebieden", "select code, naam, null from leefgebied order by volgorde");
    }

    @PersistenceContext
    private EntityManager em;

    @GeenPersoonsgegevens("reference data")
    public Map<String, List<Regel>> alle() {
        Map<String, List<Regel>> alle = new LinkedHashMap<>();
        CATALOGI.forEach((naam, sql) -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rijen = em.createNativeQuery(sql).getResultList();
            alle.put(naam, rijen.stream().map(r -> new Regel((String) r[0], (String) r[1], (String) r[2])).toList());
        });
        return alle;
    }
}
