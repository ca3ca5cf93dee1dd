package io.github.consultation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.model.Answers;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore.StoredAnswers;
import java.io.StringWriter;
import java.nio.file.Path;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store on each database it runs on: the same answers from SQLite, H2 and PostgreSQL. */
class FeedbackStoreTest {
    private static final FormDefinition SEED = FormDefinition.pageFeedback();
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    static Feedback feedback(String summary) {
        return Feedback.builder().page("/shared-record").summary(summary).details("More\nlines")
                .role(SEED.option("role", "consultant").orElseThrow())
                .reflection(SEED.option("nature", "other").orElseThrow())
                .organisation("Acme").email("a@example.org").build();
    }

    /** The answers of {@link #feedback(String)}: what a validator gives for it, and the store keeps. */
    static Answers answers(String summary) {
        return answers(feedback(summary));
    }

    static Answers answers(Feedback feedback) {
        return Answers.of(SEED, feedback);
    }

    /** A stored row of the page form, as feedback. */
    static Feedback feedback(StoredAnswers row) {
        return row.answers().asFeedback(SEED).orElseThrow();
    }

    /** Two stores on one database stand for two instances of a host sharing it. */
    @ParameterizedTest
    @MethodSource("databases")
    void storesOnceWithinTheWindowAcrossInstancesAndErases(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "window")) {
            FeedbackStore a = FeedbackStore.builder(db).build();
            FeedbackStore b = FeedbackStore.builder(db).build();
            assertEquals("3", a.schemaVersion());
            FeedbackStore.Saved saved = a.save(answers("Stored once"), NOW);
            assertFalse(saved.duplicate());
            assertTrue(saved.id() > 0);
            assertTrue(b.save(answers("Stored once"), NOW.plusSeconds(30)).duplicate(), "the other instance sees it");
            assertTrue(a.save(answers("Stored once"), NOW.plus(Duration.ofMinutes(11))).duplicate(),
                    "within the next window too");
            assertFalse(a.save(answers("Stored once"), NOW.plus(Duration.ofMinutes(25))).duplicate(),
                    "later it is new feedback");
            List<StoredAnswers> rows = b.read(SEED.tab(), "", 0, 10);
            assertEquals(2, rows.size());
            assertEquals(feedback("Stored once"), feedback(rows.get(0)));
            assertEquals(NOW, rows.get(0).receivedAt());
            assertEquals(2, b.count(SEED.tab()));
            assertEquals(2, b.eraseEmail("  A@EXAMPLE.org "));
            assertEquals(0, a.count(SEED.tab()));
            assertEquals(0, a.eraseEmail(""));
            assertTrue(a.healthy());
        }
    }

    /**
     * An import's rows come with their original times and a key each: a key saved before is a
     * duplicate however long ago, whatever the content, and housekeeping of the window never forgets it.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void aKeyIsStoredOnceForGoodWhateverItsContentAndTime(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "keys")) {
            FeedbackStore store = FeedbackStore.builder(db).build();
            Instant then = Instant.parse("2024-03-01T09:30:00Z");
            assertFalse(store.save(answers("Imported"), then, "sheet-row-2").duplicate());
            assertFalse(store.save(answers("Imported"), then, "sheet-row-3").duplicate(),
                    "the same words under another key are another reader's");
            for (int i = 0; i < 300; i++) {
                store.save(answers("Live " + i), NOW.plus(Duration.ofDays(i)));
            }
            assertTrue(store.save(answers("Changed since"), NOW.plus(Duration.ofDays(400)), "sheet-row-2").duplicate());
            assertFalse(store.save(answers("Imported"), then).duplicate(), "a save without a key claims its content");
            List<StoredAnswers> rows = store.read(SEED.tab(), "", 0, 3);
            assertEquals(then, rows.get(0).receivedAt(), "the original time is kept");
            assertEquals(303, store.count(SEED.tab()));
            assertThrows(IllegalArgumentException.class, () -> store.save(answers("x"), NOW, " "));
            assertThrows(IllegalArgumentException.class, () -> store.save(
                    QuestionnaireStoreTest.answers("consultant", 3, List.of(), ""), NOW), "a form the store does not keep");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void concurrentDuplicatesFromTwoInstancesStoreOneRow(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "race")) {
            FeedbackStore a = FeedbackStore.builder(db).build();
            FeedbackStore b = FeedbackStore.builder(db).build();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<FeedbackStore.Saved>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                FeedbackStore store = i % 2 == 0 ? a : b;
                tasks.add(() -> store.save(answers("Double clicked"), NOW));
            }
            int stored = 0;
            for (Future<FeedbackStore.Saved> f : pool.invokeAll(tasks)) {
                stored += f.get().duplicate() ? 0 : 1;
            }
            pool.shutdown();
            assertEquals(1, stored);
            assertEquals(1, a.count(SEED.tab()));
        }
    }

    /** Many readers at once: every submission stored once, each save given the id of its own row. */
    @ParameterizedTest
    @MethodSource("databases")
    void manySavesAtOnceEachGetTheirOwnRow(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "many")) {
            FeedbackStore store = FeedbackStore.builder(db).build();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Callable<FeedbackStore.Saved>> tasks = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                String summary = "Reader number " + i;
                tasks.add(() -> store.save(answers(summary), NOW));
            }
            // The first thirty again: duplicates, within the same batches or not.
            for (int i = 0; i < 30; i++) {
                String summary = "Reader number " + i;
                tasks.add(() -> store.save(answers(summary), NOW));
            }
            List<Future<FeedbackStore.Saved>> saved = pool.invokeAll(tasks);
            pool.shutdown();
            java.util.Map<Long, String> byId = new java.util.HashMap<>();
            store.forEach(SEED.tab(), r -> byId.put(r.id(), feedback(r).summary()));
            assertEquals(300, byId.size());
            int duplicates = 0;
            for (int i = 0; i < saved.size(); i++) {
                FeedbackStore.Saved s = saved.get(i).get();
                if (s.duplicate()) {
                    duplicates++;
                } else {
                    assertEquals("Reader number " + (i % 300), byId.get(s.id()), "save " + i + " has its own row");
                }
            }
            assertEquals(30, duplicates);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void pagesThroughOnePageOrAllInTheOrderReceived(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "paging")) {
            FeedbackStore store = FeedbackStore.builder(db).build();
            for (int i = 0; i < 25; i++) {
                String page = i % 3 == 0 ? "/libraries/" : i % 3 == 1 ? "/libraries" : "/other";
                store.save(answers(feedback("Number " + i).toBuilder().page(page).build()), NOW.plusSeconds(i));
            }
            List<String> seen = new ArrayList<>();
            long after = 0;
            List<StoredAnswers> batch;
            while (!(batch = store.read(SEED.tab(), "/libraries", after, 4)).isEmpty()) {
                assertTrue(batch.size() <= 4);
                batch.forEach(r -> seen.add(feedback(r).summary()));
                after = batch.get(batch.size() - 1).id();
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                if (i % 3 != 2) {
                    expected.add("Number " + i);
                }
            }
            assertEquals(expected, seen, "a trailing slash names the same page");

            List<String> all = new ArrayList<>();
            store.forEach(SEED.tab(), r -> all.add(feedback(r).summary()));
            assertEquals(25, all.size());
            assertEquals("Number 0", all.get(0));
            assertEquals("Number 24", all.get(24));

            assertEquals(Map.of("/libraries", 17L, "/other", 8L), store.countsByPage(SEED.tab()));
            assertThrows(IllegalArgumentException.class, () -> store.read(SEED.tab(), "", 0, 0));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void countsByRoleAndReflectionComeFromTheDatabase(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "counts")) {
            FeedbackStore store = FeedbackStore.builder(db).build();
            store.save(answers("one"), NOW);
            store.save(answers("two"), NOW);
            store.save(answers(feedback("three").toBuilder().role(SEED.option("role", "supplier").orElseThrow())
                    .noReflection().build()), NOW);
            assertEquals(List.of(new FeedbackStore.Count("/shared-record", "consultant", "other", 2),
                    new FeedbackStore.Count("/shared-record", "supplier", "", 1)), store.counts(SEED.tab()));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportsTheSheetsColumnsWithFormulasDefused(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "export")) {
            FeedbackStore store = FeedbackStore.builder(db).build();
            store.save(answers("=HYPERLINK(\"http://evil\")"), NOW);
            store.save(answers(feedback("Plain, with a comma").toBuilder().noReflection().build().withoutContactDetails()),
                    NOW.plusSeconds(1));
            StringWriter out = new StringWriter();
            assertEquals(2, store.exportCsv(SEED.tab(), out));
            assertEquals("timestamp,tab,page,summary,details,role,role_code,org,email,nature,nature_code\r\n"
                    + "2026-11-26T10:00:00Z,Feedback,/shared-record,\"'=HYPERLINK(\"\"http://evil\"\")\","
                    + "\"More\nlines\",Data and digital consultant,consultant,Acme,a@example.org,Other,other\r\n"
                    + "2026-11-26T10:00:01Z,Feedback,/shared-record,\"Plain, with a comma\",\"More\nlines\","
                    + "Data and digital consultant,consultant,Acme,,,\r\n", out.toString());
        }
    }

    /** A code the form no longer offers is still read back, its text the code itself: nothing stored is lost. */
    @ParameterizedTest
    @MethodSource("databases")
    void readsCodesTheFormNoLongerHas(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "codes")) {
            FeedbackStore store = FeedbackStore.builder(db).build();
            store.save(answers("kept"), NOW);
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE feedback SET role = 'retired-role', reflection = 'Not <a> code'");
            }
            Feedback back = feedback(store.read(SEED.tab(), "", 0, 1).get(0));
            assertEquals("retired-role", back.role().orElseThrow().code());
            assertEquals("retired-role", back.role().orElseThrow().text());
            assertEquals("unknown", back.reflection().orElseThrow().code());
            assertEquals("Not <a> code", back.reflection().orElseThrow().text());
        }
    }

    @Test
    void aDatabaseTheStoreDoesNotRunOnIsRefusedByName() {
        SQLException e = assertThrows(SQLException.class, () -> FeedbackStore.builder(reporting("MySQL")).build());
        assertEquals("The feedback store runs on SQLite, PostgreSQL or H2, not mysql", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> FeedbackStore.builder(reporting("H2")).duplicateWindow(Duration.ZERO).build());
    }

    /** A data source whose connections say they are {@code product} and do nothing else. */
    private static DataSource reporting(String product) {
        DatabaseMetaData meta = proxy(DatabaseMetaData.class, (p, m, a) -> m.getName().equals("getDatabaseProductName")
                ? product : null);
        Connection c = proxy(Connection.class, (p, m, a) -> m.getName().equals("getMetaData") ? meta : null);
        return proxy(DataSource.class, (p, m, a) -> m.getName().equals("getConnection") ? c : null);
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    @Test
    void withoutMigratingTheSchemaIsLeftToTheHost() throws Exception {
        try (HikariDataSource db = TestDatabases.open("h2", dir, "unmigrated")) {
            FeedbackStore store = FeedbackStore.builder(db).migrate(false).build();
            assertThrows(SQLException.class, () -> store.count(SEED.tab()), "no tables were made");
        }
    }
}
