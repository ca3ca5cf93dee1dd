package io.github.consultation.pages;

/**
 * Which Markdown a page is written in, where the two disagree.
 *
 * <pre>{@code
 * PageRenderer.builder().dialect(MarkdownDialect.MKDOCS).build();
 * }</pre>
 */
public enum MarkdownDialect {
    /** CommonMark, with footnotes and tables: the default. */
    COMMONMARK,
    /**
     * Python-Markdown, as MkDocs sites use it, with the extensions {@code meta},
     * {@code admonition}, {@code attr_list}, {@code def_list}, {@code md_in_html}, {@code toc}
     * (with permalinks), {@code footnotes}, {@code tables} and {@code fenced_code}: emphasis that
     * closes after a space, lists nested by four spaces and begun after a blank line, HTML blocks
     * whose Markdown is read only when they ask ({@code markdown="1"}), attribute lists,
     * admonitions, definition lists, and heading ids and permalinks as {@code toc} makes them.
     */
    MKDOCS
}
