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
    /** The role the app connects as in the embedded database: it may insert into the logboek, not change it. */
    static final String APP_ROL = "sociaaldossier_app";

    private final String url;
    private final String gebruiker;
    private final String wachtwoord;
    private final String eigenaar;
    private final String eigenaarWachtwoord;

    private Database(EmbeddedPostgres embedded, String url, String gebruiker, String wachtwoord, String eigenaar,
                     String eigenaarWachtwoord) {
        this.embedded = embedded;
        this.url = url;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        this.eigenaar = eigenaar;
        this.eigenaarWachtwoord = eigenaarWachtwoord;
    }

    /**
     * The database named by env DB_URL, DB_USER, DB_PASSWORD (or -Ddb.url, ...), if any; the schema
     * owner Flyway migrates as by DB_EIGENAAR_USER and DB_EIGENAAR_PASSWORD (none: the app's role).
     */
    public static Database extern() {
        String url = Instellingen.waarde("db.url", null);
        return url == null ? null
                : new Database(null, url, Instellingen.waarde("db.user", "postgres"), Instellingen.waarde("db.password", ""),
                        Instellingen.waarde("db.eigenaar.user", null), Instellingen.waarde("db.eigenaar.password", ""));
    }

    /** A database that runs elsewhere (not started or stopped by us), with the app's role and the schema owner. */
    public static Database bestaand(String url, String gebruiker, String wachtwoord, String eigenaar, String eigenaarWachtwoord) {
        return new Database(null, url, gebruiker, wachtwoord, eigenaar, eigenaarWachtwoord);
    }

    /**
     * Starts an embedded PostgreSQL. With {@code bewaren} (the run command) the data folder is kept
     * and reused, and the server is durable: fsync and synchronous commit on, so a change confirmed
     * to a user survives a crash of PostgreSQL or the machine (zonky turns both off by default).
     * Without it (tests) it starts empty and stays fast. Port 0 picks a free port.
     */
    public static Database embedded(Path dataMap, int poort, boolean bewaren) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataMap)
                    .setCleanDataDirectory(!bewaren)
                    .setPort(poort)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("fsync", bewaren ? "on" : "off")
                    .setServerConfig("synchronous_commit", bewaren ? "on" : "off")
                    .start();
            maakDatabase(pg);
            // not zonky's URL: it carries ?user=postgres, which would win over the app's own role
            return new Database(pg, "jdbc:postgresql://localhost:" + pg.getPort() + "/" + NAAM, APP_ROL, APP_ROL, "postgres", "postgres");
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
            try (ResultSet r = s.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROL + "'")) {
                if (!r.next()) {
                    s.execute("create role " + APP_ROL + " login password '" + APP_ROL + "'");
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

    /** The schema owner Flyway migrates as; null when the app migrates as its own role. */
    public String eigenaar() {
        return eigenaar;
    }

    public String eigenaarWachtwoord() {
        return eigenaarWachtwoord;
    }

    /** The JDBC URL, user and password options for Payara Micro (the app's role and the schema owner). */
    public java.util.List<String> systeemEigenschappen() {
        java.util.List<String> opties = new java.util.ArrayList<>(java.util.List.of(
                "-Ddb.url=" + url, "-Ddb.user=" + gebruiker, "-Ddb.password=" + wachtwoord));
        if (eigenaar != null) {
            opties.add("-Ddb.eigenaar.user=" + eigenaar);
            opties.add("-Ddb.eigenaar.password=" + eigenaarWachtwoord);
        }
        return opties;
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
