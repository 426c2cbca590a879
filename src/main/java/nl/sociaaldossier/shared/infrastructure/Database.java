package nl.sociaaldossier.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The one datasource, configured by MicroProfile Config: {@code db.url}, {@code db.user},
 * {@code db.password} (system properties, or env DB_URL, DB_USER, DB_PASSWORD).
 */
@DataSourceDefinition(
        name = Database.JNDI_NAAM,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {"fish.payara.is-connection-validation-required=true",
                      "ApplicationName=${MPCONFIG=app.instantie}", // per instance in pg_stat_activity (metrics)
                      "fish.payara.connection-validation-method=auto-commit",
                      // after a restart of PostgreSQL every pooled connection is dead: drop them all at the first failed validation
                      "fish.payara.fail-all-connections=true"})
public final class Database {

    public static final String JNDI_NAAM = "java:app/jdbc/sociaaldossier";

    private Database() {
    }
}
