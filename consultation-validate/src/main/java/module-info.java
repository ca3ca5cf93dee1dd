/**
 * Validation of consultation feedback: binds form fields or the existing site's JSON and checks
 * them against the form's {@link io.github.consultation.model.FormDefinition}, giving a
 * {@link io.github.consultation.validate.Verdict}. Reads JSON with Jackson's streaming parser.
 */
module io.github.consultation.validate {
    requires transitive io.github.consultation.model;
    requires com.fasterxml.jackson.core;
    requires static org.jspecify;

    exports io.github.consultation.validate;
}
