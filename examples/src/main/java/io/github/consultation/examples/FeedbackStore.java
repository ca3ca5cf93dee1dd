package io.github.consultation.examples;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.Reflection;
import io.github.consultation.model.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps feedback in an SQL database: an SQLite file by default. {@link #save} returns only once
 * the row is committed, and SQLite runs in WAL mode with {@code synchronous=FULL}, so a saved
 * row survives the process being killed the moment after. The schema is created and migrated on
 * opening. Safe to share between threads.
 */
final class FeedbackStore implements AutoCloseable {
    /** The schema, one step per version; never edit a step once released, add one. */
    private static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE feedback ("
                    + " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " received_at TEXT NOT NULL,"
                    + " page TEXT NOT NULL,"
                    + " reflection TEXT NOT NULL,"
                    + " summary TEXT NOT NULL,"
                    + " details TEXT NOT NULL,"
                    + " role TEXT NOT NULL,"
                    + " organisation TEXT NOT NULL,"
                    + " email TEXT NOT NULL)",
            "CREATE INDEX feedback_page ON feedback (page)");

    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private final String description;

    private FeedbackStore(Connection connection, String description) {
        this.connection = connection;
        this.description = description;
    }

    /**
     * Opens the database {@code db}: a file path (created if missing) or a {@code jdbc:} address.
     *
     * @throws SQLException if it cannot be opened or migrated
     */
    static FeedbackStore open(String db) throws SQLException {
        String url = db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + Path.of(db).toAbsolutePath();
        Connection connection = DriverManager.getConnection(url);
        try {
            if (url.startsWith("jdbc:sqlite:")) {
                try (Statement s = connection.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=FULL");
                    s.execute("PRAGMA busy_timeout=5000");
                }
            }
            migrate(connection);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new FeedbackStore(connection, db.startsWith("jdbc:") ? url.replaceAll("password=[^&;]*", "password=***") : url);
    }

    private static void migrate(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rs.next()) {
                    version = rs.getInt(1);
                }
            }
            for (int v = version; v < MIGRATIONS.size(); v++) {
                s.execute(MIGRATIONS.get(v));
                s.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Where the data lives, for the start-up message (no password). */
    String description() {
        return description;
    }

    /**
     * Saves {@code feedback}, received at {@code receivedAt}, and returns its id once committed.
     *
     * @throws SQLException if it was not saved
     */
    long save(Feedback feedback, Instant receivedAt) throws SQLException {
        lock.lock();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO feedback (received_at, page, reflection, summary, details, role, organisation, email)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, receivedAt.toString());
            insert.setString(2, feedback.page());
            insert.setString(3, feedback.reflection().map(Reflection::code).orElse(""));
            insert.setString(4, feedback.summary());
            insert.setString(5, feedback.details());
            insert.setString(6, feedback.role().map(Role::code).orElse(""));
            insert.setString(7, feedback.organisation());
            insert.setString(8, feedback.email());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Every stored submission, oldest first. */
    List<StoredFeedback> all() throws SQLException {
        lock.lock();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, received_at, page, reflection, summary, details, role,"
                        + " organisation, email FROM feedback ORDER BY id")) {
            List<StoredFeedback> rows = new ArrayList<>();
            while (rs.next()) {
                Feedback.Builder b = Feedback.builder()
                        .page(rs.getString(3)).summary(rs.getString(5)).details(rs.getString(6))
                        .organisation(rs.getString(8)).email(rs.getString(9));
                Reflection.find(rs.getString(4)).ifPresent(b::reflection);
                Role.find(rs.getString(7)).ifPresent(b::role);
                rows.add(new StoredFeedback(rs.getLong(1), Instant.parse(rs.getString(2)), b.build()));
            }
            return rows;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws SQLException {
        lock.lock();
        try {
            connection.close();
        } finally {
            lock.unlock();
        }
    }

    /** One stored submission. */
    record StoredFeedback(long id, Instant receivedAt, Feedback feedback) {
    }
}
