package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQLite connection keeps the durable settings, the first and any that replaces a broken
 * one alike (issue 12.5): otherwise a commit could be acknowledged before it is on disk.
 */
class DatabaseTest {
    @TempDir
    Path dir;

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertDurable(Connection c) throws SQLException {
        assertEquals("wal", pragma(c, "journal_mode"));
        assertEquals("2", pragma(c, "synchronous"), "FULL");
        assertEquals("10000", pragma(c, "busy_timeout"));
    }

    @Test
    void aConnectionThatReplacesABrokenOneHasTheSameSettings() throws Exception {
        try (HikariDataSource pool = Database.open(dir.resolve("f.db").toString(), 1)) {
            Connection raw;
            try (Connection first = pool.getConnection()) {
                assertDurable(first);
                raw = first.unwrap(Connection.class);
                raw.close(); // the connection breaks under the pool,
                pool.evictConnection(first); // which retires it, as it does one that fails
            }
            try (Connection replacement = pool.getConnection()) {
                assertNotSame(raw, replacement.unwrap(Connection.class), "the broken connection was replaced");
                assertDurable(replacement);
            }
        }
    }

    @Test
    void otherDatabasesAreNamedAndRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Database.open("jdbc:mysql://localhost/feedback", 1));
        assertEquals("--db takes a file path, or a jdbc:sqlite:, jdbc:postgresql: or jdbc:h2: address", e.getMessage());
    }

    @Test
    void theDescriptionHidesThePassword() {
        try (HikariDataSource pool = Database.open(dir.resolve("g.db").toString(), 1)) {
            assertEquals("jdbc:sqlite:" + dir.resolve("g.db").toAbsolutePath(), Database.describe(pool));
        }
        assertEquals("jdbc:postgresql://db/x?user=u&password=***",
                "jdbc:postgresql://db/x?user=u&password=secret".replaceAll("(?i)(password=)[^&;]*", "$1***"));
    }
}
