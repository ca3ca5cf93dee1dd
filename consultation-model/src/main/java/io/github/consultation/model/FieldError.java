package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.Optional;

/**
 * Why one field of a submission was refused: the field's form name, a stable code for programs
 * and a message for people, worded in the GOV.UK style ("Enter a summary").
 *
 * <pre>{@code
 * FieldError error = new FieldError("summary", "too-short", "Summary must be 5 characters or more");
 * error.feedbackField();   // Optional[SUMMARY]
 * }</pre>
 *
 * @param field the form name of the field ({@code summary}, {@code role}, ...), or
 *     {@link #WHOLE_SUBMISSION} when the problem is with the submission as a whole
 * @param code a stable, language-independent code such as {@code required} or {@code too-short}
 * @param message the text to show beside the field and in the error summary
 */
public record FieldError(String field, String code, String message) {
    /** The {@link #field()} of a problem with the whole submission rather than one field. */
    public static final String WHOLE_SUBMISSION = "";

    /** Checks that no component is null and the code is not empty. */
    public FieldError {
        Checks.notNull(field, "field");
        Checks.notEmpty(code, "code");
        Checks.notNull(message, "message");
    }

    /** The field of {@link Feedback} this error is about, if it is about one. */
    public Optional<FeedbackField> feedbackField() {
        return FeedbackField.forName(field);
    }

    /** Whether the error is about the submission as a whole. */
    public boolean isWholeSubmission() {
        return field.equals(WHOLE_SUBMISSION);
    }
}
