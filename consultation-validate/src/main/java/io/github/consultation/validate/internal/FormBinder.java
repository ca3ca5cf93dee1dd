package io.github.consultation.validate.internal;

import io.github.consultation.validate.ErrorCodes;
import java.util.List;
import java.util.Map;
import io.github.consultation.model.RatingQuestion;

/**
 * Reads form fields, as a host's web framework gives them, into a {@link RawSubmission}.
 * Only the names of this form are looked at: a host's own fields (a CSRF token, a button name)
 * pass unremarked. Stateless.
 */
public final class FormBinder {
    private FormBinder() {
    }

    /**
     * Binds the fields of the form {@code shape} describes; a null list or value counts as absent.
     * A checklist's boxes are its name sent once per box ticked; a rating question's items, each
     * its own control {@code <name>.<code>}.
     */
    public static RawSubmission bind(Map<String, ? extends List<String>> fields, FieldNames.Shape shape) {
        RawSubmission raw = new RawSubmission(shape);
        for (String name : shape.known()) {
            if (shape.checklist(name)) {
                bindTicked(fields.get(name), name, shape, raw);
                continue;
            }
            if (shape.rating(name).isPresent()) {
                RatingQuestion q = shape.rating(name).get();
                q.items().forEach(item -> single(fields.get(q.controlName(item)), q.controlName(item), raw));
                continue;
            }
            List<String> values = fields.get(name);
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (name.equals(FieldNames.HONEYPOT)) {
                values.stream().filter(v -> v != null && !v.isEmpty()).findFirst()
                        .ifPresent(v -> raw.put(name, v));
            } else {
                single(values, name, raw);
            }
        }
        return raw;
    }

    /** A field sent once (or not at all); twice is refused. */
    private static void single(List<String> values, String name, RawSubmission raw) {
        if (values == null || values.isEmpty()) {
            return;
        }
        if (values.size() > 1) {
            raw.problem(name, ErrorCodes.REPEATED);
        } else if (values.get(0) != null) {
            raw.put(name, values.get(0));
        }
    }

    private static void bindTicked(List<String> values, String name, FieldNames.Shape shape, RawSubmission raw) {
        if (values == null) {
            return;
        }
        List<String> ticked = new java.util.ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            java.util.Optional<io.github.consultation.model.Option> option = shape.definition().option(name, value.strip());
            if (option.isEmpty()) {
                raw.problem(name, ErrorCodes.UNKNOWN_OPTION, FieldNames.echoable(value));
            } else if (!ticked.contains(option.get().code())) {
                ticked.add(option.get().code());
            }
        }
        raw.putList(name, ticked);
    }
}
