package io.github.consultation.examples;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps feedback in an SQL database: an SQLite file by default, or PostgreSQL when given a
 * {@code jdbc:postgresql:} address, so that several instances can share one database. Safe to
 * share between threads.
 *
 * <ul>
 *   <li><b>Durable.</b> {@link #save} returns only once the row is committed. SQLite runs in
 *       WAL mode with {@code synchronous=FULL}; PostgreSQL commits synchronously by default.
 *   <li><b>Migrated.</b> The schema is created and brought up to date on opening, one numbered
 *       step at a time, recorded in {@code schema_version}.
 *   <li><b>Once per content.</b> The same feedback (page, reflection, summary, details, role,
 *       organisation, email) sent again within the duplicate window is stored once: each save
 *       claims its content hash for its time bucket and the next, under a unique key, in the same
 *       transaction as the row; a claim that exists already means a duplicate. This holds across
 *       instances that share the database.
 * </ul>
 */
final class FeedbackStore implements AutoCloseable {
    /** What a save did. */
    record Saved(long id, boolean duplicate) {
    }

    /** One stored submission. */
    record StoredFeedback(long id, Instant receivedAt, Feedback feedback) {
    }

    private enum Dialect {
        SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT"),
        POSTGRESQL("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");

        final String identity;

        Dialect(String identity) {
            this.identity = identity;
        }

        /** The schema, one step per version; never edit a released step, add one. */
        List<String> migrations() {
            return List.of(
                    "CREATE TABLE feedback (id " + identity + ", received_at TEXT NOT NULL, page TEXT NOT NULL,"
                            + " reflection TEXT NOT NULL, summary TEXT NOT NULL, details TEXT NOT NULL,"
                            + " role TEXT NOT NULL, organisation TEXT NOT NULL, email TEXT NOT NULL)",
                    "CREATE INDEX feedback_page ON feedback (page)",
                    "CREATE TABLE feedback_claim (content_hash TEXT NOT NULL, bucket BIGINT NOT NULL,"
                            + " PRIMARY KEY (content_hash, bucket))",
                    "CREATE INDEX feedback_claim_bucket ON feedback_claim (bucket)",
                    "CREATE INDEX feedback_email ON feedback (email)");
        }
    }

    private final String url;
    private final BlockingQueue<Connection> pool;
    private final String description;
    private final Duration duplicateWindow;
    private final AtomicLong saves = new AtomicLong();
    /** The form whose options the stored codes name. */
    private volatile FormDefinition definition = FormDefinition.pageFeedback();

    private FeedbackStore(String url, List<Connection> connections, String description,
            Duration duplicateWindow) {
        this.url = url;
        this.pool = new ArrayBlockingQueue<>(connections.size(), false, connections);
        this.description = description;
        this.duplicateWindow = duplicateWindow;
    }

    /** Opens {@code db} with a ten-minute duplicate window and four connections for PostgreSQL. */
    static FeedbackStore open(String db) throws SQLException {
        return open(db, Duration.ofMinutes(10), 4);
    }

    /**
     * Opens the database {@code db}: a file path (created if missing) or a {@code jdbc:}
     * address. SQLite uses one connection, since it has one writer at a time; PostgreSQL uses
     * {@code connections}.
     *
     * @throws SQLException if it cannot be opened or migrated
     */
    static FeedbackStore open(String db, Duration duplicateWindow, int connections) throws SQLException {
        String url = db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + Path.of(db).toAbsolutePath();
        Dialect dialect;
        if (url.startsWith("jdbc:sqlite:")) {
            dialect = Dialect.SQLITE;
        } else if (url.startsWith("jdbc:postgresql:")) {
            dialect = Dialect.POSTGRESQL;
        } else {
            throw new SQLException("Only SQLite files and jdbc:postgresql: addresses are supported");
        }
        int size = dialect == Dialect.SQLITE ? 1 : Math.max(1, connections);
        List<Connection> opened = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                Connection c = DriverManager.getConnection(url);
                opened.add(c);
                if (dialect == Dialect.SQLITE) {
                    try (Statement s = c.createStatement()) {
                        s.execute("PRAGMA journal_mode=WAL");
                        s.execute("PRAGMA synchronous=FULL");
                        s.execute("PRAGMA busy_timeout=10000");
                    }
                }
            }
            migrate(opened.get(0), dialect);
        } catch (SQLException e) {
            for (Connection c : opened) {
                c.close();
            }
            throw e;
        }
        String shown = url.replaceAll("(?i)(password=)[^&;]*", "$1***");
        return new FeedbackStore(url, opened, shown, duplicateWindow);
    }

    private static void migrate(Connection c, Dialect dialect) throws SQLException {
        inTransaction(c, tx -> {
            try (Statement s = tx.createStatement()) {
                if (dialect == Dialect.POSTGRESQL) {
                    // Two instances starting together take turns to migrate.
                    s.execute("SELECT pg_advisory_xact_lock(7231)");
                }
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
                int version = 0;
                try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                    if (rs.next()) {
                        version = rs.getInt(1);
                    }
                }
                List<String> steps = dialect.migrations();
                for (int v = version; v < steps.size(); v++) {
                    s.execute(steps.get(v));
                    s.execute("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
                }
                return steps.size();
            }
        });
    }

    /** Runs {@code work} on {@code c} as one transaction: committed if it returns, rolled back if it throws. */
    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Reads stored option codes with {@code definition} from now on (the built-in form by default). */
    FeedbackStore readingWith(FormDefinition definition) {
        this.definition = definition;
        return this;
    }

    /** Where the data lives, for the start-up message (no password). */
    String description() {
        return description;
    }

    /** The schema version the database is at. */
    int schemaVersion() throws SQLException {
        return withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The hash that identifies the content of {@code feedback}, for duplicates. */
    static String contentHash(Feedback feedback) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(feedback.page(), feedback.reflection().map(Option::code).orElse(""),
                    feedback.summary(), feedback.details(), feedback.role().map(Option::code).orElse(""),
                    feedback.organisation(), feedback.email())) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * Saves {@code feedback}, received at {@code receivedAt}; returns once committed. The same
     * content within the duplicate window is not stored again: the answer is then
     * {@code duplicate} with id 0.
     *
     * @throws SQLException if it was not saved
     */
    Saved save(Feedback feedback, Instant receivedAt) throws SQLException {
        String hash = contentHash(feedback);
        long bucket = receivedAt.toEpochMilli() / Math.max(1, duplicateWindow.toMillis());
        Saved saved = withConnection(c -> inTransaction(c, tx -> {
            if (!claim(tx, hash, bucket) || !claim(tx, hash, bucket + 1)) {
                tx.rollback(); // a claim of the first bucket alone must not outlive this attempt
                return new Saved(0, true);
            }
            return new Saved(insert(tx, feedback, receivedAt), false);
        }));
        if (saves.incrementAndGet() % 256 == 0) {
            try {
                forgetClaimsBefore(bucket - 1);
            } catch (SQLException e) {
                // Housekeeping only: the feedback is committed, and the next round tries again.
            }
        }
        return saved;
    }

    private static boolean claim(Connection c, String hash, long bucket) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO feedback_claim (content_hash, bucket) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, hash);
            insert.setLong(2, bucket);
            return insert.executeUpdate() == 1;
        }
    }

    private static long insert(Connection c, Feedback feedback, Instant receivedAt) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO feedback (received_at, page, reflection, summary, details, role, organisation, email)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, receivedAt.toString());
            insert.setString(2, feedback.page());
            insert.setString(3, feedback.reflection().map(Option::code).orElse(""));
            insert.setString(4, feedback.summary());
            insert.setString(5, feedback.details());
            insert.setString(6, feedback.role().map(Option::code).orElse(""));
            insert.setString(7, feedback.organisation());
            insert.setString(8, feedback.email());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Drops duplicate claims too old to matter, so that no content hash outlives its window for long. */
    private void forgetClaimsBefore(long bucket) throws SQLException {
        withConnection(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM feedback_claim WHERE bucket < ?")) {
                delete.setLong(1, bucket);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * The option of {@code question} stored as {@code code}: the definition's, or, for a code the
     * definition no longer has, an option whose text is the code, so that nothing stored is lost.
     */
    static java.util.Optional<Option> option(FormDefinition definition, String question, String code) {
        if (code.isEmpty()) {
            return java.util.Optional.empty();
        }
        return definition.option(question, code).or(() -> java.util.Optional.of(Option.of(code, code)));
    }

    /** Every stored submission, oldest first, its options read with the store's form definition. */
    List<StoredFeedback> all() throws SQLException {
        return withConnection(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT id, received_at, page, reflection, summary, details, role,"
                            + " organisation, email FROM feedback ORDER BY id")) {
                List<StoredFeedback> rows = new ArrayList<>();
                while (rs.next()) {
                    Feedback.Builder b = Feedback.builder()
                            .page(rs.getString(3)).summary(rs.getString(5)).details(rs.getString(6))
                            .organisation(rs.getString(8)).email(rs.getString(9));
                    option(definition, "nature", rs.getString(4)).ifPresent(b::reflection);
                    option(definition, "role", rs.getString(7)).ifPresent(b::role);
                    rows.add(new StoredFeedback(rs.getLong(1), Instant.parse(rs.getString(2)), b.build()));
                }
                return rows;
            }
        });
    }

    /** Erases every submission with the email address {@code email} (case aside); returns how many. */
    int eraseEmail(String email) throws SQLException {
        String wanted = email.strip();
        if (wanted.isEmpty()) {
            return 0;
        }
        return withConnection(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM feedback WHERE LOWER(email) = LOWER(?)")) {
                delete.setString(1, wanted);
                return delete.executeUpdate();
            }
        });
    }

    /** Whether the database answers. */
    boolean healthy() {
        try {
            return withConnection(c -> c.isValid(2));
        } catch (SQLException e) {
            return false;
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(Work<T> work) throws SQLException {
        Connection c;
        try {
            c = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for a database connection", e);
        }
        if (c == null) {
            throw new SQLException("No database connection free after 30 seconds");
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            c = replaceIfBroken(c);
            throw e;
        } finally {
            pool.add(c);
        }
    }

    /** A connection the server dropped (a database restart, say) is replaced rather than kept. */
    private Connection replaceIfBroken(Connection c) {
        try {
            if (c.isValid(2)) {
                return c;
            }
            c.close();
        } catch (SQLException ignored) {
            // Replaced below either way.
        }
        try {
            return DriverManager.getConnection(url);
        } catch (SQLException e) {
            return c;
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        Connection c;
        while ((c = pool.poll()) != null) {
            try {
                c.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
