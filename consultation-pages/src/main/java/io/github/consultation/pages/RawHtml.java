package io.github.consultation.pages;

/**
 * What happens to the HTML that authors write inside their Markdown pages.
 *
 * <pre>{@code
 * PageRenderer.builder().rawHtml(RawHtml.SANITISED).build();   // the default
 * }</pre>
 */
public enum RawHtml {
    /** Passed through as written: for pages from authors you trust completely. */
    TRUSTED,
    /**
     * Kept where it is on an allow-list that covers what consultation pages use (coloured
     * {@code span} styles, {@code sup}, {@code cite}, {@code img} with {@code alt} and
     * {@code title}, tables, {@code div} with classes, links); scripts, event handlers, other
     * styles and {@code javascript:} addresses are dropped. Uses OWASP's Java HTML Sanitizer.
     */
    SANITISED,
    /** Shown as text, so readers see the markup itself. */
    ESCAPED
}
