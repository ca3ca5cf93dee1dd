package io.github.consultation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.model.FormDefinition;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database the demo server made with its own numbered migrations (recorded in
 * {@code schema_version}, five steps) is taken as the store's first version: its rows stay, and
 * the store's later migrations run on top.
 */
class EarlierSchemaTest {
    private static final FormDefinition SEED = FormDefinition.pageFeedback();

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds().stream().filter(k -> !k.equals("h2")).toList();
    }

    /** The demo server's five steps, as it ran them, for SQLite or PostgreSQL. */
    private static List<String> demoSteps(String kind) {
        String identity = kind.equals("sqlite") ? "INTEGER PRIMARY KEY AUTOINCREMENT"
                : "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";
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

    @ParameterizedTest
    @MethodSource("databases")
    void theDemoServersDatabaseKeepsItsRows(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "earlier")) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
                int v = 0;
                for (String step : demoSteps(kind)) {
                    s.execute(step);
                    s.execute("INSERT INTO schema_version (version) VALUES (" + ++v + ")");
                }
                s.execute("INSERT INTO feedback (received_at, page, reflection, summary, details, role, organisation,"
                        + " email) VALUES ('2026-01-02T03:04:05Z', '/shared-record', 'other', 'From before', '',"
                        + " 'consultant', '', 'old@example.org')");
            }
            FeedbackStore store = FeedbackStore.builder(db).build();
            assertEquals("3", store.schemaVersion());
            FeedbackStore.StoredAnswers old = store.read(SEED.tab(), "", 0, 10).get(0);
            assertEquals("From before", FeedbackStoreTest.feedback(old).summary());
            assertEquals(Instant.parse("2026-01-02T03:04:05Z"), old.receivedAt());
            FeedbackStore.Saved saved = store.save(FeedbackStoreTest.answers("After"), Instant.now());
            assertFalse(saved.duplicate());
            assertTrue(saved.id() > old.id(), "ids go on from the earlier rows");
            assertEquals(1, store.eraseEmail("OLD@example.org"));
            // Building again finds everything up to date.
            assertEquals("3", FeedbackStore.builder(db).build().schemaVersion());
        }
    }

    /** A host's database has tables of its own: the store adds its tables beside them, and leaves theirs alone. */
    @ParameterizedTest
    @MethodSource("io.github.consultation.store.TestDatabases#kinds")
    void theHostsOwnTablesAreLeftAlone(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "hosts")) {
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE host_orders (id INTEGER PRIMARY KEY, item VARCHAR(20))");
                s.execute("INSERT INTO host_orders (id, item) VALUES (1, 'kept')");
            }
            FeedbackStore store = FeedbackStore.builder(db).build();
            assertEquals("3", store.schemaVersion());
            assertFalse(store.save(FeedbackStoreTest.answers("Beside the host"), Instant.now()).duplicate());
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT item FROM host_orders")) {
                assertTrue(rs.next());
                assertEquals("kept", rs.getString(1));
            }
        }
    }
}
