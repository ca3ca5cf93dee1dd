package io.github.consultation.form;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.Submission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one rendering of the form shows: the page it is on, the values and errors after a
 * failed submit, or the thanks after a successful one; and hidden fields for this request only,
 * such as a CSRF token.
 *
 * <pre>{@code
 * FormState.blank("/governance");
 * FormState.failed("/governance", verdict.submission(), verdict.errors());
 * FormState.succeeded("/governance").withHiddenField("_csrf", token);
 * }</pre>
 */
public final class FormState {
    /** The three states of a form. */
    public enum Outcome {
        /** Nothing sent yet. */
        BLANK,
        /** Sent and refused: values shown again with their errors. */
        FAILED,
        /** Sent and kept: the thanks shown. */
        SUCCEEDED
    }

    private final Outcome outcome;
    private final String page;
    private final Submission submission;
    private final List<FieldError> errors;
    private final Map<String, String> hiddenFields;

    private FormState(Outcome outcome, String page, Submission submission, List<FieldError> errors,
            Map<String, String> hiddenFields) {
        this.outcome = outcome;
        this.page = Objects.requireNonNull(page, "page");
        this.submission = Objects.requireNonNull(submission, "submission");
        this.errors = List.copyOf(errors);
        this.hiddenFields = hiddenFields;
    }

    /** An empty form on the page {@code page} (its address, sent back in the hidden {@code page} field). */
    public static FormState blank(String page) {
        return new FormState(Outcome.BLANK, page, Submission.empty(), List.of(), Map.of());
    }

    /**
     * The form after a refused submit: {@code submission}'s values shown again, each error
     * beside its field and in the error summary.
     *
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public static FormState failed(String page, Submission submission, List<FieldError> errors) {
        if (Objects.requireNonNull(errors, "errors").isEmpty()) {
            throw new IllegalArgumentException("A failed form needs at least one error");
        }
        return new FormState(Outcome.FAILED, page, submission, errors, Map.of());
    }

    /** The form after a kept submit: empty again, with the thanks shown. */
    public static FormState succeeded(String page) {
        return new FormState(Outcome.SUCCEEDED, page, Submission.empty(), List.of(), Map.of());
    }

    /**
     * A copy with one more hidden field for this request, such as a CSRF token.
     *
     * @throws IllegalArgumentException if {@code name} is empty or a name the form itself uses
     */
    public FormState withHiddenField(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || FeedbackField.forName(name).isPresent() || name.equals(Submission.HONEYPOT)) {
            throw new IllegalArgumentException("Not a name for a host's hidden field: '" + name + "'");
        }
        Map<String, String> fields = new LinkedHashMap<>(hiddenFields);
        fields.put(name, value);
        return new FormState(outcome, page, submission, errors, java.util.Collections.unmodifiableMap(fields));
    }

    /** Which of the three states this is. */
    public Outcome outcome() {
        return outcome;
    }

    /** The page address sent in the hidden {@code page} field. */
    public String page() {
        return page;
    }

    /** The values to show again; empty unless failed. */
    public Submission submission() {
        return submission;
    }

    /** The errors to show; empty unless failed. */
    public List<FieldError> errors() {
        return errors;
    }

    /** This request's hidden fields, by name. */
    public Map<String, String> hiddenFields() {
        return hiddenFields;
    }

    @Override
    public String toString() {
        return "FormState[" + outcome + ", " + page + ", " + errors.size() + " errors]";
    }
}
