package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import FILE.csv}: a spreadsheet export of earlier feedback, stored once, at its own times,
 * every refused row named with its line; nothing stored from a file whose header cannot be mapped.
 */
class ImportCommandTest {
    @TempDir
    Path dir;

    /** The existing site's columns in another order than its script sends them, as a spreadsheet keeps them. */
    private static final String HEADER = "Timestamp,page,role,summary,details,tab,org,email,nature";

    private static final String ROLE = "Local authority leadership";

    private Path csv(String name, String text, boolean bom) throws Exception {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        Files.write(file, bytes);
        return file;
    }

    private String db() {
        return dir.resolve("feedback.db").toString();
    }

    private List<FeedbackStore.StoredAnswers> stored() throws Exception {
        try (HikariDataSource database = Database.open(db(), 1)) {
            FeedbackStore store = FeedbackStore.builder(database).form(FormDefinition.pageFeedback()).build();
            List<FeedbackStore.StoredAnswers> all = new ArrayList<>();
            store.forEach(FormDefinition.pageFeedback().tab(), all::add);
            return all;
        }
    }

    @Test
    void everyGoodRowIsStoredOnceAtItsOwnTimeAndEveryRefusedOneNamed() throws Exception {
        String rows = String.join("\r\n", HEADER,
                "2025-03-04 10:15:30,/models-for-delivery/," + ROLE + ",The costs look too low,"
                        + "\"We ran a ferry for years,\r\nand \"\"fuel\"\" alone cost more.\",Feedback,Harbour trust,"
                        + "jo@example.org,I disagree with this",
                "2025-03-05T09:00:00+01:00,/intro/,,A fair summary of it,Some details of what I think about it,Feedback,,,",
                "2025-03-06 12:00:00,/intro/,Nobody we know,A summary again here,Details that are long enough,Feedback,,,",
                "not a time,/intro/,,A summary again here,Details that are long enough,Feedback,,,",
                "2025-03-07 08:00:00,/governance/,,,Details with no summary,Feedback,,,",
                "") ;
        Path file = csv("earlier feedback.csv", rows, true);
        MainTest.Run run = MainTest.run("", "import", file.toString(), "--db", db(), "--zone", "Europe/London");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().startsWith("Read 5 rows: 2 stored, 0 already stored, 3 refused"), run.out());
        List<String> refusals = run.err().lines().toList();
        assertEquals(3, refusals.size(), run.err());
        assertTrue(refusals.get(0).startsWith("earlier feedback.csv:5: role: "), refusals.get(0));
        assertTrue(refusals.get(1).startsWith("earlier feedback.csv:6: its time 'not a time' is not a date and time"),
                refusals.get(1));
        assertTrue(refusals.get(2).startsWith("earlier feedback.csv:7: summary: "), refusals.get(2));

        List<FeedbackStore.StoredAnswers> kept = stored();
        assertEquals(List.of(Instant.parse("2025-03-04T10:15:30Z"), Instant.parse("2025-03-05T08:00:00Z")),
                kept.stream().map(FeedbackStore.StoredAnswers::receivedAt).sorted().toList(),
                "each row at its own time: London was on GMT in early March; an offset is kept");
        FeedbackStore.StoredAnswers first = kept.stream().filter(k -> k.answers().page().equals("/models-for-delivery/"))
                .findFirst().orElseThrow();
        assertEquals("We ran a ferry for years,\nand \"fuel\" alone cost more.", first.answers().text("details"));

