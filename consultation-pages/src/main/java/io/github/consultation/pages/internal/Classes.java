package io.github.consultation.pages.internal;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import io.github.consultation.pages.ElementClasses;
import java.util.Map;

/** Gives the elements Flexmark writes the classes a host's {@link ElementClasses} name. */
final class Classes {
    private Classes() {
    }

    /** The attribute provider for {@code classes}. */
    static IndependentAttributeProviderFactory provider(ElementClasses classes) {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (Node node, AttributablePart part, MutableAttributes attributes) -> {
                    if (part != AttributablePart.NODE && part != AttributablePart.LINK) {
                        return;
                    }
                    String element = element(node);
                    if (element != null) {
                        classes.of(element).ifPresent(names -> attributes.addValue("class", names));
                    }
                };
            }
        };
    }

    /** The element Flexmark writes for each kind of node whose element does not depend on the node. */
    private static final Map<Class<? extends Node>, String> ELEMENTS = Map.ofEntries(
            Map.entry(Paragraph.class, "p"), Map.entry(BulletList.class, "ul"), Map.entry(OrderedList.class, "ol"),
            Map.entry(ListItem.class, "li"), Map.entry(Link.class, "a"), Map.entry(AutoLink.class, "a"),
            Map.entry(BlockQuote.class, "blockquote"), Map.entry(ThematicBreak.class, "hr"),
            Map.entry(Image.class, "img"), Map.entry(FencedCodeBlock.class, "pre"),
            Map.entry(IndentedCodeBlock.class, "pre"), Map.entry(Code.class, "code"),
            Map.entry(TableBlock.class, "table"), Map.entry(TableHead.class, "thead"),
            Map.entry(TableBody.class, "tbody"), Map.entry(TableRow.class, "tr"));

    /** The element Flexmark writes for {@code node}, or null for one no host styles. */
    static String element(Node node) {
        if (node instanceof Heading) {
            return "h" + ((Heading) node).getLevel();
        }
        if (node instanceof TableCell) {
            return ((TableCell) node).isHeader() ? "th" : "td";
        }
        return ELEMENTS.get(node.getClass());
    }
}
