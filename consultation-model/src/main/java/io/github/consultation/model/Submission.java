package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of a feedback form as the reader entered them, by form name: what a form shows
 * again after a failed submit, whether or not the values are valid.
 *
 * <pre>{@code
 * Submission s = Submission.of(Map.of("summary", "Too", "role", "Not a role"));
 * s.value(FeedbackField.SUMMARY);   // "Too"
 * s.value(FeedbackField.EMAIL);     // "" (not entered)
 * }</pre>
 */
public final class Submission {
    /** The name of the honeypot control, which people never see and bots fill in. */
    public static final String HONEYPOT = "hp_field";

    private static final Submission EMPTY = new Submission(Map.of());

    private final Map<String, String> values;

    private Submission(Map<String, String> values) {
        this.values = values;
    }

    /** A submission with nothing entered. */
    public static Submission empty() {
        return EMPTY;
    }

    /**
     * A submission of {@code values} by form name; names other than those of
     * {@link FeedbackField} and {@link #HONEYPOT} are ignored.
     */
    public static Submission of(Map<String, String> values) {
        Checks.notNull(values, "values");
        Map<String, String> kept = new LinkedHashMap<>();
        for (FeedbackField field : FeedbackField.values()) {
            String value = values.get(field.formName());
            if (value != null && !value.isEmpty()) {
                kept.put(field.formName(), value);
            }
        }
        String honeypot = values.get(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            kept.put(HONEYPOT, honeypot);
        }
        return kept.isEmpty() ? EMPTY : new Submission(java.util.Collections.unmodifiableMap(kept));
    }

    /** The values a feedback gives its fields, for showing a stored feedback in a form. */
    public static Submission of(Feedback feedback) {
        Checks.notNull(feedback, "feedback");
        Map<String, String> values = new LinkedHashMap<>();
        values.put(FeedbackField.PAGE.formName(), feedback.page());
        values.put(FeedbackField.REFLECTION.formName(), feedback.reflection().map(Reflection::text).orElse(""));
        values.put(FeedbackField.SUMMARY.formName(), feedback.summary());
        values.put(FeedbackField.DETAILS.formName(), feedback.details());
        values.put(FeedbackField.ROLE.formName(), feedback.role().map(Role::text).orElse(""));
        values.put(FeedbackField.ORGANISATION.formName(), feedback.organisation());
        values.put(FeedbackField.EMAIL.formName(), feedback.email());
        return of(values);
    }

    /** The value entered for {@code field}, or the empty string. */
    public String value(FeedbackField field) {
        return values.getOrDefault(Checks.notNull(field, "field").formName(), "");
    }

    /** What the honeypot held, or the empty string. */
    public String honeypot() {
        return values.getOrDefault(HONEYPOT, "");
    }

    /** A copy in which {@code field} holds {@code value}. */
    public Submission with(FeedbackField field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(Checks.notNull(field, "field").formName(), Checks.notNull(value, "value"));
        return of(copy);
    }

    /** Every non-empty value by form name. */
    public Map<String, String> values() {
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

    /** Names the fields that hold a value; values are left out, since they may be personal. */
    @Override
    public String toString() {
        return "Submission" + values.keySet();
    }
}
