package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a form as the reader entered them, by control name: what a form shows again
 * after a failed submit, whether or not the values are valid. A control may carry several
 * values (the ticked boxes of a checklist); empty values are left out.
 *
 * <pre>{@code
 * Submission s = Submission.of(Map.of("summary", "Too", "role", "Not a role"));
 * s.value("summary");    // "Too"
 * s.value("email");      // "" (not entered)
 * }</pre>
 */
public final class Submission {
    /** The name of the honeypot control, which people never see and bots fill in. */
    public static final String HONEYPOT = FormDefinition.HONEYPOT;

    private static final Submission EMPTY = new Submission(Map.of());

    private final Map<String, List<String>> values;

    private Submission(Map<String, List<String>> values) {
        this.values = values;
    }

    /** A submission with nothing entered. */
    public static Submission empty() {
        return EMPTY;
    }

    /** A submission of one value per name; empty values are left out. */
    public static Submission of(Map<String, String> values) {
        Checks.notNull(values, "values");
        Map<String, List<String>> lists = new LinkedHashMap<>();
        values.forEach((name, value) -> lists.put(Checks.notNull(name, "name"), List.of(Checks.notNull(value, "value"))));
        return ofLists(lists);
    }

    /** A submission of each name's values in order; empty values are left out. */
    public static Submission ofLists(Map<String, ? extends List<String>> values) {
        Checks.notNull(values, "values");
        Map<String, List<String>> kept = new LinkedHashMap<>();
        values.forEach((name, list) -> {
            List<String> nonEmpty = nonEmpty(Checks.notNull(list, "values of " + name));
            if (!nonEmpty.isEmpty()) {
                kept.put(Checks.notNull(name, "name"), nonEmpty);
            }
        });
        return kept.isEmpty() ? EMPTY : new Submission(Collections.unmodifiableMap(kept));
    }

    /** The values of {@code list} that are not empty, unmodifiable (the list itself when it is one and all are kept). */
    private static List<String> nonEmpty(List<String> list) {
        int kept = 0;
        for (String value : list) {
            if (!Checks.notNull(value, "value").isEmpty()) {
                kept++;
            }
        }
        if (kept == list.size()) {
            return List.copyOf(list);
        }
        List<String> values = new java.util.ArrayList<>(kept);
        for (String value : list) {
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** The values a feedback gives its fields, for showing a stored feedback in a form. */
    public static Submission of(Feedback feedback) {
        Checks.notNull(feedback, "feedback");
        Map<String, String> values = new LinkedHashMap<>();
        values.put(FeedbackField.PAGE.formName(), feedback.page());
        values.put(FeedbackField.REFLECTION.formName(), feedback.reflection().map(Option::text).orElse(""));
        values.put(FeedbackField.SUMMARY.formName(), feedback.summary());
        values.put(FeedbackField.DETAILS.formName(), feedback.details());
        values.put(FeedbackField.ROLE.formName(), feedback.role().map(Option::text).orElse(""));
        values.put(FeedbackField.ORGANISATION.formName(), feedback.organisation());
        values.put(FeedbackField.EMAIL.formName(), feedback.email());
        return of(values);
    }

    /** The (first) value entered for the control {@code name}, or the empty string. */
    public String value(String name) {
        List<String> list = values.get(Checks.notNull(name, "name"));
        return list == null ? "" : list.get(0);
    }

    /** The value entered for {@code field}, or the empty string. */
    public String value(FeedbackField field) {
        return value(Checks.notNull(field, "field").formName());
    }

    /** Every value entered for the control {@code name}, in order; empty if none. */
    public List<String> values(String name) {
        return values.getOrDefault(Checks.notNull(name, "name"), List.of());
    }

    /** What the honeypot held, or the empty string. */
    public String honeypot() {
        return value(HONEYPOT);
    }

    /** A copy in which the control {@code name} holds {@code value} alone. */
    public Submission with(String name, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.put(Checks.notNull(name, "name"), List.of(Checks.notNull(value, "value")));
        return ofLists(copy);
    }

    /** A copy in which {@code field} holds {@code value}. */
    public Submission with(FeedbackField field, String value) {
        return with(Checks.notNull(field, "field").formName(), value);
    }

    /** Every non-empty value by control name. */
    public Map<String, List<String>> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Submission && values.equals(((Submission) o).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Names the controls that hold a value; values are left out, since they may be personal. */
    @Override
    public String toString() {
        return "Submission" + values.keySet();
    }
}
