package io.github.consultation.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store's tests run on, each a pooled {@link javax.sql.DataSource} as a host
 * would give the store: an SQLite file, an H2 database in memory, and PostgreSQL when
 * {@code CONSULTATION_TEST_PG_URL} names a server (as {@code .ci/run} does). Each PostgreSQL test
 * gets a schema of its own, so that tests never see each other's rows.
 */
final class TestDatabases {
    private TestDatabases() {
    }

    /** The databases a test runs on: SQLite, H2 and (where there is one) PostgreSQL. */
    static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("sqlite", "h2"));
        if (postgresUrl() != null) {
            kinds.add("postgresql");
        }
        return kinds;
    }

    static String postgresUrl() {
        String url = System.getenv("CONSULTATION_TEST_PG_URL");
        return url == null || url.isEmpty() ? null : url;
    }

    /** A fresh, empty database of {@code kind}, pooled; {@code name} keeps it apart from others. */
    static HikariDataSource open(String kind, Path dir, String name) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName(kind + "-" + name);
        config.setMaximumPoolSize(4);
        switch (kind) {
            case "sqlite" -> {
                config.setJdbcUrl("jdbc:sqlite:" + dir.resolve(name + ".db"));
                Properties pragmas = new Properties();
                pragmas.setProperty("journal_mode", "WAL");
                pragmas.setProperty("synchronous", "FULL");
                pragmas.setProperty("busy_timeout", "10000");
                config.setDataSourceProperties(pragmas);
            }
            case "h2" -> config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            case "postgresql" -> {
                String url = postgresUrl();
                Assumptions.assumeTrue(url != null, "CONSULTATION_TEST_PG_URL is not set");
                String schema = "store_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    s.execute("CREATE SCHEMA " + schema);
                }
                config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return new HikariDataSource(config);
    }
}
