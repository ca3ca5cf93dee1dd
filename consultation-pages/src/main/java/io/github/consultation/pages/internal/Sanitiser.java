package io.github.consultation.pages.internal;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for HTML in consultation pages, on OWASP's Java HTML Sanitizer: what Markdown
 * produces, plus the constructs authors write by hand (coloured {@code span}s, {@code sup},
 * {@code cite}, images with {@code alt} and {@code title}, tables, {@code div}s with classes).
 * Scripts, event handlers, forms, frames, other styles and {@code javascript:} addresses go.
 */
public final class Sanitiser {
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_:.-]{0,99}");
    private static final Pattern CLASSES = Pattern.compile("[A-Za-z0-9_ -]{1,200}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final String[] TEXT = {"p", "br", "hr", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub",
        "sup", "cite", "q", "abbr", "small", "mark", "code", "pre", "kbd", "samp", "blockquote", "ul", "ol", "li",
        "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "figure", "figcaption", "details",
        "summary", "a", "img"};
    private static final String[] TABLES = {"table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
        "colgroup", "col"};

    private Sanitiser() {
    }

    /** A policy whose {@code href} and {@code src} values pass through {@code links} first. */
    public static PolicyFactory policy(UnaryOperator<String> links) {
        return new HtmlPolicyBuilder()
                .allowElements(TEXT)
                .allowElements(TABLES)
                .allowStandardUrlProtocols()
                .allowAttributes("href").matching((element, attribute, value) -> links.apply(value)).onElements("a")
                .allowAttributes("src").matching((element, attribute, value) -> links.apply(value)).onElements("img")
                .allowAttributes("alt", "width", "height").onElements("img")
                .allowAttributes("title").globally()
                .allowAttributes("id").matching(ID).globally()
                .allowAttributes("class").matching(CLASSES).globally()
                .allowAttributes("style").onElements("span", "div", "p", "td", "th")
                .allowStyling()
                .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
                .allowAttributes("align").matching(false, "left", "right", "center").onElements("td", "th", "col")
                .allowAttributes("scope").matching(false, "row", "col", "rowgroup", "colgroup").onElements("th")
                .allowAttributes("start").matching(NUMBER).onElements("ol")
                .allowAttributes("open").onElements("details")
                .allowAttributes("lang", "dir").globally()
                .toFactory();
    }
}
