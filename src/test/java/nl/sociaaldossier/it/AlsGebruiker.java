package nl.sociaaldossier.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import nl.sociaaldossier.security.Rol;

/** Runs test code in the container with a role, so service-layer authorisation is exercised for real. */
public final class AlsGebruiker {

    private AlsGebruiker() {
    }

    /** Runs the work; the subclass's {@code @RunAs} decides the role its calls carry. */
    public abstract static class MetRol {
        public <T> T doe(Callable<T> werk) throws Exception {
            return werk.call();
        }
    }

    /** Calls made from here carry the intaker role. */
    @Stateless
    @RunAs(Rol.INTAKER)
    @PermitAll
    public static class Intaker extends MetRol {
    }

    /** Calls made from here carry the coach role (not an intaker). */
    @Stateless
    @RunAs(Rol.COACH)
    @PermitAll
    public static class Coach extends MetRol {
    }

    /** Calls made from here carry the procesmanager role. */
    @Stateless
    @RunAs(Rol.PROCESMANAGER)
    @PermitAll
    public static class Procesmanager extends MetRol {
    }

    /** A coach of Wijkteam 1, the team of the intaker's casussen (principal arquillian-teamcoach). */
    @Stateless
    @RunAs(Rol.COACH)
    @PermitAll
    public static class TeamCoach extends MetRol {
    }

    /** An intaker of Wijkteam 2 (principal arquillian-intaker2). */
    @Stateless
    @RunAs(Rol.INTAKER)
    @PermitAll
    public static class Intaker2 extends MetRol {
    }

    /** A coach of Wijkteam 1 whose token also carries the businesscontroller role (principal arquillian-dubbel). */
    @Stateless
    @RunAs(Rol.COACH)
    @PermitAll
    public static class CoachEnController extends MetRol {
    }

    /** The privacy officer. */
    @Stateless
    @RunAs(Rol.PRIVACYOFFICER)
    @PermitAll
    public static class PrivacyOfficer extends MetRol {
    }

    /** The beheerder (principal arquillian-beheerder). */
    @Stateless
    @RunAs(Rol.BEHEERDER)
    @PermitAll
    public static class Beheerder extends MetRol {
    }

    /** Calls made from here carry the businesscontroller role. */
    @Stateless
    @RunAs(Rol.BUSINESSCONTROLLER)
    @PermitAll
    public static class Controller extends MetRol {
    }
}
