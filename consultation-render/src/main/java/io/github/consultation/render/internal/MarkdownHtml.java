package io.github.consultation.render.internal;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Markdown to HTML with Flexmark, configured for consultation pages: raw HTML passes, HTML
 * comments (page markers) are left out of the output, headings get ids. Thread-safe.
 */
public final class MarkdownHtml {
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** A converter with the consultation settings. */
    public MarkdownHtml() {
        MutableDataSet options = new MutableDataSet()
                .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
                .set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Converts {@code markdown} to HTML. */
    public String toHtml(String markdown) {
        Document document = parser.parse(markdown);
        return renderer.render(document);
    }
}
