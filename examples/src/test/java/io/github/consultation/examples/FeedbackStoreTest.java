package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Feedback;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage on SQLite and, where a server is given, PostgreSQL: the same code on both. */
class FeedbackStoreTest {
    private static final io.github.consultation.model.FormDefinition SEED =
            io.github.consultation.model.FormDefinition.pageFeedback();
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    static Feedback feedback(String summary) {
        return Feedback.builder().page("/shared-record").summary(summary).details("More\nlines")
                .role(SEED.option("role", "consultant").orElseThrow()).reflection(SEED.option("nature", "other").orElseThrow()).organisation("Acme").email("a@example.org").build();
    }

    @Test
    void sqliteMigratesKeepsAndErases() throws Exception {
        exercise(dir.resolve("f.db").toString(), dir.resolve("f.db").toString());
    }

    /** Two stores on one database stand for two instances of the server sharing it. */
    private static void exercise(String first, String second) throws Exception {
        try (FeedbackStore a = FeedbackStore.open(first, Duration.ofMinutes(10), 4);
                FeedbackStore b = FeedbackStore.open(second, Duration.ofMinutes(10), 4)) {
            assertEquals(5, a.schemaVersion());
            FeedbackStore.Saved saved = a.save(feedback("Stored once"), NOW);
            assertFalse(saved.duplicate());
            assertTrue(b.save(feedback("Stored once"), NOW.plusSeconds(30)).duplicate(), "the other instance sees it");
            assertTrue(a.save(feedback("Stored once"), NOW.plus(Duration.ofMinutes(11))).duplicate(),
                    "within the next window too");
            assertFalse(a.save(feedback("Stored once"), NOW.plus(Duration.ofMinutes(25))).duplicate(),
                    "later it is new feedback");
            List<FeedbackStore.StoredFeedback> rows = b.all();
            assertEquals(2, rows.size());
            assertEquals(feedback("Stored once"), rows.get(0).feedback());
            assertEquals(NOW, rows.get(0).receivedAt());
            assertEquals(2, b.eraseEmail("A@EXAMPLE.org"));
            assertEquals(0, a.all().size());
            assertTrue(a.healthy());
        }
    }

    @Test
    void concurrentDuplicatesFromTwoInstancesStoreOneRow() throws Exception {
        String db = dir.resolve("race.db").toString();
        race(db, db);
    }

    private static void race(String first, String second) throws Exception {
        try (FeedbackStore a = FeedbackStore.open(first, Duration.ofMinutes(10), 4);
                FeedbackStore b = FeedbackStore.open(second, Duration.ofMinutes(10), 4)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<FeedbackStore.Saved>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                FeedbackStore store = i % 2 == 0 ? a : b;
                tasks.add(() -> store.save(feedback("Double clicked"), NOW));
            }
            int stored = 0;
            for (Future<FeedbackStore.Saved> f : pool.invokeAll(tasks)) {
                stored += f.get().duplicate() ? 0 : 1;
            }
            pool.shutdown();
            assertEquals(1, stored);
            assertEquals(1, a.all().stream().filter(r -> r.feedback().summary().equals("Double clicked")).count());
        }
    }

    @Test
    void theContentHashCoversEveryField() {
        Feedback base = feedback("Same words");
        assertEquals(FeedbackStore.contentHash(base), FeedbackStore.contentHash(feedback("Same words")));
        for (Feedback changed : List.of(base.toBuilder().page("/other").build(), base.toBuilder().summary("Other words").build(),
                base.toBuilder().details("").build(), base.toBuilder().role(SEED.option("role", "supplier").orElseThrow()).build(),
                base.toBuilder().noReflection().build(), base.toBuilder().organisation("").build(),
                base.withoutContactDetails())) {
            assertFalse(FeedbackStore.contentHash(base).equals(FeedbackStore.contentHash(changed)), changed.toString());
        }
    }

    /**
     * Runs against a real PostgreSQL server when {@code CONSULTATION_TEST_PG_URL} names one (as
     * {@code .ci/run} does, after installing and starting Debian's PostgreSQL).
     */
    @Test
    void postgresqlBehavesTheSame() throws Exception {
        String url = System.getenv("CONSULTATION_TEST_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isEmpty(), "CONSULTATION_TEST_PG_URL is not set");
        try (FeedbackStore store = FeedbackStore.open(url)) {
            try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
                s.execute("DELETE FROM feedback");
                s.execute("DELETE FROM feedback_claim");
            }
        }
        exercise(url, url);
        race(url, url);
    }
}
