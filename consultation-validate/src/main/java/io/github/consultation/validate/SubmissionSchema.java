package io.github.consultation.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.Spellings;
import io.github.consultation.validate.internal.FieldNames;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A JSON Schema (draft 2020-12) of the JSON submission the existing site's script sends,
 * generated from the same definition the validator enforces: the form's
 * {@link FormDefinition}, read through {@link FieldRules}. Choices list the definition's codes
 * and texts.
 *
 * <pre>{@code
 * String schema = SubmissionSchema.json();                       // the built-in page form
 * String minimal = SubmissionSchema.json(FormVariant.MINIMAL);   // no role required
 * String ours = SubmissionSchema.json(definition, FormVariant.FULL);
 * }</pre>
 *
 * <p>The schema describes a submission whose values are already normalised, as the site's
 * script sends them: trimmed, in Unicode form C. What only the validator can judge is listed in
 * the module's documentation: the honeypot, form tokens, known pages, trimming and
 * normalisation, and lengths of text with characters outside the Basic Multilingual Plane
 * (which a schema counts in code points and the validator, like a browser, in UTF-16 units).
 */
public final class SubmissionSchema {
    private static final JsonFactory JSON = new JsonFactory();

    private SubmissionSchema() {
    }

    /** The schema of a submission from the built-in page-feedback form. */
    public static String json() {
        return json(FormVariant.FULL);
    }

    /** The schema of a submission from the built-in page-feedback form of {@code variant}. */
    public static String json(FormVariant variant) {
        return json(FormDefinition.pageFeedback(), variant);
    }

    /** The schema of a submission from the form {@code definition} of {@code variant}. */
    public static String json(FormDefinition definition, FormVariant variant) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(variant, "variant");
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("title", "Submission of the " + definition.tab() + " form ("
                    + variant.name().toLowerCase(java.util.Locale.ROOT) + ")");
            g.writeStringField("description", "The JSON object a consultation page's feedback script sends."
                    + " Generated from the form's definition; values are trimmed and in Unicode form C.");
            g.writeStringField("type", "object");
            g.writeObjectFieldStart("properties");
            g.writeObjectFieldStart(FieldNames.TAB);
            g.writeStringField("const", definition.tab());
            g.writeEndObject();
            List<String> required = new ArrayList<>();
            for (Question q : definition.questions()) {
                FieldRules rules = definition.rules(q.name(), variant);
                g.writeObjectFieldStart(q.name());
                if (q instanceof RatingQuestion) {
                    writeScores(g, (RatingQuestion) q, definition);
                } else if (q instanceof ChecklistQuestion) {
                    writeTicked(g, rules);
                } else {
                    writeField(g, rules);
                }
                g.writeEndObject();
                if (rules.required()) {
                    required.add(q.name());
                }
            }
            List<String> free = new ArrayList<>(List.of(FieldNames.HONEYPOT, FieldNames.TOKEN));
            free.addAll(definition.acceptedKeys());
            for (String name : free) {
                g.writeObjectFieldStart(name);
                g.writeStringField("type", "string");
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeArrayFieldStart("required");
            for (String name : required) {
                g.writeString(name);
            }
            g.writeEndArray();
            g.writeBooleanField("additionalProperties", false);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * A rating question: an object whose keys are its items (by any spelling the validator takes)
     * and whose values are the scale's whole numbers, as numbers or as strings of digits.
     */
    private static void writeScores(JsonGenerator g, RatingQuestion q, FormDefinition definition) throws IOException {
        g.writeStringField("type", "object");
        g.writeObjectFieldStart("propertyNames");
        writeSpellings(g, definition.rules(q.name()).acceptedSpellings(), false);
        g.writeEndObject();
        g.writeObjectFieldStart("additionalProperties");
        g.writeArrayFieldStart("oneOf");
        g.writeStartObject();
        g.writeStringField("type", "integer");
        g.writeNumberField("minimum", q.lowest());
        g.writeNumberField("maximum", q.highest());
        g.writeEndObject();
        g.writeStartObject();
        g.writeArrayFieldStart("enum");
        for (int v = q.lowest(); v <= q.highest(); v++) {
            g.writeString(String.valueOf(v));
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("type", "null");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        if (q.required()) {
            g.writeNumberField("minProperties", q.items().size());
        }
    }

    /** A checklist: an array of its options, each by any spelling the validator takes. */
    private static void writeTicked(JsonGenerator g, FieldRules rules) throws IOException {
        g.writeStringField("type", "array");
        g.writeObjectFieldStart("items");
        writeSpellings(g, rules.acceptedSpellings(), false);
        g.writeEndObject();
        if (rules.required()) {
            g.writeNumberField("minItems", 1);
        }
    }

    /**
     * The spellings of a choice's options, and the empty answer when {@code orEmpty}: an enum of
     * them, which an editor offers as completions; and where a spelling has apostrophes, quotes or
     * spaces, which the validator takes in any of their forms ({@link Spellings}), a pattern that
     * takes exactly those too.
     */
    private static void writeSpellings(JsonGenerator g, List<String> spellings, boolean orEmpty) throws IOException {
        boolean variants = spellings.stream().anyMatch(Spellings::hasVariants);
        if (variants) {
            g.writeArrayFieldStart("anyOf");
            g.writeStartObject();
        }
        g.writeArrayFieldStart("enum");
        if (orEmpty) {
            g.writeString("");
        }
        for (String spelling : spellings) {
            g.writeString(spelling);
        }
        g.writeEndArray();
        if (variants) {
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("type", "string");
            StringBuilder pattern = new StringBuilder("^(?:");
            spellings.stream().filter(Spellings::hasVariants).map(Spellings::pattern).distinct()
                    .forEach(p -> pattern.append(p).append('|'));
            pattern.setLength(pattern.length() - 1);
            g.writeStringField("pattern", pattern.append(")$").toString());
            g.writeEndObject();
            g.writeEndArray();
        }
    }

    private static void writeField(JsonGenerator g, FieldRules rules) throws IOException {
        if (rules.isChoice()) {
            writeSpellings(g, rules.acceptedSpellings(), !rules.required());
            return;
        }
        g.writeStringField("type", "string");
        int min = rules.minLength().orElse(0);
        if (rules.required()) {
            g.writeNumberField("minLength", Math.max(1, min));
            g.writeStringField("pattern", "\\S");
        } else if (min > 0) {
            g.writeStringField("pattern", "^(?:|[\\s\\S]{" + min + ",})$");
        }
        if (rules.maxLength().isPresent()) {
            g.writeNumberField("maxLength", rules.maxLength().getAsInt());
        }
        if (rules.pattern().isPresent()) {
            String whole = "^(?:" + rules.pattern().get() + ")$";
            if (rules.required() || min > 0) {
                // Beside the pattern that says the answer is given (or long enough), the question's own.
                g.writeArrayFieldStart("allOf");
                g.writeStartObject();
                g.writeStringField("pattern", whole);
                g.writeEndObject();
                g.writeEndArray();
            } else {
                g.writeStringField("pattern", whole);
            }
        }
    }
}
