/**
 * Durable storage of feedback on a host's own {@link javax.sql.DataSource}: SQLite, H2 or
 * PostgreSQL, its schema migrated by Flyway from migrations this module ships.
 */
module io.github.consultation.store {
    requires transitive io.github.consultation.model;
    requires transitive java.sql;
    requires flyway.core;
    requires org.apache.commons.csv;
    requires static org.jspecify;

    exports io.github.consultation.store;
    // Flyway makes the store's MigrationLog by name.
    exports io.github.consultation.store.internal to flyway.core;
}
