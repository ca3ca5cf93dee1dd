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

    HeadingIds(Set<String> reserved) {
        this.reserved = Set.copyOf(reserved);
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
                flexmark.generateIds(document);
                renameClashes(document);
            }

            @Override
            public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
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
