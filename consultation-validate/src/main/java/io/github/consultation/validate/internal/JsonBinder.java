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

    /**
     * Whether {@code name} is how a form post names an item of a rating question ({@code safety.paths}),
     * which JSON sends inside the question's object instead.
     */
    private static boolean scoreByFormPostName(String name, FieldNames.Shape shape) {
        int dot = name.indexOf('.');
        FieldNames.Shape.Name question = dot > 0 ? shape.name(name.substring(0, dot)) : null;
        return question != null && question.rating() != null
                && question.rating().item(name.substring(dot + 1)).isPresent();
    }

    /** Binds {@code document}, which was read, for the form {@code shape} describes. */
    public static RawSubmission bind(JsonDocument document, FieldNames.Shape shape) {
        RawSubmission raw = new RawSubmission(shape);
        // Which names were met already: by index for the form's own, in a set for others (rarely any).
        boolean[] met = new boolean[shape.known().size()];
        Set<String> unknown = null;
        for (int m = 0; m < document.size(); m = document.next(m)) {
            String name = document.name(m);
            FieldNames.Shape.Name known = shape.name(name);
            if (known == null) {
                if (unknown == null) {
                    unknown = new HashSet<>();
                }
                if (unknown.add(name)) {
                    raw.problem(FieldNames.echoable(name), scoreByFormPostName(name, shape)
                            ? ErrorCodes.SCORE_NOT_NESTED : ErrorCodes.UNKNOWN_FIELD);
                }
                continue;
            }
            boolean first = !met[known.index()];
            met[known.index()] = true;
            switch (known.kind()) {
                case HONEYPOT -> honeypot(document, m, raw);
                case ACCEPTED -> {
                    if (!first) {
                        raw.problem(name, ErrorCodes.REPEATED);
                    }
                    // else read and dropped: the form has no such question
                }
                case RATING -> {
                    if (first) {
                        scores(document, m, raw, known.rating(), shape);
                    } else {
                        raw.problem(name, ErrorCodes.REPEATED);
                    }
                }
                case CHECKLIST -> {
                    if (first) {
                        ticked(document, m, raw, name, shape);
                    } else {
                        raw.problem(name, ErrorCodes.REPEATED);
                    }
                }
                default -> {
                    if (!first) {
                        raw.problem(name, ErrorCodes.REPEATED);
                    } else if (document.token(m) != JsonToken.VALUE_STRING) {
                        raw.problem(name, ErrorCodes.WRONG_TYPE);
                    } else {
                        raw.put(known.slot(), document.text(m));
                    }
                }
            }
        }
        return raw;
    }

    /**
     * A rating question's object of scores, as the existing site's script sends it: each item by its
     * text (or code), its score a number or a string of one, an item left unscored absent or null.
     */
    private static void scores(JsonDocument document, int m, RawSubmission raw, RatingQuestion q, FieldNames.Shape shape) {
        if (document.token(m) != JsonToken.START_OBJECT) {
            raw.problem(q.name(), ErrorCodes.WRONG_TYPE);
            return;
        }
        Set<String> scored = new HashSet<>();
        for (int score = m + 1; score <= m + document.children(m); score++) {
            String key = document.name(score);
            Optional<Option> item = shape.definition().option(q.name(), key);
            if (item.isEmpty()) {
                raw.problem(q.name(), ErrorCodes.UNKNOWN_ITEM, FieldNames.echoable(key));
                continue;
            }
            String control = q.controlName(item.get());
            JsonToken token = document.token(score);
            if (!scored.add(control)) {
                raw.problem(control, ErrorCodes.REPEATED);
            } else if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_STRING) {
                raw.put(control, document.text(score));
            } else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                raw.problem(control, ErrorCodes.NOT_ON_SCALE);
            } else if (token != JsonToken.VALUE_NULL) {
                raw.problem(control, ErrorCodes.WRONG_TYPE);
            }
        }
    }

    /** A checklist's array of ticked options, each by its text (or {@code "<heading>: <text>"}, or code). */
    private static void ticked(JsonDocument document, int m, RawSubmission raw, String name, FieldNames.Shape shape) {
        if (document.token(m) != JsonToken.START_ARRAY) {
            raw.problem(name, ErrorCodes.WRONG_TYPE);
            return;
        }
        List<String> ticked = new ArrayList<>();
        for (int element = m + 1; element <= m + document.children(m); element++) {
            if (document.token(element) != JsonToken.VALUE_STRING) {
                raw.problem(name, ErrorCodes.WRONG_TYPE);
                continue;
            }
            String said = document.text(element);
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
    private static void honeypot(JsonDocument document, int m, RawSubmission raw) {
        String text = document.token(m) == JsonToken.VALUE_STRING ? document.text(m) : document.token(m).name();
        if (!text.isEmpty()) {
            raw.put(FieldNames.HONEYPOT, text);
        }
    }
}
