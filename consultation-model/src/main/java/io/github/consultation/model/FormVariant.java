package io.github.consultation.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which feedback form a page carries: the questions it asks and whether it takes answers.
 *
 * <ul>
 *   <li>{@link #FULL}: the compact form of the current pages, every question.
 *   <li>{@link #MINIMAL}: the older form, a summary and details only.
 *   <li>{@link #DEMO}: the full form shown disabled, to demonstrate it; it takes no answers.
 * </ul>
 *
 * <pre>{@code
 * FormVariant.MINIMAL.asks(FeedbackField.ROLE);        // false
 * FeedbackField.ROLE.rules(FormVariant.FULL).required(); // true
 * }</pre>
 */
public enum FormVariant {
    /** The full form. */
    FULL(EnumSet.allOf(FeedbackField.class), FullForm.class, true),
    /** The older form with a summary and details only. */
    MINIMAL(EnumSet.of(FeedbackField.PAGE, FeedbackField.SUMMARY, FeedbackField.DETAILS),
            jakarta.validation.groups.Default.class, true),
    /** The full form, disabled, for demonstration. */
    DEMO(EnumSet.allOf(FeedbackField.class), FullForm.class, false);

    private final Set<FeedbackField> fields;
    private final Class<?> validationGroup;
    private final boolean takesAnswers;

    FormVariant(Set<FeedbackField> fields, Class<?> validationGroup, boolean takesAnswers) {
        this.fields = java.util.Collections.unmodifiableSet(fields);
        this.validationGroup = validationGroup;
        this.takesAnswers = takesAnswers;
    }

    /** The fields this form has, in form order. */
    public Set<FeedbackField> fields() {
        return fields;
    }

    /** Whether this form asks {@code field}. */
    public boolean asks(FeedbackField field) {
        return fields.contains(field);
    }

    /** The Bean Validation group whose rules a submission of this form must keep. */
    public Class<?> validationGroup() {
        return validationGroup;
    }

    /** Whether this form takes answers; a demonstration form does not. */
    public boolean takesAnswers() {
        return takesAnswers;
    }
}
