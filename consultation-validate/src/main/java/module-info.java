/**
 * Validation of consultation feedback: binds form fields or the existing site's JSON and checks
 * them against the form's {@link io.github.consultation.model.FormDefinition}, giving a
 * {@link io.github.consultation.validate.Verdict}. Reads JSON with Jackson's streaming parser. The
 * same rules check {@link io.github.consultation.model.ValidFeedback} for Jakarta Bean Validation
 * (Hibernate Validator), in {@code io.github.consultation.validate.bean}.
 */
module io.github.consultation.validate {
    requires transitive io.github.consultation.model;
    requires com.fasterxml.jackson.core;
    requires org.hibernate.validator;
    requires static org.jspecify;

    exports io.github.consultation.validate;
    exports io.github.consultation.validate.bean;

    provides jakarta.validation.ConstraintValidator with io.github.consultation.validate.bean.ValidFeedbackValidator;
}
