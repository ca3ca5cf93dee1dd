/**
 * HTML for consultations: the accessible page-feedback form in three themes, and pages
 * rendered from Markdown with the form where their marker stands.
 */
module io.github.consultation.render {
    requires transitive io.github.consultation.model;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.ext.footnotes;
    requires flexmark.ext.tables;
    requires flexmark.util.misc;
    requires flexmark.util.collection;
    requires owasp.java.html.sanitizer;

    exports io.github.consultation.render;
}
