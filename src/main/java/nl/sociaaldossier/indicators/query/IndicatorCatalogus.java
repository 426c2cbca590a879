package nl.sociaaldossier.indicators.query;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sociaaldossier.security.Rol;

/** The indicators of the Actieplan as the doelenboom orders them: strategic goal, beleidslijn, indicator. */
@Stateless
@RolesAllowed({Rol.BUSINESSCONTROLLER, Rol.BEHEERDER, Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER, Rol.KOPPELING})
public class IndicatorCatalogus {

    public record Indicator(String id, String code, String tekst, String bron, String afleiding, String hoofdstuk)
            implements Serializable {
    }

    /** A beleidslijn with its indicators; code and omschrijving are empty for indicators outside the Actieplan's lines. */
    public record Beleidslijn(String code, String omschrijving, List<Indicator> indicatoren) implements Serializable {
    }

    public record Doel(String code, String omschrijving, List<Beleidslijn> beleidslijnen) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    public List<Doel> doelenboom() {
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery("""
                select d.code, d.omschrijving, coalesce(b.code, ''), coalesce(b.omschrijving, ''),
                       i.id, i.code, i.tekst, i.bron, i.afleiding, i.hoofdstuk
                from indicator i
                join strategisch_doel d on d.code = i.doel_code
                left join beleidslijn b on b.code = i.beleidslijn_code
                order by d.code, coalesce(b.volgorde, 1000), i.volgorde""").getResultList();
        Map<String, Doel> doelen = new LinkedHashMap<>();
        Map<String, Beleidslijn> lijnen = new LinkedHashMap<>();
        for (Object[] r : rijen) {
            Doel doel = doelen.computeIfAbsent((String) r[0], c -> new Doel(c, (String) r[1], new ArrayList<>()));
            Beleidslijn lijn = lijnen.computeIfAbsent(r[0] + "|" + r[2], k -> {
                Beleidslijn nieuw = new Beleidslijn((String) r[2], (String) r[3], new ArrayList<>());
                doel.beleidslijnen().add(nieuw);
                return nieuw;
            });
            lijn.indicatoren().add(new Indicator((String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9]));
        }
        return new ArrayList<>(doelen.values());
    }
}
