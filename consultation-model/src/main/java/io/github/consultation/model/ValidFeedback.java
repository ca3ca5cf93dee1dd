package io.github.consultation.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Jakarta Bean Validation constraint: the annotated object holds answers to a form, and they keep
 * the form's rules. It is checked by the same rules a {@code FeedbackValidator} compiles from the
 * form's {@link FormDefinition} (the validate module registers the checker with the Bean Validation
 * provider through the service loader, so nothing names it here), and each problem is one
 * violation on the property of its question ({@code summary}, {@code role}, ...).
 *
 * <p>{@link Feedback} carries it for the built-in page form. On a host's own type, each question
 * is read from the property of the same name (a record component, a getter or a public field)
 * unless {@link #fields()} maps it to another:
 *
 * <pre>{@code
 * @ValidFeedback(form = "libraries",
 *         fields = @ValidFeedback.Field(question = "org", property = "organisation"))
 * public record LibraryFeedback(String page, String summary, String role, String organisation) {
 * }
 *
 * Set<ConstraintViolation<LibraryFeedback>> violations = validator.validate(feedback);
 * }</pre>
 *
 * <p>A property may hold text ({@code String}), an {@link Option} (or an {@code Optional} of one),
 * a map of scores for a rating question, or a collection of ticked options for a checklist; null
 * and an empty {@code Optional} mean no answer. Spam and privacy rules (honeypot, tokens, content
 * rules, page address scrubbing) are not constraints: they stay in {@code SubmissionFlow}.
 */
@Documented
@Target({ElementType.TYPE, ElementType.TYPE_USE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface ValidFeedback {
    /** The name of the built-in page-feedback form, {@link FormDefinition#pageFeedback()}. */
    String PAGE_FEEDBACK = "page-feedback";
    /** The name of the built-in questionnaire, {@link FormDefinition#questionnaire()}. */
    String QUESTIONNAIRE = "questionnaire";
    /**
     * Not one form but the one whose {@link FormDefinition#tab()} the object's {@code tab}
     * property names, among the host's registered forms and the built-in ones; the page-feedback
     * form when it names none.
     */
    String BY_TAB = "*";

    /**
     * The form the answers are checked against: {@link #PAGE_FEEDBACK} (the default),
     * {@link #QUESTIONNAIRE}, {@link #BY_TAB}, or the name of a host's definition, registered with
     * the validator factory or, in Spring Boot, the name of a {@code FormDefinition} bean.
     */
    String form() default PAGE_FEEDBACK;

    /** Questions read from a property of another name than the question's. */
    Field[] fields() default {};

    /** The message when the constraint fails as a whole (each field problem has its own message). */
    String message() default "{io.github.consultation.feedback.invalid}";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};

    /**
     * A question answered in a property of another name.
     */
    @Documented
    @Target({})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Field {
        /** The question's name in the form ({@code org}, {@code nature}, ...). */
        String question();

        /** The property of the annotated type that holds its answer. */
        String property();
    }
}
