package nl.sociaaldossier.indicators.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.sociaaldossier.indicators.query.Celsleutel;
import nl.sociaaldossier.indicators.query.IndicatorStand;
import nl.sociaaldossier.shared.infrastructure.Database;
import nl.sociaaldossier.shared.infrastructure.Storing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the indicators' figures current ({@link IndicatorStand}): every {@code indicatoren.verversing}
 * (60 s) a refresh of at most {@code indicatoren.verversing.budget} (20 s) takes in the changes and
 * recounts what they touched. Every app instance runs it; a database lock lets one at a time work.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigraties")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndicatorVerversing {

    private static final Logger LOG = Logger.getLogger(IndicatorVerversing.class.getName());

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;
    @Resource
    private ManagedScheduledExecutorService planner;
    @Inject
    private Clock klok;
    @Inject
    @ConfigProperty(name = "indicatoren.verversing", defaultValue = "PT60S")
    Duration interval;
    @Inject
    @ConfigProperty(name = "indicatoren.verversing.budget", defaultValue = "PT20S")
    Duration budget;
    @Inject
    @ConfigProperty(name = "indicatoren.celsleutel", defaultValue = "" + Celsleutel.STANDAARD_ZAAD)
    long zaad;

    private ScheduledFuture<?> taak;

    @PostConstruct
    void plan() {
        taak = planner.scheduleWithFixedDelay(this::ververs, 5_000, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        taak.cancel(false);
    }

    private void ververs() {
        try (Connection verbinding = dataSource.getConnection()) {
            IndicatorStand.ververs(verbinding, zaad, LocalDate.now(klok), budget).ifPresent(v -> {
                if (!v.perioden().isEmpty()) {
                    LOG.info(() -> "Indicators recounted in " + v.duur().toMillis() + " ms (" + v.wijzigingen() + " changes taken in): "
                            + String.join(", ", v.perioden()));
                }
            });
        } catch (SQLException | RuntimeException e) {
            // the next run tries again; the pages count for themselves meanwhile
            LOG.log(Storing.isDatabaseOnbereikbaar(e) ? Level.INFO : Level.WARNING, "Indicators not refreshed: " + e, e);
        }
    }
}
