package io.github.consultation.pages.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.ColourFinding;
import io.github.consultation.pages.PageFinding;
import io.github.consultation.pages.PageFinding.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an author can mend on a page, found once as it is rendered: skipped heading levels,
 * images without alternative text, ids used twice, colours below contrast, and what the sanitiser
 * removed; each with the line of the page's file. Links to other pages are checked by the site,
 * which knows them all ({@link #links}).
 */
public final class PageChecks {
    private static final Pattern IMG = Pattern.compile("<img\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\salt\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\ssrc\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private static final Pattern RAW_LINK = Pattern.compile("<(a|img)\\b[^>]*?\\s(href|src)\\s*=\\s*[\"']([^\"']*)[\"']",
            Pattern.CASE_INSENSITIVE);

    /**
     * A link or image of the page: the address as written, on which line, whether it is an image,
     * and where it leads.
     */
    public record PageLink(String written, int line, boolean image, SiteLinks.Target target) {
    }

    private final Page page;
    private final String source;
    private final List<PageFinding> findings = new ArrayList<>();

    private PageChecks(Page page) {
        this.page = page;
        this.source = page.markdown();
    }

    /**
     * The findings of {@code page}, rendered to {@code html} from {@code document}, with the
     * sanitiser's {@code removed} and the colour pass's {@code colours}; {@code formIds} are the ids
     * the page's form brings.
     */
    public static List<PageFinding> check(Page page, Document document, String html, List<MarkdownHtml.Removed> removed,
            List<ColourFinding> colours, Set<String> formIds) {
        PageChecks c = new PageChecks(page);
        c.headings(document);
        c.footnotes(document);
        c.images(document, html);
        c.ids(html, formIds);
        c.colours(colours);
        c.removed(removed);
        c.findings.sort(Comparator.comparingInt(PageFinding::line));
        return List.copyOf(c.findings);
    }

    /** The line of the page's file on which {@code offset} of its body stands. */
    private int line(int offset) {
        int line = page.bodyLine();
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The line of the first occurrence of {@code text} in the body at or after {@code from}, else the body's first line. */
    private int lineOf(String text, int from) {
        int at = text.isEmpty() ? -1 : source.indexOf(text, Math.min(from, source.length()));
        if (at < 0 && !text.isEmpty()) {
            at = source.toLowerCase(Locale.ROOT).indexOf(text.toLowerCase(Locale.ROOT));
        }
        return at < 0 ? page.bodyLine() : line(at);
    }

    private void add(Kind kind, int line, String message) {
        findings.add(new PageFinding(kind, line, message));
    }

    private void headings(Document document) {
        int previous = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading) {
                Heading h = (Heading) node;
                if (h.getLevel() > previous + 1) {
                    add(Kind.HEADING_LEVEL_SKIPPED, line(h.getStartOffset()), "the heading \""
                            + h.getText().toString().strip() + "\" is level " + h.getLevel() + " after "
                            + (previous == 0 ? "no heading at all" : "a heading of level " + previous)
                            + ": use level " + (previous + 1) + ", or headings that step down one level at a time");
                }
                previous = h.getLevel();
            }
        }
    }

    private void footnotes(Document document) {
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ext.footnotes.FootnoteBlock block && !block.isReferenced()) {
                add(Kind.UNREFERENCED_FOOTNOTE, line(node.getStartOffset()), "the footnote [^" + block.getText()
                        + "] is not referred to in the text; it is shown at the end all the same");
            }
        }
    }

    private void images(Document document, String html) {
        for (Node node : document.getDescendants()) {
            if (node instanceof Image && ((Image) node).getText().isBlank()) {
                add(Kind.IMAGE_WITHOUT_TEXT, line(node.getStartOffset()), "the image " + ((Image) node).getUrl()
                        + " has no alternative text: say what it shows between the brackets of ![...]("
                        + ((Image) node).getUrl() + ")");
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                Matcher img = IMG.matcher(node.getChars());
                while (img.find()) {
                    Matcher alt = ALT.matcher(img.group(1));
                    if (!alt.find() || alt.group(1).isBlank()) {
                        Matcher src = SRC.matcher(img.group(1));
                        add(Kind.IMAGE_WITHOUT_TEXT, line(node.getStartOffset() + img.start()), "the image "
                                + (src.find() ? src.group(1) : "") + " has no alternative text: give its <img> an alt"
                                + " attribute that says what it shows");
                    }
                }
            }
        }
    }

    private void ids(String html, Set<String> formIds) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            counts.merge(id.group(1), 1, Integer::sum);
        }
        counts.forEach((value, n) -> {
            if (n > 1) {
                add(Kind.DUPLICATE_ID, lineOf("id=\"" + value + "\"", 0), "the id '" + value + "' is used " + n
                        + " times on the page; an id must be used once");
            } else if (formIds.contains(value)) {
                add(Kind.DUPLICATE_ID, lineOf("id=\"" + value + "\"", 0), "the id '" + value
                        + "' is the feedback form's own; give the element another");
            }
        });
    }

    private void colours(List<ColourFinding> colours) {
        int from = 0;
        for (ColourFinding c : colours) {
            int at = c.text().isEmpty() ? -1 : source.indexOf(c.text(), from);
            int line = at < 0 ? lineOf(c.colour(), 0) : line(at);
            if (at >= 0) {
                from = at + c.text().length();
            }
            add(Kind.COLOUR_CONTRAST, line, String.format(Locale.ROOT, "\"%s\" in %s has a contrast of %.2f:1 against"
                    + " the background; WCAG 2.2 AA needs %.1f:1%s", c.text(), c.colour(), c.ratio(), c.required(),
                    c.adjustedTo().map(a -> " (shown as " + a + ")").orElse("")));
        }
    }

    private void removed(List<MarkdownHtml.Removed> removed) {
        for (MarkdownHtml.Removed r : removed) {
            int line = line(r.offset());
            String names = String.join(", ", r.attributes());
            String plural = r.attributes().size() == 1 ? "" : "s";
            if (r.wholeElement() && r.attributes().isEmpty()) {
                add(Kind.REMOVED_BY_SANITISER, line, "the <" + r.element() + "> element was removed: pages may not"
                        + " carry it");
            } else if (r.wholeElement()) {
                add(Kind.REMOVED_BY_SANITISER, line, "the <" + r.element() + "> element was removed with its " + names
                        + " attribute" + plural + ": pages may not carry " + (plural.isEmpty() ? "it" : "them")
                        + ", and the element means nothing without");
            } else {
                add(Kind.REMOVED_BY_SANITISER, line, "the " + names + " attribute" + plural
                        + (plural.isEmpty() ? " was" : " were") + " removed from <" + r.element()
                        + ">: pages may not carry " + (plural.isEmpty() ? "it" : "them"));
            }
        }
    }

    /**
     * The page's links and images that lead within the site (relative addresses, or addresses of
     * the site's root), in Markdown and in raw HTML, each with its line and where it leads: for
     * the site to report those that lead to nothing.
     */
    public static List<PageLink> links(Page page, Document document, MarkdownHtml.Where where) {
        PageChecks c = new PageChecks(page);
        List<PageLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link || node instanceof Image) {
                String url = (node instanceof Link ? ((Link) node).getUrl() : ((Image) node).getUrl()).toString().strip();
                c.link(url, node.getStartOffset(), node instanceof Image, true, where, links);
            } else if (node instanceof HtmlInline || node instanceof HtmlBlock) {
                Matcher raw = RAW_LINK.matcher(node.getChars());
                while (raw.find()) {
                    c.link(raw.group(3), node.getStartOffset() + raw.start(), raw.group(1).equalsIgnoreCase("img"), false,
                            where, links);
                }
            }
        }
        return links;
    }

    private void link(String url, int offset, boolean image, boolean markdown, MarkdownHtml.Where where,
            List<PageLink> into) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || SCHEME.matcher(u).find() || u.startsWith("//")) {
            return;
        }
        into.add(new PageLink(u, line(offset), image, where.links().target(u, where.source(), where.address(),
                where.directory(), markdown)));
    }
}
