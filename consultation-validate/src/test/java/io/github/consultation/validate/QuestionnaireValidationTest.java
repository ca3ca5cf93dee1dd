package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The existing site's questionnaire ("MainFeedback"), checked by the same validator as the page
 * form: its JSON exactly as its script sends it, the same answers as a plain form post, and every
 * kind of refusal with its message; the schema generated from the same definition agrees.
 */
class QuestionnaireValidationTest {
    private static final FormDefinition QUESTIONNAIRE = FormDefinition.questionnaire();
    private static final FeedbackValidator VALIDATOR = FeedbackValidator.builder().form(QUESTIONNAIRE).build();

    /** The JSON the existing site's script builds, numbers for scores, "Heading: activity" for each tick. */
    static String json(String scores, String activities, String role) {
        return "{\"tab\":\"MainFeedback\",\"page\":\"https://consult.example.org/feedback/\",\"role\":\"" + role
                + "\",\"org\":\"Northshire Council\",\"email\":\"reader@example.org\","
                + "\"rank_usefulness\":{" + scores + "},\"rank_likelihood\":{\"Discovering what works\":2},"
                + "\"activities\":[" + activities + "],\"section\":\"\",\"comments\":\"Line one\\nLine two\",\"hp_field\":\"\"}";
    }

    static final String SCORES = "\"Data tool collaboration\":4,\"Improving data quality\":\"5\"";
    static final String ACTIVITIES = "\"Data tool collaboration: Maintaining and continuously developing key products which the"
            + " sector can rely on\",\"Curating standards: Managing processes for changes to relevant standards\"";

    @Test
    void theExistingSitesJsonIsAcceptedAsItIsSent() {
        Verdict v = VALIDATOR.validateJson(json(SCORES, ACTIVITIES, "Local authority leadership"));
        assertEquals(Verdict.Status.VALID, v.status(), v.toString());
        Answers a = v.answers().orElseThrow();
        assertEquals("MainFeedback", a.tab());
        assertEquals("/feedback/", a.page());
        assertEquals("la-leadership", a.choice("role").orElseThrow().code());
        assertEquals(Map.of("data-tool-collaboration", 4, "improving-data-quality", 5), a.scores("rank_usefulness"));
        assertEquals(Map.of("discovering-what-works", 2), a.scores("rank_likelihood"));
        assertEquals(List.of("maintaining-and-continuously-developing-key-products-which-the-sector-can-rely-on",
                "managing-processes-for-changes-to-relevant-standards"),
                a.ticked("activities").stream().map(Option::code).toList());
        assertEquals("Line one\nLine two", a.text("comments"));
        assertTrue(v.feedback().isEmpty(), "a questionnaire is not page feedback");
    }

    @Test
    void aScoreOffTheScaleIsRefusedByName() {
        Verdict v = VALIDATOR.validateJson(json("\"Data tool collaboration\":7", "", "Local authority leadership"));
        assertEquals(Verdict.Status.INVALID, v.status());
        assertEquals("rank_usefulness.data-tool-collaboration", v.errors().get(0).field());
        assertEquals("not-on-scale", v.errors().get(0).code());
        assertEquals("Score \u2018Data tool collaboration\u2019 from 1 to 5", v.errors().get(0).message());
        for (String score : List.of("0", "\"six\"", "3.5", "\"-1\"")) {
            assertEquals("not-on-scale", VALIDATOR.validateJson(json("\"Data tool collaboration\":" + score, "",
                    "Local authority leadership")).errors().get(0).code(), score);
        }
    }

    @Test
    void anUnknownIdeaOrActivityIsRefusedWithWhatItSaid() {
        Verdict idea = VALIDATOR.validateJson(json("\"Flying cars\":3", "", "Local authority leadership"));
        assertEquals("rank_usefulness", idea.errors().get(0).field());
        assertEquals("unknown-item", idea.errors().get(0).code());
        assertEquals("Usefulness score: there is no \u2018Flying cars\u2019 to score", idea.errors().get(0).message());
        Verdict activity = VALIDATOR.validateJson(json("", "\"Curating standards: Writing novels\"",
                "Local authority leadership"));
        assertEquals("activities", activity.errors().get(0).field());
        assertEquals("Activities: \u2018Curating standards: Writing novels\u2019 is not one of the choices",
                activity.errors().get(0).message());
        assertEquals("wrong-type", VALIDATOR.validateJson(json("\"Data tool collaboration\":[4]", "",
                "Local authority leadership")).errors().get(0).code());
    }

