package nl.sociaaldossier.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway when the application starts, before anything uses JPA.
 * Flyway takes a database lock, so several instances starting together migrate once.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigraties {

    private static final Logger LOG = Logger.getLogger(DatabaseMigraties.class.getName());

    @Resource(lookup = Database.JNDI_NAAM)
    private DataSource dataSource;

    /** Demo households and casussen for people trying the app; never in production. */
    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "false")
    boolean demoData;

    /** The size of the synthetic registration loaded with the demo data, for the indicators (households). */
    @Inject
    @ConfigProperty(name = "demo.synthetisch", defaultValue = "3000")
    int synthetisch;

    /** The app's own database role (what the datasource connects as). */
    @Inject
    @ConfigProperty(name = "db.user", defaultValue = "")
    String appRol;

    /**
     * The schema owner Flyway migrates as. The app itself connects as {@code db.user}, which may
     * insert into the logboek but not change or delete it. Without an owner the app migrates as its
     * own role, and then the logboek is append-only only by convention: a warning says so.
     */
    @Inject
    @ConfigProperty(name = "db.eigenaar.user")
    Optional<String> eigenaar;

    @Inject
    @ConfigProperty(name = "db.eigenaar.password")
    Optional<String> eigenaarWachtwoord; // optional: an empty default counts as missing in MicroProfile Config

    @Inject
    @ConfigProperty(name = "db.url")
    String url;

    @PostConstruct
    void migreer() {
        var configuratie = Flyway.configure(DatabaseMigraties.class.getClassLoader());
        if (eigenaar.isPresent() && !eigenaar.get().isBlank()) {
            configuratie.dataSource(url, eigenaar.get(), eigenaarWachtwoord.orElse(""));
        } else {
            LOG.warning("No db.eigenaar.user set: migrating as the app's own role; the logboek is then not protected"
                    + " against update and delete by the database");
            configuratie.dataSource(dataSource);
        }
        var resultaat = configuratie
                .locations(demoData ? new String[] {"classpath:db/migration", "classpath:db/demo", "classpath:db/synthetisch"}
                        : new String[] {"classpath:db/migration"})
                .placeholders(java.util.Map.of("synthetische_huishoudens", String.valueOf(synthetisch), "app_rol", appRol))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + resultaat.targetSchemaVersion
                + " (" + resultaat.migrationsExecuted + " migrations applied now)");
    }
}
