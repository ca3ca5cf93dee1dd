package io.github.consultation.pages.internal;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.PhasedNodeRenderer;
import com.vladsch.flexmark.html.renderer.RenderingPhase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's footnotes, every one of them: those the text refers to, and those it does not, which
 * the author wrote all the same and the reader must see (Flexmark's own renderer drops them). In
 * the CommonMark dialect, as Flexmark writes footnotes (referenced ones in reference order), then
 * the others in the author's order; in the MkDocs dialect, as Python-Markdown's {@code footnotes}
 * writes them: all in the author's order, numbered so. A footnote nothing refers to has no link
 * back to the text, since there is nothing to go back to (Python-Markdown writes a broken one).
 */
final class Footnotes implements NodeRenderer, PhasedNodeRenderer {
    /** Set on a document whose footnotes have a place of their own (before its form), rather than its end. */
    private static final com.vladsch.flexmark.util.data.DataKey<Boolean> PLACED =
            new com.vladsch.flexmark.util.data.DataKey<>("CONSULTATION_FOOTNOTES_PLACED", false);

    /** Where the list of footnotes goes when it does not go at the end. */
    static final class Place extends com.vladsch.flexmark.util.ast.Block {
        @Override
        public com.vladsch.flexmark.util.sequence.BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    private final boolean mkdocs;

    Footnotes(boolean mkdocs) {
        this.mkdocs = mkdocs;
    }

    /**
     * Puts the list of the document's footnotes before its top-level paragraph whose text is
     * {@code slot} (where the page's form goes), so that they end the page's text, before its form;
     * without that paragraph they stay at the document's end.
     */
    static void placeBefore(Document document, String slot) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Paragraph && node.getChars().toString().strip().equals(slot)) {
                node.insertBefore(new Place());
                document.set(PLACED, true);
                return;
            }
        }
    }

    /** Every footnote of {@code document}, in the order this dialect lists them. */
    static List<FootnoteBlock> inOrder(Document document, boolean mkdocs) {
        List<FootnoteBlock> all = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof FootnoteBlock) {
                all.add((FootnoteBlock) node);
            }
        }
        if (mkdocs) {
            return all;
        }
        List<FootnoteBlock> referenced = new ArrayList<>(all.stream().filter(FootnoteBlock::isReferenced).toList());
        referenced.sort(Comparator.comparingInt(FootnoteBlock::getFootnoteOrdinal));
        Set<FootnoteBlock> ordered = new LinkedHashSet<>(referenced);
        ordered.addAll(all);
        return List.copyOf(ordered);
    }

    /** The number each footnote shows, by its label. */
    private static Map<String, Integer> numbers(Document document, boolean mkdocs) {
        Map<String, Integer> numbers = new HashMap<>();
        int n = 0;
        for (FootnoteBlock block : inOrder(document, mkdocs)) {
            numbers.putIfAbsent(block.getText().toString(), ++n);
        }
        return numbers;
    }

    /** The id of the list item of {@code block}, whose number is {@code number}. */
    static String itemId(FootnoteBlock block, int number, boolean mkdocs) {
        return mkdocs ? "fn:" + block.getText() : "fn-" + number;
    }

    /** The id of a reference to the footnote labelled {@code label} with {@code number}. */
    private static String refId(String label, int number, boolean mkdocs) {
        return mkdocs ? "fnref:" + label : "fnref-" + number;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        Set<NodeRenderingHandler<?>> set = new java.util.HashSet<>();
        set.add(new NodeRenderingHandler<>(Footnote.class, this::reference));
        set.add(new NodeRenderingHandler<>(FootnoteBlock.class, (node, context, html) -> { }));
        set.add(new NodeRenderingHandler<>(Place.class, (node, context, html) -> list(context, html, node.getDocument())));
        return set;
    }

    private void reference(Footnote node, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            // No definition: the author's text stays as written.
            html.text(node.getChars().toString());
            return;
        }
        String label = block.getText().toString();
        int number = numbers(node.getDocument(), mkdocs).get(label);
        html.raw("<sup id=\"" + refId(label, number, mkdocs) + "\"><a class=\"footnote-ref\" href=\"#"
                + itemId(block, number, mkdocs) + "\">" + number + "</a></sup>");
    }

    @Override
    public Set<RenderingPhase> getRenderingPhases() {
        return Set.of(RenderingPhase.BODY_BOTTOM);
    }

    @Override
    public void renderDocument(NodeRendererContext context, HtmlWriter html, Document document, RenderingPhase phase) {
        if (phase == RenderingPhase.BODY_BOTTOM && !PLACED.get(document)) {
            list(context, html, document);
        }
    }

    /** The list of every footnote of {@code document}, if it has any. */
    private void list(NodeRendererContext context, HtmlWriter html, Document document) {
        List<FootnoteBlock> blocks = inOrder(document, mkdocs);
        if (blocks.isEmpty()) {
            return;
        }
        Map<String, Integer> numbers = numbers(document, mkdocs);
        html.line().raw(mkdocs ? "<div class=\"footnote\">" : "<div class=\"footnotes\">").line();
        html.raw("<hr />").line().raw(mkdocs ? "<ol>" : "<ol>");
        for (FootnoteBlock block : blocks) {
            String label = block.getText().toString();
            int number = numbers.get(label);
            NodeRendererContext sub = context.getSubContext(false);
            sub.renderChildren(block);
            String body = sub.getHtmlWriter().toString().strip();
            if (mkdocs) {
                html.line().raw("<li id=\"" + itemId(block, number, true) + "\">").line();
                if (block.isReferenced()) {
                    String back = "&#160;<a class=\"footnote-backref\" href=\"#" + refId(label, number, true)
                            + "\" title=\"Jump back to footnote " + number + " in the text\">&#8617;</a>";
                    int end = body.lastIndexOf("</p>");
                    body = end < 0 ? body + back : body.substring(0, end) + back + body.substring(end);
                }
                html.raw(body).line().raw("</li>");
            } else {
                html.raw("<li id=\"" + itemId(block, number, false) + "\">").line().raw(body).line();
                if (block.isReferenced()) {
                    html.raw("<a href=\"#" + refId(label, number, false) + "\" class=\"footnote-backref\">&#8617;</a>")
                            .line();
                }
                html.raw("</li>");
            }
        }
        html.raw("</ol>").line().raw("</div>").line();
    }

    /** The renderer's factory, for Flexmark. */
    static com.vladsch.flexmark.html.renderer.NodeRendererFactory factory(boolean mkdocs) {
        return options -> new Footnotes(mkdocs);
    }
}
