package nl.sociaaldossier.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    @ConfigProperty(name = "app.instantie", defaultValue = "sociaal-dossier")
    String instantie;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("app").up()
                .withData("instantie", instantie)
                .withData("uptimeS", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
