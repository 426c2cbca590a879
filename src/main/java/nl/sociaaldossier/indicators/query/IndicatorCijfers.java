package nl.sociaaldossier.indicators.query;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.infrastructure.Database;

/**
 * The figures of the registration indicators for a period, wijk or team, with small numbers
 * suppressed here, in the service: what leaves it is already safe to show or export.
 */
@Stateless
@RolesAllowed({Rol.BUSINESSCONTROLLER, Rol.BEHEERDER})
public class IndicatorCijfers {

    /** One indicator's outcome as it may be shown. */
    public record Uitkomst(String indicatorId, String titel, List<Onderdrukking.Getoond> cellen, String totaal)
            implements Serializable {
    }

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;

    public List<Uitkomst> bereken(LocalDate van, LocalDate tot, Long wijk, Long team) {
        try (Connection verbinding = dataSource.getConnection()) {
            Rollup rollup = new Rollup(verbinding);
            return List.of(
                    uitkomst("D4-4.1.1", "Huishoudens met een melding, per gevraagde voorziening of leefgebied",
                            rollup.meldingenPerOnderwerp(van, tot, wijk, team)),
                    new Uitkomst("D4-4.1.2", "Inwoners die na een melding naar een algemene voorziening zijn verwezen", List.of(),
                            Onderdrukking.waarde(rollup.verwezenNaarAlgemeenNaMelding(van, tot, wijk, team))),
                    uitkomst("D4-4.2.1", "Verwijzingen door externe verwijzers, per verwijzer en voorziening",
                            rollup.externeVerwijzingen(van, tot, wijk, team)),
                    uitkomst("D3-3.1.1", "Toegekende maatwerkvoorzieningen, per wet", rollup.toegekendMaatwerkPerWet(van, tot, wijk, team)),
                    zorg8(rollup.eenGezinEenPlanEenRegisseur(van, tot, wijk, team)));
        } catch (SQLException e) {
            throw new IllegalStateException("Indicatoren konden niet worden berekend", e);
        }
    }

    private static Uitkomst uitkomst(String id, String titel, List<Rollup.Cel> cellen) {
        Onderdrukking.Tabel tabel = Onderdrukking.tabel(cellen);
        return new Uitkomst(id, titel, tabel.cellen(), tabel.totaal());
    }

    /** Zorg-8 as a percentage; not shown when either count is suppressed. */
    private static Uitkomst zorg8(List<Rollup.Cel> cellen) {
        long noemer = cellen.get(0).aantal();
        long teller = cellen.get(1).aantal();
        String percentage = noemer < Onderdrukking.DREMPEL || teller < Onderdrukking.DREMPEL
                ? Onderdrukking.ONDERDRUKT : Math.round(100.0 * teller / noemer) + "%";
        return new Uitkomst("ZORG-8", "Huishoudens met meervoudige hulpvragen met één plan en precies één regisseur",
                Onderdrukking.tabel(cellen).cellen(), percentage);
    }
}
