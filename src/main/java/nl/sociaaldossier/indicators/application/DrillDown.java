package nl.sociaaldossier.indicators.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.sociaaldossier.casus.application.DossierToegang;
import nl.sociaaldossier.casus.application.Toegangscontrole;
import nl.sociaaldossier.casus.domain.Casus;
import nl.sociaaldossier.casus.domain.CasusRepository;
import nl.sociaaldossier.indicators.query.Afleidingen;
import nl.sociaaldossier.indicators.query.Definitie;
import nl.sociaaldossier.indicators.query.Filter;
import nl.sociaaldossier.indicators.query.Periode;
import nl.sociaaldossier.indicators.query.Rollup;
import nl.sociaaldossier.logboek.Activiteit;
import nl.sociaaldossier.logboek.Betrokkene;
import nl.sociaaldossier.logboek.Logboek;
import nl.sociaaldossier.logboek.Pseudoniemen;
import nl.sociaaldossier.logboek.Verwerking;
import nl.sociaaldossier.security.Rol;
import nl.sociaaldossier.shared.domain.DomainException;
import nl.sociaaldossier.shared.infrastructure.Database;

/**
 * From a count to the casussen behind it, for the roles that may see dossiers: only the casussen
 * this user may open are listed, and each one listed is logged as dossier access, with the way it
 * was reached. The businesscontroller and beheerder never get here.
 */
@Stateless
@RolesAllowed({Rol.INTAKER, Rol.COACH, Rol.PROCESMANAGER})
public class DrillDown {

    /** At most this many casussen are listed (and logged) at once. */
    public static final int MAXIMUM = 200;

    /** A casus behind a count, as the list shows it. */
    public record CasusRegel(Long id, String adres, String wijk, String team, String status, int aveNiveau) implements Serializable {
    }

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;
    @Inject
    private CasusRepository casussen;
    @Inject
    private Toegangscontrole toegangscontrole;
    @Inject
    private Clock klok;
    @Inject
    private Logboek logboek;
    @Inject
    private Pseudoniemen pseudoniemen;

    @Verwerking(Activiteit.INDICATOR_DRILLDOWN)
    public List<CasusRegel> casussen(String indicatorId, Periode periode, Filter filter, String sleutel, String subsleutel) {
        Instant start = klok.instant();
        Definitie definitie = Afleidingen.van(indicatorId).filter(Definitie::drillbaar)
                .orElseThrow(() -> new DomainException("Achter deze indicator staan geen casussen."));
        List<Long> ids;
        try (Connection verbinding = dataSource.getConnection()) {
            ids = new Rollup(verbinding).casussen(definitie, periode, filter, sleutel, subsleutel);
        } catch (SQLException e) {
            throw new IllegalStateException("De casussen konden niet worden opgezocht", e);
        }
        DossierToegang toegang = toegangscontrole.huidige();
        String via = "indicator " + indicatorId + " " + periode.label()
                + (sleutel == null ? "" : " · " + sleutel) + (subsleutel == null ? "" : " · " + subsleutel);
        // in slices, so that a count of thousands does not load thousands of casussen to show two hundred
        List<CasusRegel> regels = new ArrayList<>();
        List<Betrokkene> gelezen = new ArrayList<>();
        for (int van = 0; van < ids.size() && regels.size() < MAXIMUM; van += PLAK) {
            for (Casus c : casussen.metIds(ids.subList(van, Math.min(ids.size(), van + PLAK)))) {
                if (regels.size() < MAXIMUM && toegang.magInzien(c)) {
                    gelezen.add(pseudoniemen.van(c.huishouden(), "casus:" + c.id()));
                    regels.add(regel(c));
                }
            }
        }
        logboek.schrijf(Activiteit.INDICATOR_DRILLDOWN, gelezen, start, via);
        return regels;
    }

    private static final int PLAK = 500;

    private static CasusRegel regel(Casus c) {
        return new CasusRegel(c.id(), c.huishouden().adres().toString(), c.huishouden().wijk().naam(), c.team().naam(),
                c.status().name(), c.aveNiveau().niveau());
    }
}
