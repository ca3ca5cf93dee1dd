package io.github.consultation.pages;

import java.util.Objects;

/**
 * A footnote of a rendered page: a Markdown footnote ({@code [^1]} with {@code [^1]: note}) or
 * a hand-written one (a {@code <sup>1</sup>} mark in the text and a paragraph starting with
 * {@code <sup>1</sup>} after the page's footnotes marker).
 *
 * <pre>{@code
 * rendered.footnotes().get(0).label();   // "1"
 * rendered.footnotes().get(0).text();    // "The pilot ran for twelve weeks; ..."
 * }</pre>
 *
 * @param label the mark, such as {@code 1} or {@code note}
 * @param text the note as plain text
 * @param html the note as HTML (after the page's raw HTML policy)
 * @param referenced whether the page's text carries the mark
 */
public record Footnote(String label, String text, String html, boolean referenced) {
    /** Checks that nothing is null. */
    public Footnote {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }
}