    @Test
    void theRoleIsRequiredAndTheRestOptional() {
        Verdict v = VALIDATOR.validateJson(json("", "", ""));
        assertEquals(List.of("role:required"), v.errors().stream().map(e -> e.field() + ":" + e.code()).toList());
        assertEquals("Select your role", v.errors().get(0).message());
    }

    @Test
    void theSameAnswersAsAPlainFormPost() {
        Map<String, List<String>> fields = Map.of("tab", List.of("MainFeedback"), "page", List.of("/feedback"),
                "role", List.of("Local authority leadership"), "rank_usefulness.data-tool-collaboration", List.of("4"),
                "rank_usefulness.improving-data-quality", List.of(""),
                "activities", List.of("Data tool collaboration: Maintaining and continuously developing key products"
                        + " which the sector can rely on", "Discovering what works: Mapping innovation and improvement"
                        + " activity relevant to the sector"), "hp_field", List.of(""));
        Verdict v = VALIDATOR.validateForm(fields);
        assertEquals(Verdict.Status.VALID, v.status(), v.toString());
        assertEquals(Map.of("data-tool-collaboration", 4), v.answers().orElseThrow().scores("rank_usefulness"));
        assertEquals(2, v.answers().orElseThrow().ticked("activities").size());
        Map<String, List<String>> off = new java.util.HashMap<>(fields);
        off.put("rank_usefulness.data-tool-collaboration", List.of("9"));
        Verdict refused = VALIDATOR.validateForm(off);
        assertEquals("rank_usefulness.data-tool-collaboration", refused.errors().get(0).field());
        assertEquals(List.of("9"), refused.submission().values("rank_usefulness.data-tool-collaboration"),
                "the score is shown again");
        assertEquals(2, refused.submission().values("activities").size(), "the ticks are shown again");
    }

    /** One endpoint takes both forms: each submission names its own by "tab". */
    @Test
    void aFlowWithBothFormsRoutesEachByItsTab() {
        SubmissionFlow flow = SubmissionFlow.builder().validator(FeedbackValidator.create()).validator(VALIDATOR).build();
        byte[] page = ("{\"tab\":\"Feedback\",\"page\":\"/p\",\"summary\":\"A clear page\",\"details\":\"\","
                + "\"role\":\"Local authority leadership\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}")
                .getBytes(StandardCharsets.UTF_8);
        Outcome pageOutcome = flow.json("application/json", page, List.of(Locale.ENGLISH));
        assertEquals(Outcome.Kind.VALID, pageOutcome.kind());
        assertTrue(pageOutcome.feedback().isPresent());
        Outcome questionnaire = flow.json("application/json",
                json(SCORES, ACTIVITIES, "Local authority leadership").getBytes(StandardCharsets.UTF_8), List.of());
        assertEquals(Outcome.Kind.VALID, questionnaire.kind(), questionnaire.toString());
        assertEquals("MainFeedback", questionnaire.answers().orElseThrow().tab());
        Outcome other = flow.json("application/json", "{\"tab\":\"Survey\"}".getBytes(StandardCharsets.UTF_8), List.of());
        assertTrue(other.errors().stream().anyMatch(e -> (e.field() + ":" + e.code()).equals("tab:unsupported-form")),
                other.errors().toString());
        Verdict pageToQuestionnaire = VALIDATOR.validateJson(json(SCORES, "", "Local authority leadership")
                .replace("MainFeedback", "Feedback"));
        assertEquals("The tab must be \u2018MainFeedback\u2019, the name of this form, or left out",
                pageToQuestionnaire.errors().get(0).message());
    }

    @Test
    void theSchemaFromTheSameDefinitionAgrees() throws Exception {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SubmissionSchema.json(QUESTIONNAIRE, FormVariant.FULL));
        ObjectMapper mapper = new ObjectMapper();
        assertEquals(0, schema.validate(mapper.readTree(json(SCORES, ACTIVITIES, "Local authority leadership"))).size());
        assertTrue(schema.validate(mapper.readTree(json("\"Data tool collaboration\":7", "", "Local authority leadership")))
                .size() > 0, "a 7 is off the scale");
        assertTrue(schema.validate(mapper.readTree(json("\"Flying cars\":3", "", "Local authority leadership"))).size() > 0);
        assertTrue(schema.validate(mapper.readTree(json("", "\"Writing novels\"", "Local authority leadership"))).size() > 0);
    }
}
