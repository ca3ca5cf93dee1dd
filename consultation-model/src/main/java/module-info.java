/**
 * The consultation model: a form's definition (its schema) and the answers readers give. Pages and
 * sites are the pages module's; definition files are the definition module's.
 *
 * <p>A form's rules live here once, as data in its
 * {@link io.github.consultation.model.FormDefinition}: the validator enforces them, the form
 * renderer reads its HTML attributes from them, and the JSON Schema and stored columns follow
 * from them. The module depends on the Jakarta Validation API, for the constraint
 * {@link io.github.consultation.model.ValidFeedback} that {@link io.github.consultation.model.Feedback}
 * carries (its checker is in the validate module), and on JSpecify's nullness annotations at
 * compile time.
 */
module io.github.consultation.model {
    requires static org.jspecify;
    requires transitive jakarta.validation;

    exports io.github.consultation.model;
    // The answers' map type, which a validator makes and Answers keeps without copying.
    exports io.github.consultation.model.internal to io.github.consultation.validate;
}
