/**
 * Validation of consultation feedback: binds form fields or the existing site's JSON to a
 * {@link io.github.consultation.model.Feedback} and checks it against the rules on the model.
 */
module io.github.consultation.validate {
    requires transitive io.github.consultation.model;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.core;

    exports io.github.consultation.validate;
}
