package io.github.consultation.pages;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.pages.Page;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A rendered page gives its headings, footnotes and quotes as data, and each construct survives. */
class PageContentTest {
    private static final List<String> SAMPLES = List.of("every-construct", "front-matter", "duplicate-headings",
            "hostile-html", "shared-record", "older-minimal", "demonstration", "no-marker");

    private static RenderedPage render(String name) {
        return PageRenderer.create().render(PageRendererTest.load(name));
    }

    private static Document body(RenderedPage page) {
        return Jsoup.parseBodyFragment(page.html(FormState.blank("/" + page.page().slug())));
    }

    @Test
    void headingsComeWithStableUniqueIds() {
        RenderedPage page = render("every-construct");
        assertEquals(List.of(new Heading(1, "every-construct-on-one-page", "Every construct on one page"),
                new Heading(4, "a-quotation", "A quotation"), new Heading(4, "an-image-and-a-table", "An image and a table")),
                page.headings());
        Document doc = body(page);
        for (Heading h : page.headings()) {
            assertEquals(h.text(), doc.getElementById(h.id()).text());
        }
        List<Heading> dupes = render("duplicate-headings").headings();
        assertEquals(List.of("questions", "costs", "costs-1"), dupes.stream().map(Heading::id).toList());
        assertEquals(dupes, render("duplicate-headings").headings(), "the same page gives the same ids");
    }

    @Test
    void headingIdsKeepClearOfTheFormsIdsAndTheHosts() {
        String markdown = "# Sheets\n\nText.\n\n## Sheets\n\n## GS form\n\n## Second sheets\n\n## Main\n\n<!-- feedback -->\n";
        for (String prefix : List.of("", "second-")) {
            PageRenderer renderer = PageRenderer.builder().form(FormRenderer.builder().idPrefix(prefix).build())
                    .reserveIds("main").build();
            RenderedPage page = renderer.render(Page.parse("sheets", markdown));
            Document doc = body(page);
            for (Element element : doc.select("[id]")) {
                assertEquals(1, doc.select("[id=" + element.id() + "]").size(), element.id() + " is used twice");
            }
            List<String> ids = page.headings().stream().map(Heading::id).toList();
            assertEquals(prefix.isEmpty() ? List.of("sheets-2", "sheets-1", "gs-form-1", "second-sheets", "main-1")
                    : List.of("sheets", "sheets-1", "gs-form", "second-sheets-1", "main-1"), ids);
            for (Heading h : page.headings()) {
                assertEquals(h.text(), doc.getElementById(h.id()).text());
            }
        }
    }

    @Test
    void bothKindsOfFootnoteAreData() {
        List<Footnote> notes = render("every-construct").footnotes();
        assertEquals(2, notes.size());
        Footnote markdown = notes.get(0);
        assertEquals("pilot", markdown.label());
        assertEquals("The pilot is described on its own page.", markdown.text());
        assertTrue(markdown.referenced());
        Footnote handWritten = notes.get(1);
        assertEquals("1", handWritten.label());
        assertEquals("A hand-written note, in the seed\u2019s style, with a link.".replace('\u2019', '\''), handWritten.text());
        assertTrue(handWritten.referenced());
        assertEquals("https://example.org/note", Jsoup.parseBodyFragment(handWritten.html()).selectFirst("a").attr("href"));
    }

    @Test
    void aMarkWithoutItsNoteIsNotReferenced() {
        RenderedPage page = PageRenderer.create().render(Page.parse("p",
                "Text.\n\n<!-- footnotes -->\n<sup>7</sup> A note nobody points to.\n"));
        assertEquals(List.of(new Footnote("7", "A note nobody points to.", "<p><sup>7</sup> A note nobody points to.</p>",
                false)), page.footnotes());
    }

    @Test
    void quotesComeWithTheirAttribution() {
        List<Quote> quotes = render("every-construct").quotes();
        assertEquals(1, quotes.size());
        assertEquals("Records that travel with the child save the family from telling their story again.",
                quotes.get(0).text());
        assertEquals(Optional.of("A social worker in the pilot, interview notes"), quotes.get(0).attribution());
        assertEquals("interview notes", Jsoup.parseBodyFragment(quotes.get(0).html()).selectFirst("cite em").text());
        Quote bare = PageRenderer.create().render(Page.parse("p", "> Just words.\n")).quotes().get(0);
        assertEquals(Optional.empty(), bare.attribution());
    }

