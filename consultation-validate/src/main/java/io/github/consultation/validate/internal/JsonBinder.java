package io.github.consultation.validate.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.github.consultation.model.Option;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.validate.ErrorCodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a form makes of a {@link JsonDocument}, the existing site's JSON as one pass read it: each
 * member it knows, as its kind of question takes it (text, a rating question's object of scores, a
 * checklist's array of ticks), into a {@link RawSubmission}; names it does not know, repeats and
 * wrong types as problems, one by one. Stateless.
 */
public final class JsonBinder {
    private JsonBinder() {
    }

    /** Binds {@code document}, which was read, for the form {@code shape} describes. */
    public static RawSubmission bind(JsonDocument document, FieldNames.Shape shape) {
        RawSubmission raw = new RawSubmission();
        Set<String> seen = new HashSet<>();
        for (JsonDocument.Member m : document.members()) {
            String name = m.name();
            boolean first = seen.add(name);
            if (!shape.known().contains(name)) {
                if (first) {
                    raw.problem(FieldNames.echoable(name), ErrorCodes.UNKNOWN_FIELD);
                }
            } else if (name.equals(FieldNames.HONEYPOT)) {
                honeypot(m, raw);
            } else if (!first) {
                raw.problem(name, ErrorCodes.REPEATED);
            } else if (shape.accepted(name)) {
                continue; // read and dropped: the form has no such question
            } else if (shape.rating(name).isPresent()) {
                scores(m, raw, shape.rating(name).get(), shape);
            } else if (shape.checklist(name)) {
                ticked(m, raw, name, shape);
            } else if (m.token() != JsonToken.VALUE_STRING) {
                raw.problem(name, ErrorCodes.WRONG_TYPE);
            } else {
                raw.put(name, m.text());
            }
        }
        return raw;
    }

    /**
     * A rating question's object of scores, as the existing site's script sends it: each item by its
     * text (or code), its score a number or a string of one, an item left unscored absent or null.
     */
    private static void scores(JsonDocument.Member m, RawSubmission raw, RatingQuestion q, FieldNames.Shape shape) {
        if (m.token() != JsonToken.START_OBJECT) {
            raw.problem(q.name(), ErrorCodes.WRONG_TYPE);
            return;
        }
        Set<String> scored = new HashSet<>();
        for (JsonDocument.Member score : m.children()) {
            String key = score.name();
            Optional<Option> item = shape.definition().option(q.name(), key);
            if (item.isEmpty()) {
                raw.problem(q.name(), ErrorCodes.UNKNOWN_ITEM, FieldNames.echoable(key));
                continue;
            }
            String control = q.controlName(item.get());
            JsonToken token = score.token();
            if (!scored.add(control)) {
                raw.problem(control, ErrorCodes.REPEATED);
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
                raw.put(control, score.text());
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                raw.problem(control, ErrorCodes.NOT_ON_SCALE);
            } else if (token != JsonToken.VALUE_NULL) {
                raw.problem(control, ErrorCodes.WRONG_TYPE);
            }
        }
    }

    /** A checklist's array of ticked options, each by its text (or {@code "<heading>: <text>"}, or code). */
    private static void ticked(JsonDocument.Member m, RawSubmission raw, String name, FieldNames.Shape shape) {
        if (m.token() != JsonToken.START_ARRAY) {
            raw.problem(name, ErrorCodes.WRONG_TYPE);
            return;
        }
        List<String> ticked = new ArrayList<>();
        for (JsonDocument.Member element : m.children()) {
            if (element.token() != JsonToken.VALUE_STRING) {
                raw.problem(name, ErrorCodes.WRONG_TYPE);
                continue;
            }
            String said = element.text();
            Optional<Option> option = shape.definition().option(name, said.strip());
            if (option.isEmpty()) {
                raw.problem(name, ErrorCodes.UNKNOWN_OPTION, FieldNames.echoable(said));
            } else if (!ticked.contains(option.get().code())) {
                ticked.add(option.get().code());
            }
        }
        raw.putList(name, ticked);
    }

    /** Any honeypot value other than an empty string means a bot filled it. */
    private static void honeypot(JsonDocument.Member m, RawSubmission raw) {
        String text = m.token() == JsonToken.VALUE_STRING ? m.text() : m.token().name();
        if (!text.isEmpty()) {
            raw.put(FieldNames.HONEYPOT, text);
        }
    }
}
