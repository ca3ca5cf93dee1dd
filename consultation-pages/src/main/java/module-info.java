/**
 * Consultation pages rendered from Markdown with Flexmark, each with the feedback form where
 * its marker stands; raw HTML sanitised with OWASP's Java HTML Sanitizer.
 */
module io.github.consultation.pages {
    requires transitive io.github.consultation.model;
    requires transitive io.github.consultation.render;
    requires transitive io.github.consultation.definition;
    requires flexmark;
    requires flexmark.util.ast;
    requires flexmark.util.data;
    requires flexmark.util.sequence;
    requires flexmark.ext.footnotes;
    requires flexmark.ext.tables;
    requires flexmark.ext.admonition;
    requires flexmark.ext.attributes;
    requires flexmark.ext.definition;
    requires flexmark.util.misc;
    requires flexmark.util.collection;
    requires flexmark.util.html;
    requires owasp.java.html.sanitizer;
    requires static org.jspecify;

    exports io.github.consultation.pages;
}