    @Test
    void imagesKeepAltAndTitleAndFileNamesWithSpacesWork() {
        Element img = body(render("every-construct")).selectFirst("img");
        assertEquals("/images/record%20flow.png", img.attr("src"));
        assertEquals("A diagram of records moving between two authorities", img.attr("alt"));
        assertEquals("How a record moves", img.attr("title"));
    }

    @Test
    void relativeAddressesResolveAgainstTheBaseAndPagesLinkToPages() {
        PageRenderer renderer = PageRenderer.builder().linkBase("https://cdn.example.org/consultation/").build();
        Page page = PageRendererTest.load("every-construct").inDirectory("part");
        Document doc = body(renderer.render(page));
        assertEquals("https://cdn.example.org/consultation/part/images/record%20flow.png", doc.selectFirst("img").attr("src"));
        assertEquals("https://cdn.example.org/consultation/part/appendices/costs#summary",
                doc.selectFirst("a:contains(costs page)").attr("href"));
        assertEquals("https://example.org/report", doc.selectFirst("a:contains(outside source)").attr("href"));
    }

    @Test
    void theSeedsConstructsSurviveSanitising() {
        Document doc = body(render("every-construct"));
        assertEquals(List.of("color:teal", "color:sienna", "color:darkgreen", "color:teal", "color:teal"),
                doc.select("span[style]").eachAttr("style"));
        assertEquals(2, doc.select("table tr").size() - 1);
        assertEquals("Last reviewed in the spring.", doc.selectFirst("div.page-end").text());
        assertEquals(1, doc.select("form").size());
    }

    @Test
    void sanitisingDropsScriptsHandlersAndDangerousAddresses() {
        Document doc = body(render("hostile-html"));
        assertTrue(doc.select("script, iframe").isEmpty());
        assertTrue(doc.select("[onclick], [onerror]").isEmpty());
        assertTrue(doc.select("a[href^=javascript]").isEmpty());
        assertEquals("A link that runs script", doc.select("p").get(1).text());
        assertEquals("color:crimson", doc.selectFirst("span[style]").attr("style"));
        assertEquals("An image with a handler", doc.selectFirst("img").attr("alt"));
    }

    @Test
    void trustedPassesHtmlAndEscapedShowsIt() {
        Page hostile = PageRendererTest.load("hostile-html");
        Document trusted = body(PageRenderer.builder().rawHtml(RawHtml.TRUSTED).build().render(hostile));
        assertEquals(1, trusted.select("p[onclick]").size());
        Document escaped = body(PageRenderer.builder().rawHtml(RawHtml.ESCAPED).build().render(hostile));
        assertTrue(escaped.select("p[onclick], script, iframe").isEmpty());
        assertTrue(escaped.text().contains("<script>alert(\"script\")</script>"), escaped.text());
    }

    @Test
    void noMarkerOrMetadataLeaksIntoAnySamplePage() {
        for (String name : SAMPLES) {
            Page source = PageRendererTest.load(name);
            for (RawHtml policy : RawHtml.values()) {
                Document doc = body(PageRenderer.builder().rawHtml(policy).build().render(source));
                doc.body().forEachNode(n -> assertFalse(n instanceof Comment, name + " " + policy + ": " + n));
                String text = doc.text();
                assertFalse(text.contains("<!--") || text.contains("-->"), name + " " + policy);
                for (Map.Entry<String, String> meta : source.metadata().entrySet()) {
                    assertFalse(text.contains(meta.getKey() + ":"), name + " " + policy + " shows " + meta.getKey());
                    if (!meta.getKey().equals("title")) {
                        for (String line : meta.getValue().split("\n")) {
                            assertFalse(text.contains(line), name + " " + policy + " shows " + line);
                        }
                    }
                }
            }
        }
    }
}
