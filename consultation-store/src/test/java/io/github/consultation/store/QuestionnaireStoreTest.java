package io.github.consultation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.model.Answers;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The questionnaire's answers kept with the page form's guarantees, exported a column each, and added up. */
class QuestionnaireStoreTest {
    private static final FormDefinition Q = FormDefinition.questionnaire();
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    static List<String> databases() {
        return TestDatabases.kinds();
    }

    private static Option role(String code) {
        return Q.option("role", code).orElseThrow();
    }

    private static Option activity(int index) {
        return ((ChecklistQuestion) Q.question("activities").orElseThrow()).options().get(index);
    }

    static Answers answers(String roleCode, int usefulness, List<Option> ticked, String email) {
        return new Answers("MainFeedback", "/feedback", email.isEmpty() ? Map.of("comments", "Line one\nLine two")
                : Map.of("comments", "Line one\nLine two", "email", email), Map.of("role", role(roleCode)),
                Map.of("activities", ticked), Map.of("rank_usefulness", Map.of("data-tool-collaboration", usefulness),
                        "rank_likelihood", Map.of("discovering-what-works", 3)));
    }

    private static FeedbackStore store(HikariDataSource db) throws Exception {
        return FeedbackStore.builder(db).alsoForm(Q).build();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void answersAreKeptOnceReadBackAndErased(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "answers")) {
            FeedbackStore store = store(db);
            Answers a = answers("la-leadership", 4, List.of(activity(0), activity(20)), "reader@example.org");
            assertFalse(store.save(a, NOW).duplicate());
            assertTrue(store.save(a, NOW.plusSeconds(5)).duplicate(), "the same answers again are stored once");
            assertEquals(1, store.count("MainFeedback"));
            assertEquals(a, store.read("MainFeedback", "", 0, 10).get(0).answers());
            assertEquals(0, store.count(FormDefinition.pageFeedback().tab()), "no page feedback");
            assertEquals(1, store.eraseEmail("READER@example.org"));
            assertEquals(0, store.count("MainFeedback"));
            assertThrows(IllegalArgumentException.class, () -> store.count("Survey"));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theExportHasAColumnPerIdeaAndActivity(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "export")) {
            FeedbackStore store = store(db);
            store.save(answers("consultant", 5, List.of(activity(1)), ""), NOW);
            StringWriter out = new StringWriter();
            assertEquals(1, store.exportCsv("MainFeedback", out));
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(out.toString())).getRecords();
            CSVRecord row = rows.get(0);
            assertEquals("5", row.get("rank_usefulness: Data tool collaboration"));
            assertEquals("", row.get("rank_usefulness: Improving data quality"));
            assertEquals("3", row.get("rank_likelihood: Discovering what works"));
            assertEquals("yes", row.get("activities: Data tool collaboration: Advising local authority users on best"
                    + " practice in using and developing shared tools"));
            assertEquals("", row.get("activities: Data tool collaboration: Maintaining and continuously developing key"
                    + " products which the sector can rely on"));
            assertEquals("Data and digital consultant", row.get("role"));
            assertEquals("consultant", row.get("role_code"));
            assertEquals("Line one\nLine two", row.get("comments"));
            assertEquals(3 + 7 + 26 + 39, row.size(), "time, tab, page; role and its code, org, email, nature and its code,"
                    + " comments; 2 x 13 scores; 39 activities");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void scoresAddUpByRoleGroup(String kind) throws Exception {
        try (HikariDataSource db = TestDatabases.open(kind, dir, "summary")) {
            FeedbackStore store = store(db);
            store.save(answers("la-leadership", 4, List.of(activity(0), activity(1)), ""), NOW);
            store.save(answers("la-data", 2, List.of(activity(1)), ""), NOW);
            store.save(answers("consultant", 5, List.of(), ""), NOW);
            AnswersSummary summary = store.summarise("MainFeedback");
            // Every form is counted alike: by page, role and reflection.
            assertEquals(List.of(new FeedbackStore.Count("/feedback", "consultant", "", 1),
                    new FeedbackStore.Count("/feedback", "la-data", "", 1),
                    new FeedbackStore.Count("/feedback", "la-leadership", "", 1)), store.counts("MainFeedback"));
            assertEquals(3, summary.count());
            Map<String, AnswersSummary.Scores> idea = summary.scores().get("rank_usefulness").get("data-tool-collaboration");
            AnswersSummary.Scores everyone = idea.get(AnswersSummary.EVERYONE);
            assertEquals(3, everyone.count());
            assertEquals(11.0 / 3, everyone.mean(), 1e-9);
            assertEquals(Math.sqrt(7.0 / 3), everyone.spread(), 1e-9, "sample standard deviation of 4, 2, 5");
            assertEquals(List.of(0L, 1L, 0L, 1L, 1L), everyone.distribution());
            assertEquals(3.0, idea.get("local-authority").mean(), 1e-9);
            assertEquals(Math.sqrt(2), idea.get("local-authority").spread(), 1e-9);
            assertEquals(0.0, idea.get("private-sector").spread(), 1e-9, "one score has no spread");
            Map<String, Long> ticks = summary.ticks().get("activities");
            assertEquals(activity(1).code(), ticks.keySet().iterator().next(), "the most ticked first");
            assertEquals(2L, ticks.get(activity(1).code()));
            assertEquals(1L, ticks.get(activity(0).code()));
        }
    }
}
