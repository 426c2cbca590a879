package nl.sociaaldossier.catalogus.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.time.LocalDate;
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

    /**
     * One entry: its code, its name, what kind it is where the catalogue has kinds (soort, wet or
     * domein, team), and the days it is valid (null: since ever, until further notice).
     */
    public record Regel(String code, String naam, String soort, LocalDate geldigVan, LocalDate geldigTot) implements Serializable {
    }

    private static final Map<String, String> CATALOGI = new LinkedHashMap<>();

    static {
        CATALOGI.put("wijken", "select w.code, w.naam, t.code, w.geldig_van, w.geldig_tot from wijk w join team t on t.id = w.team_id order by w.naam");
        CATALOGI.put("teams", "select code, naam, soort, geldig_van, geldig_tot from team order by naam");
        CATALOGI.put("verwijzers", "select code, naam, case when extern then 'extern' else 'gemeente' end, geldig_van, geldig_tot from verwijzer order by naam");
        CATALOGI.put("voorzieningen", "select code, naam, lower(soort) || ': ' || wet_of_domein, geldig_van, geldig_tot from voorziening order by soort, wet_of_domein, naam");
        CATALOGI.put("aanbieders", "select code, naam, null, geldig_van, geldig_tot from aanbieder order by naam");
        CATALOGI.put("leefgebieden", "select code, naam, null, geldig_van, geldig_tot from leefgebied order by volgorde");
    }

    @PersistenceContext
    private EntityManager em;

    @GeenPersoonsgegevens("reference data")
    public Map<String, List<Regel>> alle() {
        Map<String, List<Regel>> alle = new LinkedHashMap<>();
        CATALOGI.forEach((naam, sql) -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rijen = em.createNativeQuery(sql).getResultList();
            alle.put(naam, rijen.stream().map(r -> new Regel((String) r[0], (String) r[1], (String) r[2], datum(r[3]), datum(r[4]))).toList());
        });
        return alle;
    }

    private static LocalDate datum(Object kolom) {
        return kolom instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) kolom;
    }
}