        MainTest.Run again = MainTest.run("", "import", file.toString(), "--db", db(), "--zone", "Europe/London");
        assertTrue(again.out().startsWith("Read 5 rows: 0 stored, 2 already stored, 3 refused"), again.out());
        assertEquals(2, stored().size(), "a second run adds nothing");
    }

    @Test
    void aHeaderThatCannotBeMappedStoresNothingAndNamesEveryProblem() throws Exception {
        Path file = csv("sheet.csv", "summary,sumary,Notes,summary\nA good summary,x,y,z\n", false);
        MainTest.Run run = MainTest.run("", "import", file.toString(), "--db", db());
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        String message = run.err();
        assertTrue(message.startsWith("consultation: the header of sheet.csv cannot be mapped, so nothing was stored: "),
                message);
        for (String problem : List.of("column 2 ('sumary') names no field of the form",
                "column 3 ('Notes') names no field of the form", "column 4 ('summary') names summary a second time",
                "no column holds the time each row was sent", "no column holds page, which every row must give",
                "(the columns it reads are page, tab, nature, summary, details, role, org, email and a timestamp)")) {
            assertTrue(message.contains(problem), problem + " in " + message);
        }
        assertEquals(List.of(), stored());
    }

    @Test
    void aSlashedDateNeedsItsOrder() throws Exception {
        FeedbackImport.DateOrder unknown = FeedbackImport.DateOrder.UNKNOWN;
        FeedbackImport plain = new FeedbackImport(FormDefinition.pageFeedback(), null, ZoneId.of("UTC"), unknown,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), null);
        assertEquals(Instant.parse("2025-03-24T10:15:00Z"), plain.time("24/03/2025 10:15"), "24 is no month");
        assertEquals(Instant.parse("2025-03-24T10:15:30Z"), plain.time("3/24/2025 10:15:30"));
        assertEquals(Instant.parse("2025-03-04T00:00:00Z"), plain.time("2025-03-04"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> plain.time("04/03/2025 10:15"));
        assertTrue(e.getMessage().contains("--date-order dmy or mdy"), e.getMessage());
        FeedbackImport dayFirst = new FeedbackImport(FormDefinition.pageFeedback(), null, ZoneId.of("UTC"),
                FeedbackImport.DateOrder.DAY_FIRST, System.err, null);
        assertEquals(Instant.parse("2025-03-04T10:15:00Z"), dayFirst.time("04/03/2025 10:15"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> dayFirst.time("31/02/2025"));
    }

    @Test
    void theAdminCsvShowsOldAndNewFeedbackTogether() throws Exception {
        Path file = csv("old.csv", HEADER + "\n2024-11-02 16:40:00,/governance," + ROLE
                + ",An older view of it,Sent before the site moved,Feedback,,,\n", false);
        assertEquals(0, MainTest.run("", "import", file.toString(), "--db", db()).status());
        try (TestServer server = new TestServer(dir)) {
            assertEquals(303, server.postForm("/governance", TestServer.goodForm()).statusCode());
            HttpResponse<String> csv = server.get("/admin/feedback.csv", "Authorization", TestServer.basic(TestServer.PASSWORD));
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains("An older view of it"), csv.body());
            assertTrue(csv.body().contains("2024-11-02"), csv.body());
            assertEquals(3, csv.body().strip().split("\r\n").length, "the header, the old row and the new one: " + csv.body());
        }
    }

    /**
     * It streams: 100,000 rows (23 MB of CSV, several times that as rows in memory) imported in a
     * JVM of its own whose heap is 32 MB. An import that held its rows would run out of memory.
     * (The million-row figure, with a 256 MB heap, is examples/scripts/import-benchmark's.)
     */
    @Test
    void aLargeExportStreamsThroughASmallHeap() throws Exception {
        Path file = dir.resolve("large.csv");
        try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Timestamp,tab,page,nature,summary,details,role,org,email\r\n");
            Instant start = Instant.parse("2024-01-01T00:00:00Z");
            for (int i = 0; i < 100_000; i++) {
                out.write(start.plusSeconds(i * 7L) + ",Feedback,/page-" + (i % 30) + "/,,Summary number " + i
                        + " of the old site which runs a little longer,\"Details of row " + i + ", with a comma\r\nand a"
                        + " second line that makes the row longer still\"," + ROLE + ",Org " + (i % 50) + ",\r\n");
            }
        }
        // Out of memory ends the run at once (the parallel collector gives up when collecting is most of the time).
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                SmallHeapImport.class.getName(), file.toString(), dir.resolve("large.db").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("large.log").toFile()).start();
        boolean ended = process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(dir.resolve("large.log"));
        assertTrue(ended, "the import of 100,000 rows ended within five minutes: " + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("Read 100,000 rows: 100,000 stored, 0 already stored, 0 refused"), output);
    }
}
