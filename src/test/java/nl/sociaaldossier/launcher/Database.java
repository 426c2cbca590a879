package nl.sociaaldossier.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the app uses: an external one when {@code DB_URL} is given, otherwise a
 * real PostgreSQL server started from Maven artifacts (zonky), with its data in a folder.
 */
public final class Database implements AutoCloseable {

    static final String NAAM = "sociaaldossier";

    private final EmbeddedPostgres embedded;
    private final String url;
    private final String gebruiker;
    private final String wachtwoord;

    private Database(EmbeddedPostgres embedded, String url, String gebruiker, String wachtwoord) {
        this.embedded = embedded;
        this.url = url;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
    }

    /** The database named by env DB_URL, DB_USER, DB_PASSWORD (or -Ddb.url, ...), if any. */
    public static Database extern() {
        String url = Instellingen.waarde("db.url", null);
        return url == null ? null
                : new Database(null, url, Instellingen.waarde("db.user", "postgres"), Instellingen.waarde("db.password", ""));
    }

    /**
     * Starts an embedded PostgreSQL. With {@code bewaren} the data folder is kept and reused;
     * otherwise it starts empty. Port 0 picks a free port.
     */
    public static Database embedded(Path dataMap, int poort, boolean bewaren) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataMap)
                    .setCleanDataDirectory(!bewaren)
                    .setPort(poort)
                    .setRegisterShutdownHook(true)
                    .start();
            maakDatabase(pg);
            return new Database(pg, pg.getJdbcUrl("postgres", NAAM), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataMap, e);
        }
    }

    private static void maakDatabase(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("select 1 from pg_database where datname = '" + NAAM + "'")) {
                if (!r.next()) {
                    s.execute("create database " + NAAM);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + NAAM, e);
        }
    }

    public String url() {
        return url;
    }

    public String gebruiker() {
        return gebruiker;
    }

    public String wachtwoord() {
        return wachtwoord;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
