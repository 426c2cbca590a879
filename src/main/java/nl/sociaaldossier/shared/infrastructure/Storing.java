package nl.sociaaldossier.shared.infrastructure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a passing outage of the database (restarted, killed, network gone) from a fault in the app:
 * the user is then asked to try again in a moment, and nothing was stored.
 */
public final class Storing {

    public static final String DATABASE_ONBEREIKBAAR = "De database is even niet bereikbaar. Er is niets opgeslagen. "
            + "Probeer het over enkele seconden opnieuw; uw invoer staat nog in het formulier.";

    private Storing() {
    }

    /** Whether the cause is the database being unreachable: connection failures (SQLState class 08), shutdown (57P0x), no connection to be had. */
    public static boolean isDatabaseOnbereikbaar(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException) {
                return true;
            }
            String bericht = String.valueOf(t.getMessage());
            // Payara's pool when it cannot hand out a connection
            if (bericht.contains("Error in allocating a connection") || bericht.contains("Connection could not be allocated")) {
                return true;
            }
        }
        return false;
    }
}
