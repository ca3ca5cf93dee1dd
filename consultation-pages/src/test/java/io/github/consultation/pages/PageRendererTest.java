package io.github.consultation.pages;

import io.github.consultation.render.FormState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

/** Sample pages in the seed's style come through with their constructs, the form at the marker. */
class PageRendererTest {
    private static final PageRenderer PAGES = PageRenderer.create();

    static Page load(String name) {
        try (InputStream in = PageRendererTest.class.getResourceAsStream("pages/" + name + ".md")) {
            return Page.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Document body(String name) {
        return Jsoup.parseBodyFragment(PAGES.render(load(name)).html(FormState.blank("/" + name)));
    }

    @Test
    void theSeedsInlineConstructsComeThrough() {
        Document doc = body("shared-record");
        Element heading = doc.selectFirst("h1");
        assertEquals("color:teal", heading.selectFirst("span").attr("style"));
        assertEquals("A shared record for every child", heading.text());
        assertEquals(List.of("color:sienna", "color:darkgreen", "color:slateblue", "color:crimson"),
                doc.select("p span[style], li span[style]").eachAttr("style"));
        Element cite = doc.selectFirst("blockquote cite");
        assertEquals("Notes from a practitioners\u2019 workshop, spring 2026", cite.text());
        assertEquals("spring 2026", cite.selectFirst("em").text());
        assertEquals(List.of("1", "1"), doc.select("sup").eachText());
        assertEquals("https://example.org/pilot-summary", doc.selectFirst("a[href^=https]").attr("href"));
    }

    @Test
    void metadataLinesAreNotShown() {
        Document doc = body("shared-record");
        assertFalse(doc.text().contains("status:"), doc.text());
        assertFalse(doc.text().contains("draft for comment"));
        assertFalse(doc.text().contains("title:"));
    }

    @Test
    void theLegacyFormIsReplacedByTheLibrarysForm() {
        Document doc = body("shared-record");
        assertEquals(1, doc.select("form").size());
        assertEquals(1, doc.select("#sheets").size());
        Element role = doc.getElementById("mf-role");
        assertEquals("role", role.attr("name"), "the library's form has names on every control");
        assertEquals(15, role.select("option").size());
        assertEquals("/shared-record", doc.getElementById("gs-page").attr("value"));
    }

    @Test
    void theFormStandsWhereTheMarkerWasAndTheRestOfThePageStays() {
        Document doc = body("shared-record");
        Element form = doc.getElementById("sheets");
        Element footnote = doc.select("p:has(sup)").last();
        Element after = doc.selectFirst("p.page-end");
        assertNotNull(after, "unrelated HTML after the legacy form stays");
        List<Element> all = doc.body().getAllElements();
        assertTrue(all.indexOf(footnote) < all.indexOf(form));
        assertTrue(all.indexOf(form) < all.indexOf(after));
    }

    @Test
    void noCommentMarkerLeaksIntoTheHtml() {
        Document doc = body("shared-record");
        assertEquals(List.of(), comments(doc.body()));
    }

    private static List<String> comments(Node node) {
        java.util.ArrayList<String> found = new java.util.ArrayList<>();
        node.forEachNode(n -> {
            if (n instanceof Comment) {
                found.add(((Comment) n).getData());
            }
        });
        return found;
    }

    @Test
    void eachLegacyFormIsReplacedByItsVariant() {
        assertEquals(FormVariant.FULL, PAGES.render(load("shared-record")).formVariant().orElseThrow());
        assertEquals(FormVariant.MINIMAL, PAGES.render(load("older-minimal")).formVariant().orElseThrow());
        assertEquals(FormVariant.DEMO, PAGES.render(load("demonstration")).formVariant().orElseThrow());

        Document minimal = body("older-minimal");
        assertEquals("Feedback regarding this page", minimal.selectFirst("#sheets h2").text());
        assertEquals(List.of("page", "hp_field", "summary", "details"),
                minimal.select("#sheets input, #sheets textarea, #sheets select").eachAttr("name"));

        Document demo = body("demonstration");
        assertTrue(demo.getElementById("sheets").hasClass("is-demo"));
        assertEquals("true", demo.getElementById("gs-form").attr("data-disabled"));
        assertTrue(demo.getElementById("gs-summary").hasAttr("disabled"));
    }

    @Test
    void aPageWithoutAMarkerGetsTheFormAtItsEndUnlessTheSiteSaysNo() {
        Document doc = body("no-marker");
        assertEquals("sheets", doc.body().children().last().id());
        RenderedPage without = PageRenderer.builder().formWithoutMarker(false).build().render(load("no-marker"));
        assertTrue(without.formVariant().isEmpty());
        assertEquals(0, Jsoup.parseBodyFragment(without.html(FormState.blank("/x"))).select("form").size());
    }

    @Test
    void theTitleComesFromTheMetadataElseTheHeading() {
        assertEquals("A shared record for every child", PAGES.render(load("shared-record")).title());
        assertEquals("How the work would be governed", PAGES.render(load("older-minimal")).title());
    }
}
