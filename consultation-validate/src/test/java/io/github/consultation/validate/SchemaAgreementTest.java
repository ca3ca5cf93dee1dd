package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.FormDefinition;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The generated JSON Schema and the validator agree on every payload the schema can judge:
 * payloads whose strings are already normalised (trimmed, Unicode form C, no control
 * characters, line breaks only in the details, characters of the Basic Multilingual Plane), with
 * no spam signal, for any page.
 */
class SchemaAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeedbackValidator VALIDATOR = FeedbackValidator.builder().contentRules(false).build();

    private static final String[] WORDS = {"proposal", "cost", "caf\u00e9", "\u2019", "r\u00f4l", "data", "<b>", "&", "\"q\""};
    private static final String[] EMAILS = {"", "name@example.com", "first.last+tag@sub.example.org", "name@localhost",
        "name@", "@example.com", "first..last@example.org", ".a@example.org", "a b@example.org", "a@exa_mple.com",
        "a@-example.com", "o'brien@example.ie", "x".repeat(64) + "@example.com", "x".repeat(65) + "@example.com",
        "a@" + "b".repeat(63) + ".org", "a@" + "b".repeat(64) + ".org", "caf\u00e9@example.org"};

    private static JsonSchema schema(FormVariant variant) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SubmissionSchema.json(variant));
    }

    /** A normalised text of about {@code length} characters. */
    private static String text(Random r, int length, boolean lines) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            if (s.length() > 0) {
                s.append(lines && r.nextInt(6) == 0 ? "\n" : " ");
            }
            s.append(WORDS[r.nextInt(WORDS.length)]);
        }
        String t = s.substring(0, length).strip();
        return t;
    }

    /** Mostly an ordinary length; one time in three a length at or beside a limit. */
    private static String lengthAround(Random r, int limit, boolean lines) {
        int[] edges = {0, 1, 4, 5, 6, limit - 1, limit, limit + 1};
        int length = r.nextInt(3) == 0 ? edges[r.nextInt(edges.length)] : 5 + r.nextInt(Math.min(limit, 400) - 5);
        return text(r, Math.max(0, length), lines);
    }

    private static final List<String> NATURES = FormDefinition.pageFeedback().rules("nature").acceptedSpellings();

    private static ObjectNode payload(long seed) {
        Random r = new Random(seed);
        ObjectNode o = JSON.createObjectNode();
        if (r.nextInt(10) > 0) {
            o.put("tab", r.nextInt(30) == 0 ? "MainFeedback" : "Feedback");
        }
        String[] pages = {"/shared-record", "/governance/", "/feedback?page=/costs/", "/shared-record", "/governance/",
            "/feedback?page=/costs/", "", "/" + "p".repeat(2048)};
        maybe(r, o, "page", pages[r.nextInt(pages.length)]);
        maybe(r, o, "summary", lengthAround(r, 300, false));
        maybe(r, o, "details", r.nextBoolean() ? "" : lengthAround(r, 5000, true));
        List<String> roles = FormDefinition.pageFeedback().rules("role").acceptedSpellings();
        String[] otherRoles = {"", "Astronaut", "local authority leadership", "LA-DATA"};
        maybe(r, o, "role", respelt(r, r.nextInt(8) > 0 ? roles.get(r.nextInt(roles.size()))
                : otherRoles[r.nextInt(otherRoles.length)]));
        String[] otherNature = {"", "", "I love it"};
        maybe(r, o, "nature", respelt(r, r.nextBoolean() ? NATURES.get(r.nextInt(NATURES.size()))
                : otherNature[r.nextInt(otherNature.length)]));
        maybe(r, o, "org", r.nextBoolean() ? "" : lengthAround(r, 200, false));
        maybe(r, o, "email", r.nextBoolean() ? "" : EMAILS[r.nextInt(EMAILS.length)]);
        if (r.nextBoolean()) {
            o.put("hp_field", "");
        }
        switch (r.nextInt(30)) {
            case 0 -> o.put("colour", "blue");
            case 1 -> o.put("summary", 12345);
            case 2 -> o.putNull("org");
            case 3 -> o.putArray("email").add("a@b.org");
            default -> { }
        }
        return o;
    }

    /** Half the time, {@code text} with each apostrophe and space in a spelling a keyboard or phone may give. */
    private static String respelt(Random r, String text) {
        if (r.nextBoolean()) {
            return text;
        }
        String apostrophes = "'\u2018\u2019\u2032";
        String spaces = "  \u00a0\u202f";
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(apostrophes.indexOf(c) >= 0 ? apostrophes.charAt(r.nextInt(apostrophes.length()))
                    : c == ' ' ? spaces.charAt(r.nextInt(spaces.length())) : c);
        }
        return out.toString();
    }

    private static void maybe(Random r, ObjectNode o, String name, String value) {
        if (r.nextInt(30) > 0) {
            o.put(name, value);
        }
    }

    @Test
    void schemaAndValidatorAgreeOnEveryJudgeablePayload() {
        JsonSchema full = schema(FormVariant.FULL);
        Gen<Long> seeds = longs().all();
        int[] counts = new int[2];
        qt().withExamples(2500).forAll(seeds).checkAssert(seed -> {
            JsonNode payload = payload(seed);
            boolean schemaSays = full.validate(payload).isEmpty();
            Verdict verdict = VALIDATOR.validateJson(payload.toString());
            assertEquals(schemaSays, verdict.isValid(), () -> payload + " schema " + full.validate(payload) + " library " + verdict);
            counts[schemaSays ? 1 : 0]++;
        });
        assertTrue(counts[0] > 250 && counts[1] > 250, "the corpus holds both outcomes: " + counts[0] + " / " + counts[1]);
    }

    @Test
    void theMinimalFormsSchemaDoesNotRequireARole() throws Exception {
        JsonNode noRole = JSON.readTree("{\"page\":\"/governance\",\"summary\":\"A clear proposal\"}");
        assertTrue(schema(FormVariant.MINIMAL).validate(noRole).isEmpty());
        assertTrue(!schema(FormVariant.FULL).validate(noRole).isEmpty());
        assertTrue(VALIDATOR.validate(io.github.consultation.model.Feedback.builder().page("/governance")
                .summary("A clear proposal").build(), FormVariant.MINIMAL).isValid());
    }

    @Test
    void theSchemaIsDraft2020AndClosed() throws Exception {
        JsonNode schema = JSON.readTree(SubmissionSchema.json());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(false, schema.get("additionalProperties").asBoolean());
        assertEquals(List.of("page", "summary", "role"), JSON.convertValue(schema.get("required"), List.class));
        assertEquals(300, schema.get("properties").get("summary").get("maxLength").asInt());
    }
}
