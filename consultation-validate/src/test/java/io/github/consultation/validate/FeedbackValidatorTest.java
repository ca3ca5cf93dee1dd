package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facade, fed what the existing site's script sends and what a plain form POST sends. */
class FeedbackValidatorTest {
    private static final FeedbackValidator VALIDATOR = FeedbackValidator.create();

    private static Option role(String code) {
        return FormDefinition.pageFeedback().option("role", code).orElseThrow();
    }

    /** An origin payload, every field given, as the site's script builds it. */
    static String originJson(String summary, String role, String email, String hp) {
        return "{\"tab\":\"Feedback\",\"page\":\"https://consult.example.org/governance/\","
                + "\"summary\":\"" + summary + "\",\"details\":\"More words\",\"role\":\"" + role + "\","
                + "\"org\":\"Northshire Council\",\"email\":\"" + email + "\","
                + "\"nature\":\"I\u2019m unsure about this\",\"hp_field\":\"" + hp + "\"}";
    }

    private static List<String> codes(Verdict v) {
        return v.errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    void originPayloadIsValidFeedback() {
        Verdict v = VALIDATOR.validateJson(originJson("Costs are unclear", "Local authority leadership",
                "reader@example.org", ""));
        assertEquals(Verdict.Status.VALID, v.status(), v.toString());
        Feedback f = v.feedback().orElseThrow();
        assertEquals("Costs are unclear", f.summary());
        assertEquals(role("la-leadership"), f.role().orElseThrow());
        assertEquals(FormDefinition.pageFeedback().option("nature", "unsure").orElseThrow(), f.reflection().orElseThrow());
        assertEquals("Northshire Council", f.organisation());
        assertEquals("reader@example.org", f.email());
        assertTrue(v.errors().isEmpty());
    }

    @Test
    void emptyOptionalFieldsAsEmptyStringsAreFine() {
        String json = "{\"tab\":\"Feedback\",\"page\":\"/p\",\"summary\":\"Hello world\",\"details\":\"\","
                + "\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}";
        Verdict v = VALIDATOR.validateJson(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(Verdict.Status.VALID, v.status(), v.toString());
        assertTrue(v.feedback().orElseThrow().reflection().isEmpty());
    }

    /** A submission with another form's tab (or an empty one) is told which tab this form takes, in its language. */
    @Test
    void anotherTabIsToldTheTabThisFormTakes() {
        String json = "{\"tab\":\"%s\",\"page\":\"/p\",\"summary\":\"Hello world\","
                + "\"role\":\"Data and digital consultant\"}";
        for (String tab : List.of("", "MainFeedback")) {
            Verdict v = VALIDATOR.validateJson(json.formatted(tab));
            assertEquals(List.of(new FieldError("tab", "unsupported-form",
                    "The tab must be \u2018Feedback\u2019, the name of this form, or left out")), v.errors(), tab);
        }
        FormDefinition survey = FormDefinition.pageFeedback().toBuilder().tab("Survey").build();
        Verdict welsh = FeedbackValidator.builder().form(survey).locale(FormDefinition.WELSH).build()
                .validateJson(json.formatted("Feedback"));
        assertEquals("Rhaid i\u2019r tab fod yn \u2018Survey\u2019, enw\u2019r ffurflen hon, neu ei adael allan",
                welsh.errors().get(0).message());
        assertEquals(Verdict.Status.VALID, VALIDATOR.validateJson(json.formatted("Feedback")).status());
    }

    /** A choice question of the form's own names what the reader sent when it is none of its options. */
    @Test
    void anUnknownOptionOfAQuestionOfTheFormsOwnIsNamed() {
        FormDefinition form = FormDefinition.pageFeedback().toBuilder().languages(java.util.Locale.ENGLISH)
                .question(new io.github.consultation.model.ChoiceQuestion("visit", "visit", false,
                        List.of(Option.of("morning", "Early morning"), Option.of("evening", "In the evening"))))
                .text(java.util.Locale.ENGLISH, "label.visit", "When you usually visit")
                .text(java.util.Locale.ENGLISH, "choose.visit", "Choose a time")
                .build();
        Verdict v = FeedbackValidator.builder().form(form).build().validateJson("{\"page\":\"/p\",\"summary\":"
                + "\"Hello world\",\"role\":\"Data and digital consultant\",\"visit\":\"Sometimes\"}");
        assertEquals(List.of(new FieldError("visit", "unknown-option",
                "When you usually visit: \u2018Sometimes\u2019 is not one of the choices")), v.errors());
    }

    /** A score sent in JSON under a form post's name ("safety.paths") is told how JSON sends it. */
    @Test
    void aScoreSentUnderItsFormPostNameIsToldTheJsonShape() {
        FormDefinition form = FormDefinition.pageFeedback().toBuilder().languages(java.util.Locale.ENGLISH)
                .question(new io.github.consultation.model.RatingQuestion("safety", "safety", false,
                        List.of(Option.of("paths", "On the paths after dark")), 1, 5))
                .text(java.util.Locale.ENGLISH, "label.safety", "How safe you feel")
                .build();
        FeedbackValidator validator = FeedbackValidator.builder().form(form).build();
        String json = "{\"page\":\"/p\",\"summary\":\"Hello world\",\"role\":\"Data and digital consultant\",%s}";
        Verdict v = validator.validateJson(json.formatted("\"safety.paths\":5"));
        assertEquals(List.of(new FieldError("safety.paths", "score-not-nested", "How safe you feel: send its scores as one"
                + " object, such as \"safety\": {\"On the paths after dark\": 4}")), v.errors());
        assertEquals(Verdict.Status.VALID, validator.validateJson(json.formatted("\"safety\":{\"paths\":5}")).status());
        assertEquals("unknown-field", validator.validateJson(json.formatted("\"safety.nowhere\":5")).errors().get(0).code());
    }

    @Test
    void messagesFollowTheGovukWording() {
        Verdict empty = VALIDATOR.validateJson(originJson("", "", "not an address", ""));
        assertEquals(Verdict.Status.INVALID, empty.status());
        assertEquals(List.of(
                new FieldError("summary", "required", "Enter a summary"),
                new FieldError("role", "required", "Select your role"),
                new FieldError("email", "format", "Enter an email address in the correct format, like name@example.com")),
                empty.errors());

        Verdict shortSummary = VALIDATOR.validateJson(originJson("Four", "Local authority leadership", "", ""));
        assertEquals("Summary must be 5 characters or more", shortSummary.errorFor("summary").orElseThrow().message());
    }

    @Test
    void theLengthRulesApplyAfterTrimming() {
        assertEquals(List.of("summary:too-short"),
                codes(VALIDATOR.validateJson(originJson("   four   ", "Local authority leadership", "", ""))));
        assertEquals(List.of("summary:required"),
                codes(VALIDATOR.validateJson(originJson("      ", "Local authority leadership", "", ""))));
        assertEquals(List.of(),
                codes(VALIDATOR.validateJson(originJson(" five! ", "Local authority leadership", "", ""))));
    }

    @Test
    void straightApostropheAndCodeFindTheirOptions() {
        Verdict v = VALIDATOR.validateJson(originJson("Costs are unclear",
                "Local authority children's social care professional", "", ""));
        assertEquals(role("la-social-care"), v.feedback().orElseThrow().role().orElseThrow());
        Verdict byCode = VALIDATOR.validateJson(originJson("Costs are unclear", "la-social-care", "", ""));
        assertEquals(role("la-social-care"), byCode.feedback().orElseThrow().role().orElseThrow());
    }

    @Test
    void unknownRoleIsRefusedWithItsOwnMessage() {
        Verdict v = VALIDATOR.validateJson(originJson("Costs are unclear", "Astronaut", "", ""));
        assertEquals(new FieldError("role", "unknown-option", "Select your role from the list"),
                v.errorFor("role").orElseThrow());
        assertEquals("Astronaut", v.submission().value("role"), "the entered value is kept to show again");
    }

    @Test
    void filledHoneypotIsSpamNotAnError() {
        Verdict v = VALIDATOR.validateJson(originJson("", "", "", "http://spam.example"));
        assertEquals(Verdict.Status.SPAM, v.status());
        assertTrue(v.errors().isEmpty());
        assertEquals("honeypot", v.spamReason().orElseThrow());
        assertTrue(v.feedback().isEmpty());
    }

    @Test
    void formFieldsBindLikeJson() {
        Map<String, List<String>> form = Map.of(
                "page", List.of("/governance"),
                "summary", List.of("Costs are unclear"),
                "role", List.of("Data and digital consultant"),
                "nature", List.of(""),
                "email", List.of(""),
                "hp_field", List.of(""),
                "_csrf", List.of("host token"));
        Verdict v = VALIDATOR.validateForm(form);
        assertEquals(Verdict.Status.VALID, v.status(), v.toString());
        assertEquals(role("consultant"), v.feedback().orElseThrow().role().orElseThrow());
    }

    @Test
    void aFormFieldSentTwiceIsRefused() {
        Verdict v = VALIDATOR.validateForm(Map.of(
                "page", List.of("/p"), "summary", List.of("First summary", "Second summary"),
                "role", List.of("Data and digital consultant")));
        assertEquals(List.of("summary:repeated"), codes(v));
        assertEquals("Summary must be sent once only", v.errors().get(0).message());
    }

    @Test
    void validateChecksAHandBuiltFeedbackAsItIs() {
        Feedback ok = Feedback.builder().page("/p").summary("Valid summary").role(role("consultant")).build();
        assertEquals(Verdict.Status.VALID, VALIDATOR.validate(ok).status());
        Feedback bad = ok.toBuilder().summary("abc").email("x@").build();
        assertEquals(List.of("summary:too-short", "email:format"), codes(VALIDATOR.validate(bad)));
    }

    @Test
    void notJsonIsUnreadable() {
        Verdict v = VALIDATOR.validateJson("summary=hello");
        assertEquals(Verdict.Status.UNREADABLE, v.status());
        assertEquals(List.of(":not-json"), codes(v));
    }
}
