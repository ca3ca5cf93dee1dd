package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One flow for both paths: every outcome, through the form path and the JSON path, in English and
 * in Welsh, with the page's own language winning over the reader's.
 */
class SubmissionFlowTest {
    private static final Locale WELSH = FormDefinition.WELSH;
    private static final List<Locale> NO_PREFERENCE = List.of();

    /** A bilingual site: pages under /cy/ are Welsh, the rest English. */
    private static final SubmissionFlow FLOW = SubmissionFlow.builder()
            .validator(FeedbackValidator.builder().locale(Locale.ENGLISH).maxPayloadBytes(10_000).build())
            .validator(FeedbackValidator.builder().locale(WELSH).maxPayloadBytes(10_000).build())
            .pageLanguage(page -> page.startsWith("/cy/") ? Optional.of(WELSH) : Optional.of(Locale.ENGLISH))
            .build();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String form(String page, String summary) {
        return "page=" + page + "&summary=" + summary + "&details=&role=Data+and+digital+consultant&org=&email="
                + "&nature=&hp_field=";
    }

    private static String json(String page, String summary) {
        return "{\"tab\":\"Feedback\",\"page\":\"" + page + "\",\"summary\":\"" + summary + "\",\"details\":\"\","
                + "\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}";
    }

    /** Both paths, as the host calls them, for one page and summary. */
    private static List<Outcome> bothPaths(String page, String summary, List<Locale> reader) {
        return List.of(
                FLOW.form("application/x-www-form-urlencoded", bytes(form(page, summary.replace(' ', '+'))), reader),
                FLOW.json("application/json; charset=utf-8", bytes(json(page, summary)), reader));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/shared-record", "/cy/cofnod-a-rennir"})
    void aGoodSubmissionIsKeptThenThanked(String page) {
        for (Outcome read : bothPaths(page, "A clear proposal", NO_PREFERENCE)) {
            assertEquals(Outcome.Kind.VALID, read.kind());
            assertThrows(IllegalStateException.class, read::jsonStatus, "no answer before it is kept");
            List<Answers> kept = new ArrayList<>();
            Outcome done = FLOW.keep(read, kept::add);
            assertEquals(Outcome.Kind.RECEIVED, done.kind());
            assertEquals(1, kept.size());
            assertEquals(page, kept.get(0).page());
            assertEquals(303, done.formStatus());
            assertEquals(201, done.jsonStatus());
            assertEquals("{\"status\":\"received\"}", done.json());
            assertTrue(done.thanked());
        }
    }

    @Test
    void feedbackTheStoreRefusesIsNotThankedFor() {
        Outcome read = bothPaths("/shared-record", "A clear proposal", NO_PREFERENCE).get(1);
        Outcome done = FLOW.keep(read, feedback -> {
            throw new IOException("disk full");
        });
        assertEquals(Outcome.Kind.NOT_KEPT, done.kind());
        assertEquals(503, done.formStatus());
        assertEquals(503, done.jsonStatus());
        assertEquals("{\"status\":\"unavailable\"}", done.json());
        assertFalse(done.thanked());
        assertFalse(done.refused());
    }

    @Test
    void englishPagesAnswerInEnglish() {
        for (Outcome o : bothPaths("/shared-record", "abc", List.of(WELSH))) {
            assertEquals(Outcome.Kind.INVALID, o.kind());
            assertEquals(422, o.formStatus());
            assertEquals(422, o.jsonStatus());
            assertEquals(Locale.ENGLISH, o.locale());
            assertEquals("Summary must be 5 characters or more", o.verdict().errorFor("summary").orElseThrow().message());
            assertEquals("{\"status\":\"invalid\",\"errors\":[{\"field\":\"summary\",\"code\":\"too-short\","
                    + "\"message\":\"Summary must be 5 characters or more\"}]}", o.json());
        }
    }

    @Test
    void welshPagesAnswerInWelshWhateverTheBrowserAsks() {
        for (List<Locale> reader : List.of(NO_PREFERENCE, List.of(Locale.ENGLISH), List.of(WELSH))) {
            for (Outcome o : bothPaths("/cy/cofnod-a-rennir", "abc", reader)) {
                assertEquals(WELSH, o.locale());
                assertEquals("Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy",
                        o.verdict().errorFor("summary").orElseThrow().message(), reader.toString());
            }
        }
    }

    @Test
    void withoutAKnownPageTheReadersLanguageDecides() {
        SubmissionFlow flow = SubmissionFlow.builder()
                .validator(FeedbackValidator.builder().locale(Locale.ENGLISH).build())
                .validator(FeedbackValidator.builder().locale(WELSH).build()).build();
        Outcome welsh = flow.json("application/json", bytes(json("/p", "")), SubmissionFlow.languages("cy-GB,en;q=0.5"));
        assertEquals("Rhowch grynodeb", welsh.verdict().errorFor("summary").orElseThrow().message());
        Outcome english = flow.json("application/json", bytes(json("/p", "")), SubmissionFlow.languages("fr, en;q=0.8"));
        assertEquals("Enter a summary", english.verdict().errorFor("summary").orElseThrow().message());
    }

    @Test
    void spamIsThankedForAndNotKept() {
        Outcome form = FLOW.form("application/x-www-form-urlencoded",
                bytes(form("/shared-record", "Buy+now") + "&hp_field=bot"), NO_PREFERENCE);
        for (Outcome o : List.of(form, FLOW.json("application/json",
                bytes(json("/shared-record", "Buy now").replace("\"hp_field\":\"\"", "\"hp_field\":\"bot\"")),
                NO_PREFERENCE))) {
            assertEquals(Outcome.Kind.SPAM, o.kind());
            assertEquals(o, FLOW.keep(o, f -> {
                throw new AssertionError("spam is never kept");
            }));
            assertEquals(303, o.formStatus());
            assertEquals(201, o.jsonStatus());
            assertEquals("{\"status\":\"received\"}", o.json());
        }
    }

    @Test
    void eachPathTakesItsOwnMediaType() {
        Outcome jsonAsForm = FLOW.form("application/json", bytes(json("/shared-record", "Fine words")), List.of(WELSH));
        assertEquals(415, jsonAsForm.formStatus());
        assertEquals("{\"status\":\"unsupported media type\","
                + "\"errors\":[{\"field\":\"\",\"code\":\"unsupported-media-type\",\"message\":"
                + "\"Rhaid anfon y cyflwyniad fel application/x-www-form-urlencoded\"}]}", jsonAsForm.json());
        Outcome formAsJson = FLOW.json("text/plain", bytes(form("/shared-record", "Fine")), NO_PREFERENCE);
        assertEquals(Outcome.Kind.UNSUPPORTED_MEDIA_TYPE, formAsJson.kind());
        assertEquals(415, formAsJson.jsonStatus());
        assertEquals("The submission must be sent as application/json", formAsJson.errors().get(0).message());
        assertEquals(Outcome.Kind.UNSUPPORTED_MEDIA_TYPE, FLOW.json(null, bytes("{}"), NO_PREFERENCE).kind());
        assertEquals(Outcome.Kind.VALID, FLOW.json("Application/JSON ; charset=UTF-8",
                bytes(json("/shared-record", "Fine words")), NO_PREFERENCE).kind());
    }

    @Test
    void tooLargeUnreadableAndBrokenBodiesAreNamed() {
        byte[] big = bytes(json("/shared-record", "x".repeat(12_000)));
        for (Outcome o : List.of(FLOW.json("application/json", big, NO_PREFERENCE),
                FLOW.form("application/x-www-form-urlencoded", big, NO_PREFERENCE), FLOW.tooLarge(NO_PREFERENCE))) {
            assertEquals(Outcome.Kind.TOO_LARGE, o.kind());
            assertEquals(413, o.formStatus());
            assertEquals(413, o.jsonStatus());
            assertEquals("{\"status\":\"too large\",\"limitBytes\":10000,\"errors\":[{\"field\":\"\",\"code\":\"too-large\","
                    + "\"message\":\"The submission must be 10000 bytes or smaller\"}]}", o.json());
        }
        Outcome badEscape = FLOW.form("application/x-www-form-urlencoded", bytes("summary=%zz"), NO_PREFERENCE);
        assertEquals(Outcome.Kind.UNREADABLE, badEscape.kind());
        assertEquals(400, badEscape.formStatus());
        Outcome notJson = FLOW.json("application/json", bytes("summary=words"), NO_PREFERENCE);
        assertEquals(400, notJson.jsonStatus());
        assertTrue(notJson.json().startsWith("{\"status\":\"unreadable\",\"errors\":[{\"field\":\"\",\"code\":\"not-json\""),
                notJson.json());
        assertTrue(notJson.refused());
    }

    @Test
    void aFrameworksFieldsAndAServletsParametersGoTheSameWay() {
        Map<String, List<String>> fields = Map.of("page", List.of("/cy/tudalen"), "summary", List.of("abc"),
                "role", List.of("Data and digital consultant"), "_csrf", List.of("token"));
        Outcome fromFields = FLOW.form(fields, NO_PREFERENCE);
        assertEquals(Outcome.Kind.INVALID, fromFields.kind());
        assertEquals(List.of("summary"), fromFields.errors().stream().map(e -> e.field()).toList(),
                "the CSRF token is not the form's");
        assertEquals(WELSH, fromFields.locale());
        Outcome fromParameters = FLOW.parameters(Map.of("page", new String[] {"/cy/tudalen"},
                "summary", new String[] {"abc"}, "role", new String[] {"Data and digital consultant"},
                "_csrf", new String[] {"token"}), NO_PREFERENCE);
        assertEquals(fromFields.json(), fromParameters.json());
    }

    /** Fields a framework or a servlet parsed are held to the limits of the body they came in. */
    @Test
    void parsedFieldsAreHeldToTheBodysLimits() {
        String big = "x".repeat(12_000);
        assertEquals(Outcome.Kind.TOO_LARGE, FLOW.form(Map.of("page", List.of("/shared-record"), "details", List.of(big)),
                NO_PREFERENCE).kind());
        assertEquals(Outcome.Kind.TOO_LARGE, FLOW.parameters(Map.of("page", new String[] {"/shared-record"},
                "details", new String[] {big}), NO_PREFERENCE).kind());
        Map<String, String[]> many = new java.util.HashMap<>();
        for (int i = 0; i < 300; i++) {   // well within the size, over the count
            many.put("f" + i, new String[] {""});
        }
        assertEquals(Outcome.Kind.UNREADABLE, FLOW.parameters(many, NO_PREFERENCE).kind());
        assertEquals(Outcome.Kind.UNSUPPORTED_MEDIA_TYPE, FLOW.form("text/plain",
                Map.of("page", List.of("/shared-record")), NO_PREFERENCE, null).kind());
    }

    /**
     * One pass reads a JSON submission whatever its form; the form then chosen holds it to its own
     * limits, and its page's language is known before it is validated, once.
     */
    @Test
    void eachFormHoldsWhatOnePassReadToItsOwnLimits() {
        FormDefinition questionnaire = FormDefinition.questionnaire();
        SubmissionFlow flow = SubmissionFlow.builder()
                .validator(FeedbackValidator.builder().locale(Locale.ENGLISH).build())
                .validator(FeedbackValidator.builder().locale(WELSH).build())
                .validator(FeedbackValidator.builder().form(questionnaire).maxPayloadBytes(9_000).build())
                .pageLanguage(page -> Optional.of(WELSH))
                .build();
        String scores = "\"rank_usefulness\":{\"Improving data quality\":4}";
        String padding = "x".repeat(9_500);
        Outcome tooLargeForItsForm = flow.json("application/json", bytes("{\"tab\":\"MainFeedback\",\"page\":\"/feedback\","
                + scores + ",\"comments\":\"" + padding + "\"}"), NO_PREFERENCE);
        assertEquals(Outcome.Kind.TOO_LARGE, tooLargeForItsForm.kind());
        assertEquals("MainFeedback", tooLargeForItsForm.form().tab());
        assertEquals(9_000, tooLargeForItsForm.limitBytes());
        Outcome pageForm = flow.json("application/json", bytes(json("/p", "abc").replace("\"details\":\"\"",
                "\"details\":\"" + "y".repeat(4_000) + "\"")), List.of(Locale.ENGLISH));
        assertEquals(Outcome.Kind.INVALID, pageForm.kind(), "within the page form's own limit");
        assertEquals("Feedback", pageForm.form().tab());
        assertEquals(WELSH, pageForm.locale(), "the page's language, found before validating");
        assertEquals(List.of("summary"), pageForm.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void acceptLanguageIsReadLeniently() {
        assertEquals(List.of(Locale.forLanguageTag("cy-GB"), WELSH, Locale.ENGLISH),
                SubmissionFlow.languages("cy-GB, cy;q=0.9, en;q=0.5, *;q=0.1"));
        assertEquals(List.of(), SubmissionFlow.languages(null));
        assertEquals(List.of(), SubmissionFlow.languages("en;q=abc"));
        assertEquals(List.of(), SubmissionFlow.languages("x".repeat(2000)));
        assertEquals(List.of(Locale.ENGLISH), SubmissionFlow.languages("fr;q=0, en"));
    }

    /**
     * A post of every box and score the questionnaire has (78 fields) fits the flow's default
     * field limit once the flow knows the questionnaire; a flow of the page form alone refuses as
     * many fields, and a limit the host sets is the limit.
     */
    @Test
    void theDefaultFieldLimitMakesRoomForEveryFormTheFlowKnows() {
        FormDefinition questionnaire = FormDefinition.questionnaire();
        StringBuilder post = new StringBuilder("tab=MainFeedback&page=%2Ffeedback&hp_field=&role=Data+and+digital+consultant");
        for (String rating : List.of("rank_usefulness", "rank_likelihood")) {
            var items = ((io.github.consultation.model.RatingQuestion) questionnaire.question(rating).orElseThrow()).items();
            items.forEach(item -> post.append('&').append(rating).append('.').append(item.code()).append("=3"));
        }
        var boxes = ((io.github.consultation.model.ChecklistQuestion) questionnaire.question("activities").orElseThrow()).options();
        boxes.forEach(box -> post.append("&activities=").append(java.net.URLEncoder.encode(
                box.group().orElseThrow().text() + ": " + box.text(), StandardCharsets.UTF_8)));
        assertEquals(13 * 2 + 39 + 4, post.toString().split("&").length);

        SubmissionFlow both = SubmissionFlow.builder().validator(FeedbackValidator.builder().build())
                .validator(FeedbackValidator.builder().form(questionnaire).build()).build();
        Outcome kept = both.form("application/x-www-form-urlencoded", bytes(post.toString()), NO_PREFERENCE);
        assertEquals(Outcome.Kind.VALID, kept.kind(), kept.errors().toString());
        assertEquals(39, kept.answers().orElseThrow().ticked("activities").size());

        SubmissionFlow pageFormOnly = SubmissionFlow.builder().validator(FeedbackValidator.builder().build()).build();
        assertEquals(Outcome.Kind.UNREADABLE,
                pageFormOnly.form("application/x-www-form-urlencoded", bytes(post.toString()), NO_PREFERENCE).kind());
        SubmissionFlow strict = SubmissionFlow.builder().validator(FeedbackValidator.builder().build())
                .validator(FeedbackValidator.builder().form(questionnaire).build()).maxFormFields(20).build();
        assertEquals(Outcome.Kind.UNREADABLE,
                strict.form("application/x-www-form-urlencoded", bytes(post.toString()), NO_PREFERENCE).kind());
    }

    @Test
    void theBuilderNamesEveryProblem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SubmissionFlow.builder().maxFormFields(0).build());
        assertEquals("SubmissionFlow: add at least one validator; maxFormFields must be at least 1, not 0", e.getMessage());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> SubmissionFlow.builder()
                .validator(FeedbackValidator.create()).validator(FeedbackValidator.create()).build());
        assertEquals("SubmissionFlow: two validators of Feedback speak en", twice.getMessage());
    }
}
