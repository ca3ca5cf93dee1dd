package io.github.consultation.pages.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Flexmark's heading ids, kept clear of the ids that the page carries beside its Markdown (the
 * form's): a heading whose id would be one of them gets the next free {@code -n} suffix, as
 * Flexmark does for two headings of the same text. Immutable.
 */
final class HeadingIds implements HeaderIdGeneratorFactory {
    private final Set<String> reserved;
    /** Whether ids are made as Python-Markdown's {@code toc} makes them (the MkDocs dialect). */
    private final boolean toc;

    HeadingIds(Set<String> reserved, boolean toc) {
        this.reserved = Set.copyOf(reserved);
        this.toc = toc;
    }

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return clearOfReserved(new HeaderIdGenerator.Factory().create(context));
    }

    @Override
    public HtmlIdGenerator create() {
        return clearOfReserved(new HeaderIdGenerator.Factory().create());
    }

    private HtmlIdGenerator clearOfReserved(HtmlIdGenerator flexmark) {
        return new HtmlIdGenerator() {
            @Override
            public void generateIds(Document document) {
                if (toc) {
                    tocIds(document);
                    return;
                }
                flexmark.generateIds(document);
                renameClashes(document);
            }

            @Override
            public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
                if (toc) {
                    tocIds(document);
                    return;
                }
                flexmark.generateIds(document, preVisitor);
                renameClashes(document);
            }

            @Override
            public String getId(Node node) {
                return flexmark.getId(node);
            }

            @Override
            public String getId(CharSequence text) {
                return flexmark.getId(text);
            }
        };
    }

    /**
     * Ids as {@code toc} makes them: an attribute list's {@code #id} if the heading has one, else
     * the slug of its text; a taken id, one of another heading or one the page reserves, gets
     * {@code _1}, {@code _2}, ...
     */
    private void tocIds(Document document) {
        Set<String> taken = new HashSet<>(reserved);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String explicit = null;
                StringBuilder text = new StringBuilder();
                for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof com.vladsch.flexmark.ext.attributes.AttributesNode) {
                        for (Node a = child.getFirstChild(); a != null; a = a.getNext()) {
                            if (a instanceof com.vladsch.flexmark.ext.attributes.AttributeNode attribute && attribute.isId()) {
                                explicit = attribute.getValue().toString();
                            }
                        }
                    } else {
                        text.append(new com.vladsch.flexmark.util.ast.TextCollectingVisitor().collectAndGetText(child));
                    }
                }
                String id = explicit != null ? explicit : MkDocs.tocSlug(text.toString());
                heading.setAnchorRefId(MkDocs.unique(id, taken));
            }
        }
    }

    private void renameClashes(Document document) {
        Set<String> taken = new HashSet<>(reserved);
        List<Heading> clashing = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getAnchorRefId() != null) {
                if (reserved.contains(heading.getAnchorRefId())) {
                    clashing.add(heading);
                } else {
                    taken.add(heading.getAnchorRefId());
                }
            }
        }
        for (Heading heading : clashing) {
            String base = heading.getAnchorRefId();
            int n = 1;
            while (taken.contains(base + "-" + n)) {
                n++;
            }
            heading.setAnchorRefId(base + "-" + n);
            taken.add(base + "-" + n);
        }
    }
}
