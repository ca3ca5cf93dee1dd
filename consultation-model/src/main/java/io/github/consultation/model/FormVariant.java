package io.github.consultation.model;

/**
 * Which form a page carries: the questions it asks and whether it takes answers.
 *
 * <ul>
 *   <li>{@link #FULL}: every question of the form's definition.
 *   <li>{@link #MINIMAL}: the older page form, a summary and details only (the questions the
 *       definition names for it); nothing else is required.
 *   <li>{@link #DEMO}: the full form shown disabled, to demonstrate it; it takes no answers.
 * </ul>
 *
 * <pre>{@code
 * definition.asks(FormVariant.MINIMAL, roleQuestion);             // false
 * definition.rules("role", FormVariant.MINIMAL).required();       // false
 * }</pre>
 */
public enum FormVariant {
    /** The full form. */
    FULL(true),
    /** The older form with a summary and details only. */
    MINIMAL(true),
    /** The full form, disabled, for demonstration. */
    DEMO(false);

    private final boolean takesAnswers;

    FormVariant(boolean takesAnswers) {
        this.takesAnswers = takesAnswers;
    }

    /** Whether this form takes answers; a demonstration form does not. */
    public boolean takesAnswers() {
        return takesAnswers;
    }
}
