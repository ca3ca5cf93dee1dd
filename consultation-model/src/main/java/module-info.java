/**
 * The consultation model: pages, feedback, roles and reflections.
 *
 * <p>The rules a piece of feedback must follow live here once, as Bean Validation
 * annotations on {@link io.github.consultation.model.Feedback}. The validator enforces them
 * and the form renderer reads its HTML attributes from them through
 * {@link io.github.consultation.model.FieldRules}.
 */
module io.github.consultation.model {
    requires transitive jakarta.validation;
    requires transitive com.fasterxml.jackson.annotation;

    exports io.github.consultation.model;

    // Validators (Hibernate Validator) and binders (Jackson 2 or 3) read the annotated fields.
    opens io.github.consultation.model;
}
