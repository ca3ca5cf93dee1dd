/**
 * A form's definition read from a file a team writes ({@code feedback-form.yml}, {@code .yaml} or
 * {@code .json}), with every problem named by its line and column. A host that renders and
 * validates a form from a file needs this module, the model and Jackson's YAML reader, and
 * nothing of the pages module (no Flexmark, no HTML sanitiser).
 */
module io.github.consultation.definition {
    requires transitive io.github.consultation.model;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires static org.jspecify;

    exports io.github.consultation.definition;
    // The located YAML reader and the text file reader serve the pages module's mkdocs.yml and
    // page files too; they are not API.
    exports io.github.consultation.definition.internal to io.github.consultation.pages;
}
