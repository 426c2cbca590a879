package nl.sociaaldossier.shared.infrastructure;

import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Reads which database constraint refused a write, so the repository that wrote can tell the user
 * in words what happened (two users at once: the database let one win).
 */
public final class Beperkingen {

    private static final String UNIEK = "23505";

    private Beperkingen() {
    }

    /** The name of the unique constraint or index that refused the write, if that is what happened. */
    public static Optional<String> uniekOvertreden(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause()) {
            if (t instanceof PSQLException sql && UNIEK.equals(sql.getSQLState())) {
                ServerErrorMessage server = sql.getServerErrorMessage();
                return Optional.of(server == null || server.getConstraint() == null ? "" : server.getConstraint());
            }
        }
        return Optional.empty();
    }
}
