package io.github.consultation.pages.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list for HTML in consultation pages, on OWASP's Java HTML Sanitizer: what Markdown
 * produces, plus the constructs authors write by hand (coloured {@code span}s, {@code sup},
 * {@code cite}, images with {@code alt} and {@code title}, tables, {@code div}s with classes).
 * Scripts, event handlers, forms, frames, other styles and {@code javascript:} addresses go.
 * Colours keep every form CSS Color Level 4 gives them: all its named colours (OWASP's own list
 * stops at CSS 2's), hex, {@code rgb()} and {@code hsl()}; functions in the space form are first
 * written in the comma form, which the sanitiser keeps whole ({@link ColourPass}).
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

    /** OWASP's default styles, with colours as CSS Color Level 4 writes them. */
    private static final CssSchema STYLES = styles();

    private Sanitiser() {
    }

    private static CssSchema styles() {
        Set<String> others = new HashSet<>(CssSchema.DEFAULT.allowedProperties());
        others.removeAll(Set.of("color", "background-color"));
        Set<String> literals = new HashSet<>(CssColour.names());
        literals.addAll(Set.of("currentcolor", "inherit"));
        // 2 is OWASP's bit for a #hex value; a function's arguments are quantities (bit 1).
        CssSchema.Property colour = new CssSchema.Property(2, literals,
                Map.of("rgb(", "colour()", "rgba(", "colour()", "hsl(", "colour()", "hsla(", "colour()"));
        CssSchema.Property arguments = new CssSchema.Property(1, Set.of(), Map.of());
        return CssSchema.union(CssSchema.withProperties(others),
                CssSchema.withProperties(Map.of("color", colour, "background-color", colour, "colour()", arguments)));
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
                .allowStyling(STYLES)
                .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("td", "th")
                .allowAttributes("align").matching(false, "left", "right", "center").onElements("td", "th", "col")
                .allowAttributes("scope").matching(false, "row", "col", "rowgroup", "colgroup").onElements("th")
                .allowAttributes("start").matching(NUMBER).onElements("ol")
                .allowAttributes("open").onElements("details")
                .allowAttributes("lang", "dir").globally()
                .allowAttributes("role").matching(false, "note").onElements("div")
                .allowAttributes("aria-label").onElements("a")
                .toFactory();
    }
}
