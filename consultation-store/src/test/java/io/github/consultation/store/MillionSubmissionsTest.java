package io.github.consultation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A national consultation's store: a million submissions on PostgreSQL, exported as CSV and shown
 * a page at a time, in a JVM whose heap is 256 MB (this class runs in a surefire execution of its
 * own with {@code -Xmx256m}; see the module's pom). Held in memory at once, the rows would need
 * several times that heap, so the test fails if either path stops streaming. The export rate is
 * printed and written to {@code target/million-submissions.txt}.
 */
class MillionSubmissionsTest {
    private static final int ROWS = 1_000_000;
    private static final long HEAP_LIMIT = 256L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void exportsAndPagesAMillionSubmissionsIn256MegabytesOfHeap() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresUrl() != null, "CONSULTATION_TEST_PG_URL is not set");
        assertTrue(Runtime.getRuntime().maxMemory() <= HEAP_LIMIT,
                "runs with -Xmx256m, not " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        FormDefinition form = FormDefinition.pageFeedback();
        try (HikariDataSource db = TestDatabases.open("postgresql", dir, "million")) {
            FeedbackStore store = FeedbackStore.builder(db).form(form).build();
            fill(db, form);
            assertEquals(ROWS, store.count(form.tab()));

            long start = System.nanoTime();
            CountingWriter out = new CountingWriter();
            long written = store.exportCsv(form.tab(), out);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(ROWS, written);
            assertEquals(ROWS + 1, out.lines, "a header and a line per submission (no text has a line break)");
            assertTrue(out.chars > 300L * ROWS, "each row carries its details: " + out.chars);

            // The consultation team's view: any page of 50 is one indexed query, wherever it starts.
            List<FeedbackStore.StoredAnswers> middle = store.read(form.tab(), "", ROWS / 2, 50);
            assertEquals(50, middle.size());
            assertEquals(ROWS / 2 + 1, middle.get(0).id());
            List<FeedbackStore.StoredAnswers> onePage = store.read(form.tab(), "/page-7", ROWS - 100, 50);
            assertTrue(onePage.stream().allMatch(r -> FeedbackStoreTest.feedback(r).page().equals("/page-7")));
            assertEquals(ROWS, store.counts(form.tab()).stream().mapToLong(FeedbackStore.Count::count).sum());

            String report = String.format(java.util.Locale.ROOT,
                    "Exported %,d submissions (%,d MB of CSV) from PostgreSQL in %.1f s: %,.0f rows/s, heap limit %d MB%n",
                    written, out.chars / (1024 * 1024), seconds, written / seconds,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.print(report);
            Files.writeString(Path.of("target", "million-submissions.txt"), report);
        }
    }

    /** A million rows written by the database itself: quick, and no heap of ours involved. */
    private static void fill(HikariDataSource db, FormDefinition form) throws Exception {
        String roles = sqlArray(((ChoiceQuestion) form.question("role").orElseThrow()).options());
        String natures = sqlArray(((ChoiceQuestion) form.question("nature").orElseThrow()).options());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO feedback (received_at, page, reflection, summary, details, role, organisation, email)"
                    + " SELECT to_char(timestamp '2026-01-01' + i * interval '1 second', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'),"
                    + " '/page-' || (i % 12), (" + natures + ")[1 + i % 4], 'Summary of submission ' || i,"
                    + " repeat('A sentence or two of details, as a reader writes them. ', 5) || i,"
                    + " (" + roles + ")[1 + i % 7], 'Organisation ' || (i % 1000),"
                    + " CASE WHEN i % 3 = 0 THEN 'reader' || i || '@example.org' ELSE '' END"
                    + " FROM generate_series(1, " + ROWS + ") AS i");
            s.execute("ANALYZE feedback");
        }
    }

    private static String sqlArray(List<Option> options) {
        return options.stream().map(o -> "'" + o.code() + "'").collect(Collectors.joining(", ", "ARRAY[", "]"));
    }

    /** Counts what is written and keeps none of it. */
    private static final class CountingWriter extends Writer {
        long chars;
        long lines;

        @Override
        public void write(char[] buf, int off, int len) {
            chars += len;
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void write(String s, int off, int len) {
            chars += len;
            for (int i = off; i < off + len; i++) {
                if (s.charAt(i) == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
