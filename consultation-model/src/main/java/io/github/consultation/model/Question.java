package io.github.consultation.model;

/**
 * One question of a {@link FormDefinition}: what it is called in a submission, the id of its
 * control, whether it must be answered, and what counts as an answer. The validator's rules,
 * the control's HTML attributes, the JSON Schema and the stored columns are all read from here.
 *
 * <pre>{@code
 * for (Question q : definition.questions()) {
 *     if (q instanceof TextQuestion text) { text.maxLength(); }
 *     else if (q instanceof ChoiceQuestion choice) { choice.options(); }
 * }
 * }</pre>
 */
public sealed interface Question permits TextQuestion, ChoiceQuestion, ChecklistQuestion, RatingQuestion {
    /** The control's {@code name} in a form post and the key in a JSON submission. */
    String name();

    /** The id of the question's control (or of its first control), before any host prefix. */
    String id();

    /** Whether an answer must be given. */
    boolean required();
}
