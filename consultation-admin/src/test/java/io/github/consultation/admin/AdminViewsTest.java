package io.github.consultation.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Answers;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team's views, read from a store: counts by page, a page's submissions in batches, escaping, addresses. */
class AdminViewsTest {
    private static final FormDefinition FORM = FormDefinition.pageFeedback();
    private FeedbackStore store;
    private AdminViews views;

    @BeforeEach
    void setUp() throws Exception {
        HikariDataSource db = new HikariDataSource();
        db.setJdbcUrl("jdbc:h2:mem:admin-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        store = FeedbackStore.builder(db).form(FORM).build();
        views = AdminViews.builder(store).form(FORM).pages(List.of("/intro/", "/costs/")).path("/team/feedback").build();
    }

    private void save(String page, String summary, String email, int second) throws Exception {
        Feedback feedback = Feedback.builder().page(page).summary(summary).details("First line\nsecond <line>")
                .role(FORM.option("role", "consultant").orElseThrow()).email(email).build();
        store.save(Answers.of(FORM, feedback), Instant.ofEpochSecond(1_700_000_000L + second));
    }

    @Test
    void theOverviewListsEveryPageWithItsCountAndTheHostsHiddenFields() throws Exception {
        save("/costs", "Costs are too high here", "a@example.org", 1);
        save("/costs", "Costs are fine, I think", "b@example.org", 2);
        save("/elsewhere", "A page the site no longer has", "", 3);
        AdminViews.Page overview = views.overview(Map.of("_csrf", "a\"token<"));
        Document doc = Jsoup.parseBodyFragment(overview.body());

        assertEquals("Feedback", overview.title());
        assertEquals(List.of("/intro (0)", "/costs (2)", "/elsewhere (1)"), doc.select("section.page-feedback h2").eachText());
        assertTrue(doc.text().startsWith("Submissions in all: 3."), doc.text());
        assertEquals("/team/feedback.csv", doc.selectFirst("a:contains(Download every submission)").attr("href"));
        assertEquals("/team/feedback/erase", doc.selectFirst("form.erase").attr("action"));
        assertEquals("a\"token<", doc.selectFirst("form.erase input[name=_csrf]").attr("value"));
        assertTrue(overview.body().contains("value=\"a&quot;token&lt;\""), overview.body());
        assertEquals("/team/feedback/submissions?page=%2Fcosts",
                doc.selectFirst("a:contains(Read the submissions on /costs (2))").attr("href"));
        assertEquals(1, doc.select("section.page-feedback:has(h2:contains(/costs)) svg").size());
        assertTrue(doc.select("section.questionnaire").isEmpty(), "no questionnaire without one");
    }

    @Test
    void aPagesSubmissionsComeInBatchesWithTheirTextEscaped() throws Exception {
        for (int i = 0; i < AdminViews.PAGE_SIZE + 2; i++) {
            save("/costs", "Summary number " + i, "", i);
        }
        Document first = Jsoup.parseBodyFragment(views.submissions("/costs", 0).body());
        assertEquals(AdminViews.PAGE_SIZE, first.select("table.submissions tbody tr").size());
        // Received, then the form's questions in its order: nature, summary, details.
        assertEquals("First line\nsecond <line>", first.selectFirst("tbody td:eq(3)").wholeText());
        String next = first.selectFirst("a:contains(Next)").attr("href");
        long after = Long.parseLong(next.substring(next.indexOf("after=") + 6));
        Document second = Jsoup.parseBodyFragment(views.submissions("/costs", after).body());
        assertEquals(2, second.select("table.submissions tbody tr").size());
        assertTrue(second.select("a:contains(Next)").isEmpty());
        assertEquals("Feedback on every page", views.submissions("", 0).title());
    }

    @Test
    void theCsvAndTheErasedNoticeUseTheStore() throws Exception {
        save("/costs", "Costs are too high here", "a@example.org", 1);
        StringWriter csv = new StringWriter();
        assertEquals(1, views.csv(csv));
        assertTrue(csv.toString().contains("Costs are too high here"), csv.toString());
        assertEquals("Submissions erased with that email address: 1. Back to the feedback",
                Jsoup.parseBodyFragment(views.erased(1).body()).text());
        assertThrows(IllegalStateException.class, () -> views.questionnaireCsv(new StringWriter()));
    }

    @Test
    void theViewsSpeakTheLanguageTheyAreGiven() throws Exception {
        save("/costs", "Mae\u2019r costau\u2019n rhy uchel", "a@example.org", 1);
        AdminViews welsh = AdminViews.builder(store).form(FORM).locale(Locale.forLanguageTag("cy"))
                .pages(List.of("/costs/")).build();
        AdminViews.Page overview = welsh.overview(Map.of());
        assertEquals("cy", welsh.locale().toLanguageTag(), "the language a host's document names");
        assertEquals("en", views.locale().toLanguageTag(), "by default the page form's first language");
        assertEquals("Adborth", overview.title());
        Document doc = Jsoup.parseBodyFragment(overview.body());
        assertTrue(doc.text().startsWith("Cyflwyniadau i gyd: 1."), doc.text());
        assertFalse(doc.text().contains("Submissions"), doc.text());
        Document list = Jsoup.parseBodyFragment(welsh.submissions("/costs", 0).body());
        assertTrue(list.select("tbody td").eachText().contains(FORM.texts(Locale.forLanguageTag("cy"))
                .option(FORM.question("role").orElseThrow(), FORM.option("role", "consultant").orElseThrow())),
                "a choice in the views' language");
        assertThrows(IllegalStateException.class, () -> AdminViews.builder(store).form(FORM)
                .locale(Locale.FRENCH).build(), "a language the form does not speak");
    }

    @Test
    void theBuilderRefusesAPathItCannotHangViewsBelowAndAFormTheStoreDoesNotKeep() {
        assertThrows(IllegalStateException.class, () -> AdminViews.builder(store).path("/admin/").build());
        assertThrows(IllegalStateException.class, () -> AdminViews.builder(store).path("admin").build());
        assertThrows(IllegalStateException.class,
                () -> AdminViews.builder(store).questionnaire(FormDefinition.questionnaire()).build());
    }
}
