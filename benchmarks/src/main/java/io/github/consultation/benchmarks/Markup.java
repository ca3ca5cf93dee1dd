package io.github.consultation.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Markup compared as a browser would read it: elements, attributes (in any order, boolean ones
 * by presence) and text with white space collapsed. Used to check, before any timing, that each
 * competitor produces the same form as the library.
 */
final class Markup {
    private static final Set<String> BOOLEAN = Set.of("required", "hidden", "novalidate", "selected", "disabled");

    private Markup() {
    }

    /** The canonical form of {@code html}. */
    static String canonical(String html) {
        List<String> out = new ArrayList<>();
        walk(Jsoup.parseBodyFragment(html).body(), out);
        return String.join("\n", out);
    }

    private static void walk(Node node, List<String> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode) {
                String text = ((TextNode) child).getWholeText().replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    out.add("text " + text);
                }
            } else if (child instanceof Element) {
                Element e = (Element) child;
                List<String> attributes = new ArrayList<>();
                for (Attribute a : e.attributes()) {
                    attributes.add(BOOLEAN.contains(a.getKey()) ? a.getKey() : a.getKey() + "=" + a.getValue());
                }
                attributes.sort(null);
                out.add("<" + e.tagName() + " " + attributes + ">");
                walk(e, out);
                out.add("</" + e.tagName() + ">");
            }
        }
    }

    /**
     * Checks that {@code competitor} produced the same markup as {@code library}.
     *
     * @throws IllegalStateException naming the first difference, so that an unfair comparison
     *     never gets timed
     */
    static void requireSame(String engine, String library, String competitor) {
        String[] a = canonical(library).split("\n");
        String[] b = canonical(competitor).split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "(end)";
            String y = i < b.length ? b[i] : "(end)";
            if (!x.equals(y)) {
                throw new IllegalStateException(engine + " differs from the library at item " + i + ":\n  library:    " + x
                        + "\n  " + engine + ": " + y);
            }
        }
    }
}
