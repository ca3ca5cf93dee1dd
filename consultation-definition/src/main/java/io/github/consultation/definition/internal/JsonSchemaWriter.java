package io.github.consultation.definition.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.consultation.definition.internal.Shape.Either;
import io.github.consultation.definition.internal.Shape.Field;
import io.github.consultation.definition.internal.Shape.Fields;
import io.github.consultation.definition.internal.Shape.Flag;
import io.github.consultation.definition.internal.Shape.ListOf;
import io.github.consultation.definition.internal.Shape.OneOf;
import io.github.consultation.definition.internal.Shape.Whole;
import io.github.consultation.definition.internal.Shape.Words;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Shape} as a JSON Schema (draft 2020-12): the schema of a definition file that
 * an editor reads to complete and check keys as a team types them. Written from the same shapes
 * the reader checks files against, so the two say the same.
 */
public final class JsonSchemaWriter {
    private static final JsonFactory JSON = new JsonFactory();

    /** The shapes met more than once (a form, a question of each kind, a text), written once under {@code $defs}. */
    private final Map<Shape, String> defs = new LinkedHashMap<>();

    private JsonSchemaWriter() {
    }

    /** The schema of {@code shape}, with {@code id} and {@code title}, pretty-printed. */
    public static String write(Shape shape, String id, String title) {
        JsonSchemaWriter writer = new JsonSchemaWriter();
        Map<Shape, Integer> seen = new LinkedHashMap<>();
        count(shape, seen);
        seen.forEach((s, n) -> {
            if (n > 1 && (s instanceof Fields || s instanceof Either || s instanceof Shape.ByKind || s instanceof ListOf)) {
                writer.defs.put(s, writer.name(s));
            }
        });
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            g.writeStringField("$id", id);
            g.writeStringField("title", title);
            writer.body(g, shape, false);
            if (!writer.defs.isEmpty()) {
                g.writeObjectFieldStart("$defs");
                for (Map.Entry<Shape, String> def : writer.defs.entrySet()) {
                    g.writeObjectFieldStart(def.getValue());
                    writer.body(g, def.getKey(), false);
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.append('\n').toString();
    }

    /** How often each shape is met in {@code shape}, by value. */
    private static void count(Shape shape, Map<Shape, Integer> seen) {
        if (seen.merge(shape, 1, Integer::sum) > 1) {
            return;
        }
        if (shape instanceof ListOf list) {
            count(list.item(), seen);
        } else if (shape instanceof Fields fields) {
            fields.fields().forEach(f -> count(f.shape(), seen));
            if (fields.named() != null) {
                count(fields.named().value(), seen);
            }
        } else if (shape instanceof Either either) {
            either.choices().forEach(c -> count(c, seen));
        } else if (shape instanceof Shape.ByKind byKind) {
            byKind.kinds().values().forEach(k -> count(k, seen));
        }
    }

    /** A name for a shape under {@code $defs}: the first words of its description, made unique. */
    private String name(Shape shape) {
        String base = shape.description().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String[] words = base.split("-");
        base = String.join("-", java.util.Arrays.copyOf(words, Math.min(words.length, 5)));
        String name = base;
        for (int n = 2; defs.containsValue(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private void schema(JsonGenerator g, Shape shape) throws IOException {
        g.writeStartObject();
        body(g, shape, true);
        g.writeEndObject();
    }

    /** The keywords of {@code shape}'s schema, inside an object already open: a reference, where it is defined once. */
    private void body(JsonGenerator g, Shape shape, boolean mayRefer) throws IOException {
        if (mayRefer && defs.containsKey(shape)) {
            g.writeStringField("$ref", "#/$defs/" + defs.get(shape));
            return;
        }
        g.writeStringField("description", shape.description());
        if (shape instanceof Words words) {
            g.writeStringField("type", "string");
            // Not blank; and where the reader holds the text to a pattern, the same pattern, whole.
            g.writeStringField("pattern", words.pattern().map(p -> "^(?:" + p.pattern() + ")$").orElse("\\S"));
        } else if (shape instanceof Flag flag) {
            if (flag.only().isPresent()) {
                g.writeBooleanField("const", flag.only().get());
            } else {
                g.writeStringField("type", "boolean");
            }
        } else if (shape instanceof Whole whole) {
            g.writeStringField("type", "integer");
            g.writeNumberField("minimum", whole.min());
            g.writeNumberField("maximum", whole.max());
        } else if (shape instanceof OneOf oneOf) {
            g.writeArrayFieldStart("enum");
            for (String value : oneOf.values()) {
                g.writeString(value);
            }
            g.writeEndArray();
        } else if (shape instanceof ListOf list) {
            g.writeStringField("type", "array");
            g.writeNumberField("minItems", list.minItems());
            g.writeFieldName("items");
            schema(g, list.item());
        } else if (shape instanceof Fields fields) {
            fields(g, fields, Map.of());
        } else if (shape instanceof Either either) {
            g.writeArrayFieldStart("anyOf");
            for (Shape choice : either.choices()) {
                schema(g, choice);
            }
            g.writeEndArray();
        } else if (shape instanceof Shape.ByKind byKind) {
            g.writeStringField("type", "object");
            g.writeArrayFieldStart("required");
            g.writeString(byKind.key());
            g.writeEndArray();
            g.writeArrayFieldStart("oneOf");
            for (Map.Entry<String, Fields> kind : byKind.kinds().entrySet()) {
                g.writeStartObject();
                g.writeStringField("description", kind.getValue().description());
                fields(g, kind.getValue(), Map.of(byKind.key(), kind.getKey()));
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            body(g, ((Shape.Named) shape).value(), mayRefer);
        }
    }

    /** An object of known fields (those in {@code constants} held to one value) and named ones. */
    private void fields(JsonGenerator g, Fields fields, Map<String, String> constants) throws IOException {
        g.writeStringField("type", "object");
        if (!fields.fields().isEmpty()) {
            g.writeObjectFieldStart("properties");
            for (Field f : fields.fields()) {
                g.writeObjectFieldStart(f.name());
                if (constants.containsKey(f.name())) {
                    g.writeStringField("description", f.shape().description());
                    g.writeStringField("const", constants.get(f.name()));
                } else {
                    body(g, f.shape(), true);
                }
                if (f.replacedBy().isPresent()) {
                    g.writeBooleanField("deprecated", true);
                    g.writeStringField("$comment", "An old key, still read: write " + f.replacedBy().get() + " instead.");
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            List<String> required = fields.fields().stream().filter(Field::required).map(Field::name).toList();
            if (!required.isEmpty()) {
                g.writeArrayFieldStart("required");
                for (String name : required) {
                    g.writeString(name);
                }
                g.writeEndArray();
            }
        }
        if (fields.named() != null) {
            g.writeObjectFieldStart("patternProperties");
            // The known keys have schemas of their own: the named ones are every other key.
            // (Known keys are plain words: letters, digits, hyphens and underscores.)
            String known = fields.fields().stream().map(Field::name).collect(java.util.stream.Collectors.joining("|"));
            g.writeFieldName("^" + (known.isEmpty() ? "" : "(?!(?:" + known + ")$)") + "(?:"
                    + fields.named().pattern().pattern() + ")$");
            schema(g, fields.named().value());
            g.writeEndObject();
        }
        g.writeBooleanField("additionalProperties", false);
    }
}
