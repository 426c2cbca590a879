package nl.sociaaldossier.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.sociaaldossier.shared.infrastructure.Database;
import nl.sociaaldossier.shared.infrastructure.Instantie;
import nl.sociaaldossier.shared.infrastructure.Leesreplica;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Gauges of this instance's database use: its connections as PostgreSQL counts them (the pool names
 * each connection after the instance, {@code app.instantie}), open and busy, and the read replica's
 * lag. Read when the metrics are scraped; -1 when the database does not answer.
 */
@ApplicationScoped
public class Databasegebruik {

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;
    @Inject
    private Leesreplica leesreplica;
    @Inject
    private MetricRegistry metrics;
    @Inject
    private Instantie instantie;

    void start(@Observes @Initialized(ApplicationScoped.class) Object opgestart) {
        Metadata verbindingen = Metadata.builder().withName("sd.database.verbindingen")
                .withDescription("Verbindingen van deze instantie met de primaire database (pool)").build();
        metrics.gauge(verbindingen, this, d -> d.verbindingen(false), new Tag("toestand", "open"));
        metrics.gauge(verbindingen, this, d -> d.verbindingen(true), new Tag("toestand", "bezig"));
        metrics.gauge(Metadata.builder().withName("sd.leesreplica.achterstand").withUnit(MetricUnits.SECONDS)
                        .withDescription("Hoe ver de leesreplica achterloopt (-1: geen of onbereikbaar)").build(),
                this, Databasegebruik::replicaAchterstand);
    }

    /** The replica's lag in seconds; -1 without a replica or when it does not answer. */
    double replicaAchterstand() {
        return leesreplica.achterstand().map(a -> a.toMillis() / 1000.0).orElse(-1.0);
    }

    /** Open or busy connections of this instance, not counting the one asking. */
    long verbindingen(boolean bezig) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("""
                     select count(*) filter (where pid <> pg_backend_pid()
                                              and (not ? or state not in ('idle')))
                       from pg_stat_activity where application_name = ? and backend_type = 'client backend'""")) {
            s.setBoolean(1, bezig);
            s.setString(2, instantie.naam());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }
}
