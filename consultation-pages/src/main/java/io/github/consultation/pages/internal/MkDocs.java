package io.github.consultation.pages.internal;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where Python-Markdown, with the extensions MkDocs sites use, reads a page otherwise than
 * CommonMark, and Flexmark's {@code MARKDOWN} emulation profile (lists, indentation, paragraphs)
 * and its extensions (attribute lists, admonitions, definition lists) do not already follow it:
 * emphasis that closes after a space ({@code *viable *organisation}), {@code markdown="1"} inside
 * HTML, attribute lists written {@code {: .class }}, admonitions and headings as Python-Markdown
 * writes them (the heading with its {@code toc} permalink).
 */
final class MkDocs {
    /** {@code {: ... }}: an attribute list as Python-Markdown writes one; Flexmark reads it without the colon. */
    private static final Pattern COLON_ATTRIBUTES = Pattern.compile("\\{:[ \\t]*([^}\\n]*)\\}");
    private static final Pattern FENCE = Pattern.compile("^[ ]{0,3}(`{3,}|~{3,})");
    private static final Pattern MARKDOWN_BLOCK = Pattern.compile(
            "^[ ]{0,3}<([a-zA-Z][a-zA-Z0-9]*)(\\b[^>]*?)\\smarkdown\\s*=\\s*[\"']?(?:1|block|span)[\"']?([^>]*)>[ \\t]*$");
    /** Python-Markdown's emphasis: any run without an asterisk between two asterisks (two for strong). */
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+?)\\*\\*");
    /** {@code abbr}'s definition: {@code *[HTML]: Hyper Text Markup Language}. */
    private static final Pattern ABBREVIATION = Pattern.compile("^\\*\\[([^\\]]+)\\][ ]?:[ ]*(.*)$");
    /** A line that starts an HTML comment, as a block of its own does. */
    private static final Pattern COMMENT_START = Pattern.compile("^[ ]{0,3}<!--");
    private static final Pattern EMPHASIS = Pattern.compile("\\*([^*\\s][^*]*)\\*");

    private MkDocs() {
    }

    /**
     * The page's source made ready for Flexmark: {@code {: ...}} attribute lists without their
     * colon, each HTML block marked {@code markdown="1"} with its content already turned into
     * HTML by {@code inner}, and a blank line after an HTML comment that stands as a block of its
     * own, which Python-Markdown ends at the comment's end (so that a line written just after it,
     * such as a hand-written footnote after the footnotes marker, is shown). With
     * {@code abbreviations}, {@code abbr}'s definitions are taken out into it (their lines left
     * blank). Fenced code is left alone.
     */
    static String prepare(String source, UnaryOperator<String> inner, @Nullable Map<String, String> abbreviations) {
        String[] lines = source.split("\n", -1);
        StringBuilder out = new StringBuilder(source.length());
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.find()) {
                fence = f.group(1).substring(0, 3);
            } else if (fence != null && line.strip().startsWith(fence)) {
                fence = null;
            } else if (fence == null && COMMENT_START.matcher(line).find() && (i == 0 || lines[i - 1].isBlank())) {
                int close = i;
                while (close < lines.length && !lines[close].contains("-->")) {
                    close++;
                }
                if (close < lines.length && lines[close].substring(lines[close].indexOf("-->") + 3).isBlank()
                        && close + 1 < lines.length && !lines[close + 1].isBlank()) {
                    for (int j = i; j <= close; j++) {
                        out.append(lines[j]).append('\n');
                    }
                    out.append('\n');
                    i = close;
                    continue;
                }
            } else if (fence == null && abbreviations != null && ABBREVIATION.matcher(line).matches()) {
                Matcher a = ABBREVIATION.matcher(line);
                if (a.matches() && !a.group(2).isBlank()) {
                    abbreviations.put(a.group(1), a.group(2).strip());
                    // Blank, the same length: later text keeps its offsets, and so its lines in findings.
                    line = " ".repeat(line.length());
                }
            } else if (fence == null) {
                Matcher block = MARKDOWN_BLOCK.matcher(line);
                if (block.matches()) {
                    int close = closing(lines, i, block.group(1));
                    if (close > i) {
                        String content = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, close));
                        String html = inner.apply(content).replaceAll("\n{2,}", "\n").strip();
                        out.append('<').append(block.group(1)).append(block.group(2)).append(block.group(3)).append(">\n")
                                .append(html).append("\n</").append(block.group(1)).append(">");
                        // Blank lines after the block keep later lines on their line numbers, for findings.
                        long written = html.chars().filter(c -> c == '\n').count() + 3;
                        for (long pad = written; pad < close - i + 1; pad++) {
                            out.append('\n');
                        }
                        out.append(close == lines.length - 1 ? "" : "\n");
                        i = close;
                        continue;
                    }
                }
                line = COLON_ATTRIBUTES.matcher(line).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1).strip() + "}"));
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The line of the tag that closes the {@code tag} opened on line {@code open}, or -1. */
    private static int closing(String[] lines, int open, String tag) {
        Pattern tags = Pattern.compile("<(/?)" + Pattern.quote(tag) + "\\b[^>]*>", Pattern.CASE_INSENSITIVE);
        int depth = 0;
        for (int i = open; i < lines.length; i++) {
            Matcher m = tags.matcher(lines[i]);
            while (m.find()) {
                depth += m.group(1).isEmpty() ? 1 : -1;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * The parse tree made Python-Markdown's: emphasis where CommonMark left the asterisks as text
     * (a closing asterisk may follow a space: {@code *viable *organisation} is emphasis, within one
     * run of text), and definitions of several paragraphs loose.
     */
    static void adjust(Document document, Map<String, String> abbreviations) {
        // A definition of several paragraphs has each in <p>, as def_list writes it.
        for (Node node : document.getDescendants()) {
            if (node instanceof com.vladsch.flexmark.ext.definition.DefinitionItem item && item.getFirstChild() != null
                    && item.getFirstChild().getNext() != null) {
                item.setLoose(true);
            }
        }
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text && node.getChars().indexOf('*') >= 0) {
                texts.add((Text) node);
            }
        }
        for (Text text : texts) {
            split(text, STRONG, true);
        }
        texts.clear();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text && node.getChars().indexOf('*') >= 0) {
                texts.add((Text) node);
            }
        }
        for (Text text : texts) {
            split(text, EMPHASIS, false);
        }
        if (!abbreviations.isEmpty()) {
            abbreviate(document, abbreviations);
        }
    }

    /** An abbreviation of {@code abbr}, written {@code <abbr title="...">} around its text. */
    static final class Abbreviation extends Node {
        private final String title;

        Abbreviation(BasedSequence chars, String title) {
            super(chars);
            this.title = title;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /**
     * Each whole-word use of a defined abbreviation in the page's text (not in code), wrapped in
     * an {@link Abbreviation}, as {@code abbr} does; the longest first where two overlap.
     */
    private static void abbreviate(Document document, Map<String, String> abbreviations) {
        List<String> names = new ArrayList<>(abbreviations.keySet());
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder alternatives = new StringBuilder();
        for (String name : names) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(name));
        }
        Pattern words = Pattern.compile("\\b(?:" + alternatives + ")\\b");
        List<Text> texts = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Text && !(node.getParent() instanceof com.vladsch.flexmark.ast.Code)
                    && words.matcher(node.getChars()).find()) {
                texts.add((Text) node);
            }
        }
        for (Text text : texts) {
            BasedSequence chars = text.getChars();
            Matcher m = words.matcher(chars);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) {
                    text.insertBefore(new Text(chars.subSequence(at, m.start())));
                }
                BasedSequence word = chars.subSequence(m.start(), m.end());
                Abbreviation abbr = new Abbreviation(word, abbreviations.get(m.group()));
                abbr.appendChild(new Text(word));
                text.insertBefore(abbr);
                at = m.end();
            }
            if (at < chars.length()) {
                text.insertBefore(new Text(chars.subSequence(at, chars.length())));
            }
            text.unlink();
        }
    }

    private static void split(Text text, Pattern pattern, boolean strong) {
        BasedSequence chars = text.getChars();
        Matcher m = pattern.matcher(chars);
        int at = 0;
        boolean changed = false;
        while (m.find()) {
            int marker = strong ? 2 : 1;
            if (m.start() > at) {
                text.insertBefore(new Text(chars.subSequence(at, m.start())));
            }
            BasedSequence open = chars.subSequence(m.start(), m.start() + marker);
            BasedSequence inner = chars.subSequence(m.start() + marker, m.end() - marker);
            BasedSequence close = chars.subSequence(m.end() - marker, m.end());
            Node wrapper = strong ? new StrongEmphasis(open, inner, close) : new Emphasis(open, inner, close);
            wrapper.appendChild(new Text(inner));
            text.insertBefore(wrapper);
            at = m.end();
            changed = true;
        }
        if (changed) {
            if (at < chars.length()) {
                text.insertBefore(new Text(chars.subSequence(at, chars.length())));
            }
            text.unlink();
        }
    }

    /** The {@code toc} extension's slug of a heading's text: ASCII, lower case, words joined by hyphens. */
    static String tocSlug(String text) {
        String ascii = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD).replaceAll("[^\\x00-\\x7F]", "");
        String words = ascii.replaceAll("[^\\w\\s-]", "").strip().toLowerCase(Locale.ROOT);
        return words.replaceAll("[-\\s]+", "-");
    }

    /** The {@code toc} extension's way to keep ids apart: {@code id}, then {@code id_1}, {@code id_2}... */
    static String unique(String id, Set<String> taken) {
        String candidate = id;
        while (candidate.isEmpty() || taken.contains(candidate)) {
            Matcher m = Pattern.compile("^(.*)_([0-9]+)$").matcher(candidate);
            candidate = m.matches() ? m.group(1) + "_" + (Integer.parseInt(m.group(2)) + 1) : candidate + "_1";
        }
        taken.add(candidate);
        return candidate;
    }

    /**
     * Admonitions (and {@code pymdownx.details}' collapsible blocks), headings and abbreviations
     * written as Python-Markdown writes them; with {@code superfences}, fenced code as
     * {@code pymdownx.superfences} writes it.
     */
    static NodeRendererFactory renderers(boolean superfences) {
        return options -> new NodeRenderer() {
            @Override
            public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
                Set<NodeRenderingHandler<?>> set = new HashSet<>();
                set.add(new NodeRenderingHandler<>(AdmonitionBlock.class, MkDocs::admonition));
                set.add(new NodeRenderingHandler<>(Heading.class, MkDocs::heading));
                set.add(new NodeRenderingHandler<>(Abbreviation.class, (node, context, html) -> {
                    html.raw("<abbr title=\"" + escape(node.title) + "\">");
                    context.renderChildren(node);
                    html.raw("</abbr>");
                }));
                if (superfences) {
                    set.add(new NodeRenderingHandler<>(com.vladsch.flexmark.ast.FencedCodeBlock.class, MkDocs::fencedCode));
                }
                return set;
            }
        };
    }

    /**
     * {@code <div class="highlight"><pre><code class="language-x">...</code></pre></div>}: the
     * structure {@code pymdownx.superfences} writes (with Pygments, whose colours this library
     * leaves out), so that a site's stylesheet for it still applies.
     */
    private static void fencedCode(com.vladsch.flexmark.ast.FencedCodeBlock node, NodeRendererContext context,
            HtmlWriter html) {
        String info = node.getInfo().toString().strip();
        String language = info.isEmpty() ? "" : info.split("[\\s{]", 2)[0].replaceFirst("^\\.", "");
        html.line().attr("class", "highlight").withAttr().tag("div").raw("<pre><code");
        if (!language.isEmpty()) {
            html.raw(" class=\"language-" + escape(language) + "\"");
        }
        html.raw(">").text(node.getContentChars().normalizeEOL()).raw("</code></pre>").tag("/div").line();
    }

    /**
     * {@code <div class="admonition note" role="note"><p class="admonition-title">Title</p>...</div>}:
     * Python-Markdown's structure, with the {@code note} role so that assistive technology
     * announces it as an aside. Without a title, the kind is the title; an empty one ({@code ""})
     * means none. A collapsible one ({@code ???}, {@code ???+} open) is {@code pymdownx.details}':
     * {@code <details class="note"><summary>Title</summary>...</details>}.
     */
    private static void admonition(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        String kind = node.getInfo().toString().toLowerCase(Locale.ROOT);
        String title = node.getTitleOpeningMarker().isNull() ? capitalised(kind) : node.getTitle().toString();
        String marker = node.getOpeningMarker().toString();
        if (marker.startsWith("???")) {
            html.line().attr("class", kind);
            if (marker.endsWith("+")) {
                html.attr("open", "open");
            }
            html.withAttr().tag("details").line();
            html.tag("summary").text(title.isEmpty() ? capitalised(kind) : title).tag("/summary").line();
            context.renderChildren(node);
            html.tag("/details").line();
            return;
        }
        html.line().attr("class", "admonition " + kind).attr("role", "note").withAttr().tag("div").line();
        if (!title.isEmpty()) {
            html.attr("class", "admonition-title").withAttr().tag("p").text(title).tag("/p").line();
        }
        context.renderChildren(node);
        html.tag("/div").line();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String capitalised(String kind) {
        return kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    /** A heading with its id and {@code toc}'s permalink, which also names its heading for screen readers. */
    private static void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
        String id = context.getNodeId(node);
        String tag = "h" + node.getLevel();
        if (id != null && !id.isEmpty()) {
            html.attr("id", id);
        }
        html.srcPos(node.getText()).withAttr().tag(tag);
        context.renderChildren(node);
        if (id != null && !id.isEmpty()) {
            String text = new TextCollectingVisitor().collectAndGetText(node).strip();
            // Written whole: the heading's own attributes (an attribute list's class) are not the link's.
            html.raw("<a class=\"headerlink\" href=\"#" + escape(id) + "\" title=\"Permanent link\" aria-label=\""
                    + escape("Permanent link to \u201c" + text + "\u201d") + "\">&para;</a>");
        }
        html.tag("/" + tag).line();
    }
}
