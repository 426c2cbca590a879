package nl.sociaaldossier.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import nl.sociaaldossier.security.Inlogdienst;
import nl.sociaaldossier.shared.infrastructure.Database;
import nl.sociaaldossier.shared.infrastructure.Leesreplica;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready (MicroProfile Health, {@code /health/ready}): the database answers and Keycloak is
 * reachable, so a new user can log in and work. A configured read replica is reported with its lag
 * but does not make the instance unready: the rollups then read the primary.
 */
public final class Gereedheid {

    private Gereedheid() {
    }

    @Readiness
    @ApplicationScoped
    public static class DatabaseGereed implements HealthCheck {

        @Resource(lookup = Database.JNDI_NAAM)
        private DataSource dataSource;

        @Override
        public HealthCheckResponse call() {
            try (Connection verbinding = dataSource.getConnection()) {
                return HealthCheckResponse.named("database").status(verbinding.isValid(2)).build();
            } catch (SQLException e) {
                return HealthCheckResponse.named("database").down().withData("fout", e.getClass().getSimpleName()).build();
            }
        }
    }

    @Readiness
    @ApplicationScoped
    public static class KeycloakGereed implements HealthCheck {

        @Inject
        private Inlogdienst inlogdienst;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("keycloak").status(inlogdienst.isBereikbaar()).build();
        }
    }

    @Readiness
    @ApplicationScoped
    public static class ReplicaGereed implements HealthCheck {

        @Inject
        private Leesreplica leesreplica;

        @Override
        public HealthCheckResponse call() {
            var antwoord = HealthCheckResponse.named("leesreplica").up().withData("geconfigureerd", leesreplica.isGeconfigureerd());
            if (leesreplica.isGeconfigureerd()) {
                Optional<Duration> achterstand = leesreplica.achterstand();
                antwoord.withData("bereikbaar", achterstand.isPresent());
                achterstand.ifPresent(a -> antwoord.withData("achterstandMs", a.toMillis()));
            }
            return antwoord.build();
        }
    }
}
