package io.github.consultation.pages;

import java.util.Objects;

/**
 * A heading of a rendered page, for a table of contents: its level, its id in the page's HTML
 * (stable: derived from its text, made unique within the page) and its text without markup.
 *
 * <pre>{@code
 * for (Heading h : rendered.headings()) {
 *     toc.append("<a href=\"#").append(HtmlEscaper.attribute(h.id())).append("\">")
 *        .append(HtmlEscaper.text(h.text())).append("</a>");
 * }
 * }</pre>
 *
 * @param level 1 to 6
 * @param id the heading's {@code id} attribute
 * @param text the heading's text, markup removed
 */
public record Heading(int level, String id, String text) {
    /** Checks the values. */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("level must be 1 to 6: " + level);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
