package nl.sociaaldossier.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import nl.sociaaldossier.shared.infrastructure.Instantie;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live (MicroProfile Health, {@code /health/live}): the app is deployed and answers. Nothing outside
 * the process counts here, so an orchestrator never restarts instances because the database or
 * Keycloak is away (that is readiness).
 */
@Liveness
@ApplicationScoped
public class Levendheid implements HealthCheck {

    @Inject
    private Instantie instantie;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("app").up()
                .withData("instantie", instantie.naam())
                .withData("uptimeS", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
