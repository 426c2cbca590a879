package nl.sociaaldossier.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the indicator rollups read: a PostgreSQL streaming replica when {@code db.replica.url} is
 * set, else the primary. The replica's pool has its own datasource; when the replica does not answer
 * the rollups read the primary (and say so), so a lost replica never stops the dashboard.
 *
 * <p>Only aggregates read here: a dossier, a drill-down to casussen and every write stay on the
 * primary, where the access checks and the Logboek are.
 */
@DataSourceDefinition(
        name = Leesreplica.JNDI_NAAM,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.replica.url}",
        user = "${MPCONFIG=db.replica.user}",
        password = "${MPCONFIG=db.replica.password}",
        minPoolSize = 0,
        maxPoolSize = 10,
        // read-only work, never part of a JTA transaction: a page's transaction already holds a primary connection,
        // and a second non-XA resource would be refused
        transactional = false,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "ApplicationName=${MPCONFIG=app.instantie}", // per instance in pg_stat_activity (metrics)
                      "fish.payara.connection-validation-method=auto-commit",
                      "fish.payara.fail-all-connections=true",
                      "readOnly=true",
                      // a replica host that does not answer costs a page at most 2 s, once per 10 s (RUST), not the driver's 10
                      "connectTimeout=2"})
@ApplicationScoped
public class Leesreplica {

    public static final String JNDI_NAAM = "java:app/jdbc/sociaaldossier-replica";
    private static final Logger LOG = Logger.getLogger(Leesreplica.class.getName());
    /** After a failed attempt the replica is not asked again for this long. */
    private static final Duration RUST = Duration.ofSeconds(10);

    /** Where a rollup was read, and how far the replica was behind the primary then. */
    public record Bron(boolean replica, Duration achterstand) implements Serializable {

        public static final Bron PRIMAIR = new Bron(false, Duration.ZERO);
    }

    /** A connection and where it leads. */
    public record Verbinding(Connection connection, Bron bron) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource primair;
    @Resource(lookup = JNDI_NAAM)
    private DataSource replica;
    @Inject
    @ConfigProperty(name = "db.replica.url")
    Optional<String> replicaUrl;
    @Inject
    @ConfigProperty(name = "db.url")
    String primairUrl;

    private volatile Instant misluktOp = Instant.EPOCH;

    /** Whether a replica other than the primary is configured. */
    public boolean isGeconfigureerd() {
        return replicaUrl.filter(u -> !u.isBlank() && !u.equals(primairUrl)).isPresent();
    }

    /** The datasource the rollups read: the replica when configured and answering, else the primary. */
    public DataSource dataSource() {
        return bruikbaar() ? replica : primair;
    }

    /** A connection for reading aggregates, with where it leads (the replica's lag measured on it). */
    public Verbinding verbinding() throws SQLException {
        if (bruikbaar()) {
            try {
                Connection c = replica.getConnection();
                try {
                    return new Verbinding(c, new Bron(true, achterstand(c)));
                } catch (SQLException e) {
                    c.close();
                    throw e;
                }
            } catch (SQLException e) {
                misluktOp = Instant.now();
                LOG.log(Level.WARNING, "Read replica does not answer: the rollups read the primary for now", e);
            }
        }
        return new Verbinding(primair.getConnection(), Bron.PRIMAIR);
    }

    /** The replica's lag, when one is configured and answers. */
    public Optional<Duration> achterstand() {
        if (!isGeconfigureerd()) {
            return Optional.empty();
        }
        try (Connection c = replica.getConnection()) {
            return Optional.of(achterstand(c));
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private boolean bruikbaar() {
        return isGeconfigureerd() && misluktOp.plus(RUST).isBefore(Instant.now());
    }

    /**
     * How far a standby is behind: zero when it has replayed all it received (an idle primary sends
     * nothing, and the time of the last replayed transaction would otherwise grow on its own), else
     * the age of the last transaction it replayed. A server that is not a standby has no lag.
     */
    static Duration achterstand(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select case when not pg_is_in_recovery() then 0
                            when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                            else coalesce(extract(epoch from clock_timestamp() - pg_last_xact_replay_timestamp()), 0) end""")) {
            r.next();
            return Duration.ofMillis(Math.max(0, Math.round(r.getDouble(1) * 1000)));
        }
    }
}
