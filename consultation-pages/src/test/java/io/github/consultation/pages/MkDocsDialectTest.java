package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.FormState;
import io.github.consultation.pages.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Pages written for MkDocs render as MkDocs renders them: each sample page under
 * {@code src/test/resources/.../mkdocs} against the HTML that Python-Markdown made of it (committed
 * beside it; {@code ./regenerate} makes it again). Element structure and text are compared, not
 * bytes. Where this library differs on purpose, the difference is named in {@link #DIFFERENCES} and
 * taken out of the comparison, nothing else.
 */
class MkDocsDialectTest {
    private static final Path FIXTURES = Path.of("src/test/resources/io/github/consultation/pages/mkdocs");

    /** Where this library writes otherwise than Python-Markdown, on purpose, and why. */
    static final Map<String, String> DIFFERENCES = Map.of(
            "aria-label on a permalink", "the permalink's text is a pilcrow; the label says which heading it links to",
            "role=note on an admonition", "so that assistive technology announces it as an aside",
            "no back link from a footnote nothing refers to", "Python-Markdown writes a link to a reference that is not there",
            "addresses resolved", "relative links and images resolve from the site's base (a leading /)",
            "heading ids kept clear", "no heading takes an id of the feedback form's or the host's (it gets _1 instead)",
            "safer raw HTML", "raw HTML passes the sanitiser: scripts, event handlers and other styles go",
            "code not coloured", "superfences' code is written in Pygments' structure without Pygments' colours (its spans);"
                    + " the code names its language, as fenced_code's does");

    private static final Set<String> IGNORED_ATTRIBUTES = Set.of("aria-label", "role");

    /** The extensions a sample page names on its first line, beside the ones every page is written for. */
    private static final java.util.regex.Pattern EXTENSIONS = java.util.regex.Pattern.compile("^<!-- extensions: ([^>]*) -->");

    static RenderedPage render(String name) throws IOException {
        String source = Files.readString(FIXTURES.resolve(name + ".md"), StandardCharsets.UTF_8);
        java.util.regex.Matcher named = EXTENSIONS.matcher(source);
        List<String> extensions = named.find() ? List.of(named.group(1).strip().split("\\s+")) : List.of();
        return PageRenderer.builder().dialect(MarkdownDialect.MKDOCS).extensions(extensions).formWithoutMarker(false)
                .colours(ColourPolicy.KEEP).build().render(Page.parse(name, source));
    }

    @TestFactory
    Stream<DynamicTest> everySamplePageRendersAsPythonMarkdownRendersIt() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(FIXTURES)) {
            for (Path md : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String name = md.getFileName().toString().replace(".md", "");
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String expected = Files.readString(FIXTURES.resolve(name + ".python-markdown.html"), StandardCharsets.UTF_8);
                    String actual = render(name).html(FormState.blank("/" + name));
                    assertEquals(canonical(expected, name), canonical(actual, name), name);
                }));
            }
        }
        assertTrue(tests.size() >= 12, "a sample of every construct");
        return tests.stream();
    }

    @Test
    void theIssuesTwoEmphasesAreEmphasis() throws IOException {
        String html = render("emphasis").html(FormState.blank("/e"));
        assertTrue(html.contains("<em>viable </em>organisation"), html);
        assertTrue(html.contains("<strong>cost </strong>of"), html);
    }

    @Test
    void everyFootnoteIsShownInTheAuthorsOrderAndTheUnreferencedAreFound() throws IOException {
        RenderedPage page = render("footnotes");
        assertEquals(List.of("survey", "review", "1", "2", "3"), page.footnotes().stream().map(Footnote::label).toList());
        assertEquals(List.of(true, true, false, false, false), page.footnotes().stream().map(Footnote::referenced).toList());
        List<PageFinding> unreferenced = page.findings().stream()
                .filter(f -> f.kind() == PageFinding.Kind.UNREFERENCED_FOOTNOTE).toList();
        assertEquals(List.of(7, 8, 9), unreferenced.stream().map(PageFinding::line).toList());
        assertEquals("the footnote [^1] is not referred to in the text; it is shown at the end all the same",
                unreferenced.get(0).message());
    }

    /** The DOM as text: each element with its attributes (the named differences aside), text with white space collapsed. */
    static String canonical(String html, String name) {
        StringBuilder out = new StringBuilder();
        for (Node n : Jsoup.parseBodyFragment(html).body().childNodes()) {
            canonical(n, out, 0);
        }
        return out.toString();
    }

    private static void canonical(Node node, StringBuilder out, int depth) {
        if (node instanceof TextNode) {
            String text = ((TextNode) node).getWholeText().replaceAll("[\\s\u00a0]+", " ").strip();
            if (!text.isEmpty()) {
                out.append("  ".repeat(depth)).append('"').append(text).append("\"\n");
            }
            return;
        }
        if (!(node instanceof Element)) {
            return;
        }
        Element e = (Element) node;
        if (e.tagName().equals("span") && e.closest("div.highlight pre") != null && e.childNodeSize() == 0) {
            return; // Pygments' empty span (a named difference)
        }
        if (e.tagName().equals("code") && e.closest("div.highlight") != null) {
            // The code's text, whatever spans Pygments coloured it with (a named difference).
            out.append("  ".repeat(depth)).append("<code>\n").append("  ".repeat(depth + 1)).append('"')
                    .append(e.wholeText().replaceAll("[\\s\u00a0]+", " ").strip()).append("\"\n");
            return;
        }
        if (e.tagName().equals("a") && e.hasClass("footnote-backref")
                && e.ownerDocument().getElementById(e.attr("href").substring(1)) == null) {
            return; // Python-Markdown's back link to a reference that does not exist (a named difference)
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute a : e.attributes()) {
            if (!IGNORED_ATTRIBUTES.contains(a.getKey())) {
                String value = a.getValue().strip();
                if ((a.getKey().equals("href") || a.getKey().equals("src")) && value.startsWith("/")) {
                    value = value.substring(1);
                }
                attributes.put(a.getKey(), value);
            }
        }
        out.append("  ".repeat(depth)).append('<').append(e.tagName()).append(' ').append(attributes).append(">\n");
        for (Node child : e.childNodes()) {
            canonical(child, out, depth + 1);
        }
    }
}
