package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.FormState;
import io.github.consultation.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A design system's classes on what Markdown writes: GOV.UK Frontend's typography, and a host's own. */
class ElementClassesTest {
    private static final String MARKDOWN = String.join("\n",
            "# Title", "", "Some text with [a link](other) and `code`.", "", "## Section", "", "### Part", "",
            "#### Detail", "", "- one", "- two", "", "Then:", "", "1. first", "2. second", "", "> Quoted words", "", "---", "",
            "| Head | Other |", "|------|-------|", "| cell | more |", "",
            "<p class=\"author-own\">Written by the author</p>", "");

    private static Document render(ElementClasses classes, MarkdownDialect dialect) {
        PageRenderer pages = PageRenderer.builder().elementClasses(classes).dialect(dialect).formWithoutMarker(false).build();
        return Jsoup.parseBodyFragment(pages.render(Page.parse("p", MARKDOWN)).html(FormState.blank("/p")));
    }

    @Test
    void govukTypographyOnEveryElement() {
        for (MarkdownDialect dialect : MarkdownDialect.values()) {
            Document doc = render(ElementClasses.GOVUK, dialect);
            assertEquals("govuk-heading-xl", doc.selectFirst("h1").className(), dialect.name());
            assertEquals("govuk-heading-l", doc.selectFirst("h2").className());
            assertEquals("govuk-heading-m", doc.selectFirst("h3").className());
            assertEquals("govuk-heading-s", doc.selectFirst("h4").className());
            assertEquals("govuk-body", doc.selectFirst("p").className());
            assertEquals("govuk-list govuk-list--bullet", doc.selectFirst("ul").className());
            assertEquals("govuk-list govuk-list--number", doc.selectFirst("ol").className());
            assertEquals("govuk-link", doc.selectFirst("p a").className(), "the page's links (a permalink keeps its own)");
            assertEquals("other", doc.selectFirst("p a").attr("href").replaceAll(".*/", ""));
            assertEquals("govuk-inset-text", doc.selectFirst("blockquote").className());
            assertEquals("govuk-section-break govuk-section-break--l govuk-section-break--visible",
                    doc.selectFirst("hr").className());
            assertEquals("govuk-table", doc.selectFirst("table").className());
            assertEquals("govuk-table__header", doc.selectFirst("th").className());
            assertEquals("govuk-table__cell", doc.selectFirst("td").className());
            assertEquals("govuk-table__row", doc.selectFirst("tr").className());
            assertEquals("author-own", doc.selectFirst("p:contains(Written by the author)").className(),
                    "the author's own HTML keeps its classes");
            assertEquals("title", doc.selectFirst("h1").id(), "ids are kept");
        }
    }

    /** The form still stands where the page's marker is, whatever class paragraphs are given. */
    @Test
    void theFormTakesItsPlaceAmongStyledParagraphs() {
        PageRenderer pages = PageRenderer.builder().elementClasses(ElementClasses.GOVUK).build();
        String html = pages.render(Page.parse("p", "# Title\n\nBefore.\n\n<!-- feedback form -->\n\nAfter.\n"))
                .html(FormState.blank("/p"));
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.getElementById("gs-form") != null, html);
        assertTrue(!html.contains("CONSULTATIONFORMSLOT"), html);
        assertTrue(html.indexOf("Before.") < html.indexOf("gs-form") && html.indexOf("gs-form") < html.indexOf("After."));
    }

    @Test
    void noneLeavesMarkdownsHtmlAsItIs() {
        String plain = PageRenderer.builder().formWithoutMarker(false).build().render(Page.parse("p", MARKDOWN))
                .html(FormState.blank("/p"));
        String none = PageRenderer.builder().formWithoutMarker(false).elementClasses(ElementClasses.NONE).build()
                .render(Page.parse("p", MARKDOWN)).html(FormState.blank("/p"));
        assertEquals(plain, none);
        assertTrue(Jsoup.parseBodyFragment(none).select("[class]").stream()
                .allMatch(e -> e.className().equals("author-own")));
    }

    @Test
    void aHostExtendsAPreset() {
        ElementClasses mine = ElementClasses.GOVUK.toBuilder().put("h1", "govuk-heading-l").put("code", "app-code")
                .remove("hr").build();
        Document doc = render(mine, MarkdownDialect.COMMONMARK);
        assertEquals("govuk-heading-l", doc.selectFirst("h1").className());
        assertEquals("app-code", doc.selectFirst("code").className());
        assertEquals("", doc.selectFirst("hr").className());
        assertEquals("govuk-heading-xl", ElementClasses.GOVUK.of("h1").orElseThrow(), "the preset is unchanged");
    }

    @Test
    void theBuilderNamesEachProblem() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ElementClasses.builder()
                .put("script", "x").put("p", "a\" onclick=\"x").build());
        assertTrue(e.getMessage().contains("'script' is not an element Markdown writes"), e.getMessage());
        assertTrue(e.getMessage().contains("the classes of p must be names separated by spaces"), e.getMessage());
    }
}
