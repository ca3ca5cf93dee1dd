package io.github.consultation.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The store's schema: Flyway migrations shipped per dialect, with a history table of their own. A
 * database that has other tables already (the host's own, which is the usual case) is taken as empty
 * of the store's, version 0, and every migration runs; one the demo server's earlier migrations made
 * is taken as version 1, which its tables match. Stateless.
 */
public final class Migrations {
    /** The history table of the store's own migrations. */
    public static final String HISTORY_TABLE = "consultation_schema_history";

    private Migrations() {
    }

    /**
     * Connects to {@code dataSource}, finds its dialect and, if {@code migrate}, brings the schema up
     * to date, recording its migrations in {@code historyTable}.
     *
     * @throws SQLException if the database cannot be reached, is not one the store runs on, or cannot be migrated
     */
    public static Database open(DataSource dataSource, boolean migrate, String historyTable) throws SQLException {
        Dialect dialect;
        boolean earlierSchema;
        try (Connection c = dataSource.getConnection()) {
            dialect = Dialect.of(c);
            earlierSchema = hasTable(c, "schema_version") && hasTable(c, "feedback");
        }
        if (migrate) {
            try {
                MigrationLog.during(() -> flyway(dataSource, dialect, earlierSchema, historyTable).migrate());
            } catch (FlywayException e) {
                throw new SQLException("The feedback store's schema could not be migrated: " + e.getMessage(), e);
            }
        }
        return new Database(dataSource, dialect);
    }

    /** The version of the schema of {@code database}, as its migrations' history in {@code historyTable} records it. */
    public static String version(Database database, String historyTable) {
        return MigrationLog.during(() -> flyway(database.dataSource(), database.dialect(), false, historyTable).info()
                .current().getVersion().getVersion());
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect, boolean earlierSchema, String historyTable) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(dialect.migrations())
                .table(historyTable)
                // The library's tables are no news to the host: Flyway's information at DEBUG, in a log of the store's
                // (for the store's runs only, MigrationLog.during: Flyway's choice of log is one for all its instances).
                .loggers(MigrationLog.class.getName())
                .baselineOnMigrate(true)
                .baselineVersion(earlierSchema ? "1" : "0")
                .baselineDescription(earlierSchema ? "demo server schema 5" : "tables of the host")
                .load();
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
            // In the connection's own schema only: another schema's tables are not this store's.
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
