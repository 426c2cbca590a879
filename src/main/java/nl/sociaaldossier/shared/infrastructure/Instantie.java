package nl.sociaaldossier.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This app instance's name ({@code app.instantie}, env APP_INSTANTIE; default in
 * META-INF/microprofile-config.properties): in the request log, the health data, the database
 * connections' application_name, and the response header the load balancer routes sessions by.
 */
@ApplicationScoped
public class Instantie {

    @Inject
    @ConfigProperty(name = "app.instantie")
    String naam;

    public String naam() {
        return naam;
    }
}
