package nl.sociaaldossier.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The clock of the domain: Dutch time. Injected, so rules about dates do not read the system clock. */
@ApplicationScoped
public class Klok {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock klok() {
        return Clock.system(NEDERLAND);
    }
}
