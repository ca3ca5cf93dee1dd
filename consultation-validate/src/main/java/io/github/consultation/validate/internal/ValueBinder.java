package io.github.consultation.validate.internal;

import io.github.consultation.model.Option;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.validate.ErrorCodes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads values a framework has already bound (Jackson, a web framework's data binder, a host's own
 * object read by Bean Validation) into a {@link RawSubmission}, as {@link JsonBinder} reads the
 * same answers from JSON: text as text, an {@link Option} by its code, a rating question's scores
 * from a map of item to score, a checklist's ticks from a collection. Null, and an empty
 * {@code Optional}, mean no answer. The honeypot and a form token are not read: spam is the
 * submission flow's concern, not a field's. Stateless.
 */
public final class ValueBinder {
    private ValueBinder() {
    }

    /** Binds {@code values}, by field name, for the form {@code shape} describes. */
    public static RawSubmission bind(Map<String, ?> values, FieldNames.Shape shape) {
        RawSubmission raw = new RawSubmission(shape);
        values.forEach((name, value) -> bind(name, value, shape, raw));
        return raw;
    }

    /**
     * What the submission said that the problem {@code code} with {@code field} is about (the
     * unknown item or option it named), as {@link #bind} recorded it; empty if nothing.
     */
    public static String detail(Map<String, ?> values, FieldNames.Shape shape, String field, String code) {
        int dot = field.indexOf('.');
        String name = dot > 0 ? field.substring(0, dot) : field;
        RawSubmission raw = new RawSubmission(shape);
        bind(name, values.get(name), shape, raw);
        return raw.problems().stream().filter(p -> p.field().equals(field) && p.code().equals(code))
                .map(RawSubmission.BindingProblem::detail).findFirst().orElse("");
    }

    private static void bind(String name, Object value, FieldNames.Shape shape, RawSubmission raw) {
        Object v = value instanceof Optional<?> ? ((Optional<?>) value).orElse(null) : value;
        if (v == null || name.equals(FieldNames.HONEYPOT) || name.equals(FieldNames.TOKEN)) {
            return;
        }
        if (!shape.known().contains(name)) {
            raw.problem(FieldNames.echoable(name), ErrorCodes.UNKNOWN_FIELD);
        } else if (shape.accepted(name)) {
            return; // read and dropped: the form has no such question
        } else if (shape.rating(name).isPresent()) {
            scores(v, shape.rating(name).get(), shape, raw);
        } else if (shape.checklist(name)) {
            ticked(v, name, shape, raw);
        } else if (v instanceof CharSequence) {
            raw.put(name, v.toString());
        } else if (v instanceof Option) {
            Option option = (Option) v;
            if (shape.definition().option(name, option.code()).equals(Optional.of(option))) {
                raw.put(name, option.code());
            } else {
                raw.problem(name, ErrorCodes.UNKNOWN_OPTION);
            }
        } else {
            raw.problem(name, ErrorCodes.WRONG_TYPE);
        }
    }

    /** A rating question's scores by item (its text in any language, or its code), as JSON sends them. */
    private static void scores(Object value, RatingQuestion q, FieldNames.Shape shape, RawSubmission raw) {
        if (!(value instanceof Map<?, ?>)) {
            raw.problem(q.name(), ErrorCodes.WRONG_TYPE);
            return;
        }
        Set<String> scored = new HashSet<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
            String key = String.valueOf(entry.getKey());
            Optional<Option> item = shape.definition().option(q.name(), key);
            if (item.isEmpty()) {
                raw.problem(q.name(), ErrorCodes.UNKNOWN_ITEM, FieldNames.echoable(key));
                continue;
            }
            String control = q.controlName(item.get());
            Object score = entry.getValue();
            if (!scored.add(control)) {
                raw.problem(control, ErrorCodes.REPEATED);
            } else if (score instanceof Integer || score instanceof Long || score instanceof Short
                    || score instanceof Byte || score instanceof BigInteger || score instanceof CharSequence) {
                raw.put(control, score.toString());
            } else if (score instanceof Number) {
                raw.problem(control, ErrorCodes.NOT_ON_SCALE);
            } else if (score != null) {
                raw.problem(control, ErrorCodes.WRONG_TYPE);
            }
        }
    }

    /** A checklist's ticked options, each by its text, its heading and text, its code, or as an {@link Option}. */
    private static void ticked(Object value, String name, FieldNames.Shape shape, RawSubmission raw) {
        if (!(value instanceof Collection<?>)) {
            raw.problem(name, ErrorCodes.WRONG_TYPE);
            return;
        }
        List<String> ticked = new ArrayList<>();
        for (Object element : (Collection<?>) value) {
            Optional<Option> option;
            String said;
            if (element instanceof Option) {
                said = ((Option) element).code();
                option = shape.definition().option(name, said).filter(element::equals);
            } else if (element instanceof CharSequence) {
                said = element.toString();
                option = shape.definition().option(name, said.strip());
            } else {
                raw.problem(name, ErrorCodes.WRONG_TYPE);
                continue;
            }
            if (option.isEmpty()) {
                raw.problem(name, ErrorCodes.UNKNOWN_OPTION, FieldNames.echoable(said));
            } else if (!ticked.contains(option.get().code())) {
                ticked.add(option.get().code());
            }
        }
        raw.putList(name, ticked);
    }
}
