package io.github.consultation.pages.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.consultation.pages.Footnote;
import io.github.consultation.pages.MarkdownDialect;
import io.github.consultation.pages.Quote;
import io.github.consultation.pages.RawHtml;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to HTML with Flexmark, configured for consultation pages, with the page's headings,
 * footnotes and quotes as data. HTML comments (page markers) never reach the output; raw HTML
 * follows the {@link RawHtml} policy; links and images are resolved by {@link SiteLinks}.
 * Thread-safe.
 */
public final class MarkdownHtml {
    private static final DataKey<Where> WHERE = new DataKey<>("CONSULTATION_PAGE_WHERE",
            new Where(SiteLinks.alone("/"), "", "", ""));
    private static final Pattern FOOTNOTES_MARKER = Pattern.compile("<!--+\\s*footnotes\\s*-+->");
    private static final Pattern SUP_OPEN = Pattern.compile("<sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCKQUOTE_TAG = Pattern.compile("<(/?)blockquote\\b[^>]*>");
    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(?:--|\u2014|\u2013)\\s*");

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final RawHtml rawHtml;
    private final boolean mkdocs;
    private final boolean abbreviations;

    /**
     * Where a page stands in its site, for its links: the site's links, the page's file (relative
     * to the pages' folder), its address (relative to the site's base), and its folder as its slug
     * has it.
     */
    public record Where(SiteLinks links, String source, String address, String directory) {
        String resolve(String url, boolean markdown) {
            return links.resolve(url, source, address, directory, markdown);
        }
    }

    /**
     * The page's HTML and what it holds; its parse tree, and what the sanitiser removed, for the
     * page's checks.
     */
    public record Result(String html, List<io.github.consultation.pages.Heading> headings, List<Footnote> footnotes,
            List<Quote> quotes, Document document, List<Removed> removed) {
    }

    /**
     * What the sanitiser removed from the author's HTML: an element (with the attributes it was
     * written with, if any), or attributes of one.
     *
     * @param element the element
     * @param attributes the attributes removed, or those the removed element carried
     * @param wholeElement whether the element itself went
     * @param offset where in the page's Markdown the HTML that carried it starts
     */
    public record Removed(String element, List<String> attributes, boolean wholeElement, int offset) {
    }

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("\\s([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=");

    /**
     * A converter with the consultation settings, whose heading ids keep clear of
     * {@code reservedIds}: the ids of what the page carries beside its Markdown, such as its form.
     * {@code extensions} are the Python-Markdown extensions a MkDocs site's pages are written for,
     * of which {@code abbr} (or {@code extra}) and {@code pymdownx.superfences} change how they render.
     */
    public MarkdownHtml(RawHtml rawHtml, Set<String> reservedIds, MarkdownDialect dialect,
            io.github.consultation.pages.ElementClasses classes, Set<String> pythonExtensions) {
        this.rawHtml = rawHtml;
        this.mkdocs = dialect == MarkdownDialect.MKDOCS;
        this.abbreviations = mkdocs && (pythonExtensions.contains("abbr") || pythonExtensions.contains("extra"));
        boolean superfences = mkdocs && pythonExtensions.contains("pymdownx.superfences");
        MutableDataSet options = new MutableDataSet();
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>(List.of(
                footnoteParser(), TablesExtension.create(), linkExtension()));
        if (mkdocs) {
            // Markdown.pl's rules, which Python-Markdown keeps: lists nest by four spaces and need a
            // blank line before them; then Python-Markdown's own extensions.
            options.setFrom(com.vladsch.flexmark.parser.ParserEmulationProfile.MARKDOWN);
            extensions.addAll(List.of(com.vladsch.flexmark.ext.attributes.AttributesExtension.create(),
                    admonitionParser(),
                    com.vladsch.flexmark.ext.definition.DefinitionExtension.create()));
        }
        extensions.add(renderers(mkdocs, superfences, classes));
        options.set(Parser.EXTENSIONS, extensions)
                .set(Parser.SPACE_IN_LINK_URLS, true)
                .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true)
                .set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(HtmlRenderer.ESCAPE_HTML_BLOCKS, rawHtml == RawHtml.ESCAPED)
                .set(HtmlRenderer.ESCAPE_INLINE_HTML, rawHtml == RawHtml.ESCAPED);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).htmlIdGeneratorFactory(new HeadingIds(reservedIds, mkdocs)).build();
    }

    /**
     * An extension's parser alone, for a construct this library renders itself: footnotes (Flexmark's
     * renderer drops those nothing refers to) and admonitions (written as Python-Markdown writes them).
     * Flexmark keeps one extension of each class, hence a class each.
     */
    private abstract static class ParserOnly implements Parser.ParserExtension {
        private final Parser.ParserExtension extension;

        ParserOnly(Parser.ParserExtension extension) {
            this.extension = extension;
        }

        @Override
        public void parserOptions(MutableDataHolder options) {
            extension.parserOptions(options);
        }

        @Override
        public void extend(Parser.Builder builder) {
            extension.extend(builder);
        }
    }

    private static Parser.ParserExtension footnoteParser() {
        return new FootnoteParserOnly();
    }

    private static Parser.ParserExtension admonitionParser() {
        return new AdmonitionParserOnly();
    }

    /** Flexmark's footnote parser, without its renderer. */
    private static final class FootnoteParserOnly extends ParserOnly {
        FootnoteParserOnly() {
            super(FootnoteExtension.create());
        }
    }

    /** Flexmark's admonition parser, without its renderer. */
    private static final class AdmonitionParserOnly extends ParserOnly {
        AdmonitionParserOnly() {
            super(com.vladsch.flexmark.ext.admonition.AdmonitionExtension.create());
        }
    }

    /**
     * Footnotes (every one, in both dialects), and in the MkDocs dialect admonitions and headings as
     * Python-Markdown writes them; the host's classes on every element.
     */
    private static HtmlRenderer.HtmlRendererExtension renderers(boolean mkdocs, boolean superfences,
            io.github.consultation.pages.ElementClasses classes) {
        return new HtmlRenderer.HtmlRendererExtension() {
            @Override
            public void rendererOptions(MutableDataHolder options) {
            }

            @Override
            public void extend(HtmlRenderer.Builder builder, String rendererType) {
                builder.nodeRendererFactory(Footnotes.factory(mkdocs));
                if (!classes.asMap().isEmpty()) {
                    builder.attributeProviderFactory(Classes.provider(classes));
                }
                if (mkdocs) {
                    builder.nodeRendererFactory(MkDocs.renderers(superfences));
                }
            }
        };
    }

    private static HtmlRenderer.HtmlRendererExtension linkExtension() {
        return new HtmlRenderer.HtmlRendererExtension() {
            @Override
            public void rendererOptions(MutableDataHolder options) {
            }

            @Override
            public void extend(HtmlRenderer.Builder builder, String rendererType) {
                builder.linkResolverFactory(new IndependentLinkResolverFactory() {
                    @Override
                    public LinkResolver apply(LinkResolverBasicContext context) {
                        Where where = WHERE.get(context.getDocument());
                        return (node, ctx, link) -> link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE
                                ? link.withUrl(where.resolve(link.getUrl(), true)) : link;
                    }
                });
            }
        };
    }

    /**
     * Converts {@code markdown}, a page standing {@code where} in its site. The page's footnotes are
     * listed at the end of its text, before the paragraph {@code formSlot} if the page has one
     * (where its form goes). The HTML of each footnote and quote is cut from the page's own HTML,
     * so it reads exactly as on the page.
     */
    public Result render(String markdown, Where where, String formSlot) {
        java.util.Map<String, String> abbreviations = new java.util.LinkedHashMap<>();
        String source = mkdocs ? MkDocs.prepare(markdown, inner -> renderer.render(parse(inner, where, Map.of())),
                this.abbreviations ? abbreviations : null) : markdown;
        Document document = parse(source, where, abbreviations);
        Footnotes.placeBefore(document, formSlot);
        UnaryOperator<String> policy = policy(where);
        String raw = renderer.render(document);
        String html = policy.apply(raw);
        return new Result(html, headings(document), footnotes(document, raw, policy),
                quotes(document, raw, policy), document, removed(document, where));
    }

    /**
     * Whether an HTML comment of {@code markdown} starts at each offset, as Flexmark parses it: in
     * the page's HTML (a comment, or a comment within a block of HTML), never in code.
     */
    public java.util.function.IntPredicate comments(String markdown) {
        java.util.BitSet starts = new java.util.BitSet(markdown.length());
        for (Node node : parser.parse(markdown).getDescendants()) {
            if (node instanceof HtmlCommentBlock || node instanceof com.vladsch.flexmark.ast.HtmlInlineComment
                    || node instanceof com.vladsch.flexmark.ast.HtmlBlock || node instanceof HtmlInline) {
                String text = node.getChars().toString();
                for (int at = text.indexOf("<!--"); at >= 0; at = text.indexOf("<!--", at + 4)) {
                    starts.set(node.getStartOffset() + at);
                }
            }
        }
        return starts::get;
    }

    /**
     * What the sanitiser removes from each piece of HTML the author wrote, with where that piece
     * stands: each is sanitised on its own, so that every removal is found on its own line.
     */
    private List<Removed> removed(Document document, Where where) {
        if (rawHtml != RawHtml.SANITISED) {
            return List.of();
        }
        PolicyFactory policy = Sanitiser.policy(url -> where.resolve(url, false));
        List<Removed> removed = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            boolean html = node instanceof HtmlInline || node instanceof com.vladsch.flexmark.ast.HtmlBlock;
            String text = node.getChars().toString();
            if (!html || text.startsWith("<!--") || text.startsWith("</")) {
                continue;
            }
            int offset = node.getStartOffset();
            org.owasp.html.HtmlChangeListener<List<Removed>> listener = new org.owasp.html.HtmlChangeListener<>() {
                @Override
                public void discardedTag(List<Removed> into, String element) {
                    List<String> written = new ArrayList<>();
                    Matcher tag = Pattern.compile("<" + Pattern.quote(element) + "\\b[^>]*>", Pattern.CASE_INSENSITIVE)
                            .matcher(text);
                    if (tag.find()) {
                        Matcher name = ATTRIBUTE_NAME.matcher(tag.group());
                        while (name.find()) {
                            written.add(name.group(1).toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                    into.add(new Removed(element, List.copyOf(written), true, offset));
                }

                @Override
                public void discardedAttributes(List<Removed> into, String element, String... attributes) {
                    into.add(new Removed(element, List.of(attributes), false, offset));
                }
            };
            policy.sanitize(ColourPass.normaliseFunctions(text), listener, removed);
        }
        return List.copyOf(removed);
    }

    private Document parse(String markdown, Where where, Map<String, String> abbreviations) {
        Document document = parser.parse(markdown);
        document.set(WHERE, where);
        if (mkdocs) {
            MkDocs.adjust(document, abbreviations);
        }
        return document;
    }

    /** The raw-HTML policy. */
    private UnaryOperator<String> policy(Where where) {
        if (rawHtml != RawHtml.SANITISED) {
            return UnaryOperator.identity();
        }
        PolicyFactory policy = Sanitiser.policy(url -> where.resolve(url, false));
        return html -> policy.sanitize(ColourPass.normaliseFunctions(html));
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    private static List<io.github.consultation.pages.Heading> headings(Document document) {
        List<io.github.consultation.pages.Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading) {
                Heading h = (Heading) node;
                if (h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
                    headings.add(new io.github.consultation.pages.Heading(h.getLevel(), h.getAnchorRefId(), text(h)));
                }
            }
        }
        return List.copyOf(headings);
    }

    private List<Footnote> footnotes(Document document, String raw, UnaryOperator<String> html) {
        List<Footnote> notes = new ArrayList<>();
        int number = 0;
        for (FootnoteBlock block : Footnotes.inOrder(document, mkdocs)) {
            String id = Footnotes.itemId(block, ++number, mkdocs);
            Matcher item = Pattern.compile("<li id=\"" + Pattern.quote(id) + "\">\\s*(.*?)\\s*(?:<a href=\"#fnref-[^\"]*\"[^>]*>[^<]*</a>\\s*)?</li>",
                    Pattern.DOTALL).matcher(raw);
            String noteHtml = item.find() ? item.group(1).replaceAll("&#160;<a class=\"footnote-backref\"[^>]*>[^<]*</a>", "") : "";
            notes.add(new Footnote(block.getText().toString(), text(block), html.apply(noteHtml), block.isReferenced()));
        }
        Node marker = null;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlCommentBlock && FOOTNOTES_MARKER.matcher(node.getChars()).find()) {
                marker = node;
                break;
            }
        }
        if (marker == null) {
            return List.copyOf(notes);
        }
        Set<String> marks = new HashSet<>();
        for (Node node = document.getFirstChild(); node != marker; node = node.getNext()) {
            collectMarks(node, marks);
        }
        int from = 0;
        for (Node node = marker.getNext(); node != null; node = node.getNext()) {
            Optional<String> label = Optional.empty();
            if (node instanceof Paragraph) {
                label = supLabel(node.getFirstChild());
            }
            if (label.isPresent()) {
                String note = text(node).substring(label.get().length()).strip();
                Matcher paragraph = Pattern.compile("<p><sup>" + Pattern.quote(label.get()) + "</sup>.*?</p>", Pattern.DOTALL)
                        .matcher(raw);
                String noteHtml = "";
                if (paragraph.find(from)) {
                    noteHtml = paragraph.group();
                    from = paragraph.end();
                }
                notes.add(new Footnote(label.get(), note, html.apply(noteHtml), marks.contains(label.get())));
            }
        }
        return List.copyOf(notes);
    }

    private static void collectMarks(Node node, Set<String> marks) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            supLabel(n).ifPresent(marks::add);
            collectMarks(n, marks);
        }
    }

    /** The label of a {@code <sup>label</sup>} starting at {@code node}. */
    private static Optional<String> supLabel(Node node) {
        if (!(node instanceof HtmlInline) || !SUP_OPEN.matcher(node.getChars()).matches()) {
            return Optional.empty();
        }
        Node label = node.getNext();
        Node close = label == null ? null : label.getNext();
        if (label instanceof Text && close instanceof HtmlInline && close.getChars().toString().equalsIgnoreCase("</sup>")) {
            String text = label.getChars().toString().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return Optional.empty();
    }

    private static List<Quote> quotes(Document document, String raw, UnaryOperator<String> html) {
        List<String> segments = blockquotes(raw);
        List<Quote> quotes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (!(node instanceof BlockQuote)) {
                continue;
            }
            Node last = node.getLastChild();
            Optional<String> attribution = Optional.empty();
            if (last instanceof Paragraph && last.getChars().toString().contains("<cite>")) {
                Matcher dash = ATTRIBUTION.matcher(last.getChars());
                if (dash.lookingAt()) {
                    attribution = Optional.of(ATTRIBUTION.matcher(text(last)).replaceFirst(""));
                }
            }
            List<String> paragraphs = new ArrayList<>();
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child != last || attribution.isEmpty()) {
                    String t = text(child);
                    if (!t.isEmpty()) {
                        paragraphs.add(t);
                    }
                }
            }
            String quoteHtml = quotes.size() < segments.size() ? segments.get(quotes.size()) : "";
            quotes.add(new Quote(String.join("\n\n", paragraphs), attribution, html.apply(quoteHtml)));
        }
        return List.copyOf(quotes);
    }

    /** Every {@code <blockquote>} element of {@code html}, outer before inner, in document order. */
    private static List<String> blockquotes(String html) {
        List<String> segments = new ArrayList<>();
        Matcher tags = BLOCKQUOTE_TAG.matcher(html);
        List<Integer> open = new ArrayList<>();
        List<int[]> found = new ArrayList<>();
        while (tags.find()) {
            if (tags.group(1).isEmpty()) {
                open.add(tags.start());
                found.add(new int[] {tags.start(), -1});
            } else if (!open.isEmpty()) {
                int start = open.remove(open.size() - 1);
                for (int[] f : found) {
                    if (f[0] == start) {
                        f[1] = tags.end();
                    }
                }
            }
        }
        for (int[] f : found) {
            if (f[1] > 0) {
                segments.add(html.substring(f[0], f[1]));
            }
        }
        return segments;
    }
}
