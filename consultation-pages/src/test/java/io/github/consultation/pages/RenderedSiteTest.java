package io.github.consultation.pages;

import io.github.consultation.render.FormState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.pages.Consultation;
import io.github.consultation.model.FormVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of pages rendered once into a site whose pages are served from the cache. */
class RenderedSiteTest {
    static Path site() throws Exception {
        return Path.of(RenderedSiteTest.class.getResource("site").toURI());
    }

    @Test
    void everyPageIsRenderedOnceAndServedFromTheCache() throws Exception {
        RenderedSite site = RenderedSite.render(Consultation.load(site()), PageRenderer.create());
        assertEquals(List.of("index", "governance", "appendices", "appendices/costs"),
                site.pages().stream().map(p -> p.page().slug()).toList());
        assertSame(site.page("appendices/costs").orElseThrow(), site.page("appendices/costs").orElseThrow());
        assertEquals("appendices", site.previous("appendices/costs").orElseThrow().page().slug());
        assertEquals("governance", site.next("index").orElseThrow().page().slug());
        assertTrue(site.next("appendices/costs").isEmpty());
    }

    @Test
    void eachPageGetsTheFormItsMarkerAsksFor() throws Exception {
        RenderedSite site = RenderedSite.render(Consultation.load(site()), PageRenderer.create());
        assertEquals(FormVariant.FULL, site.page("index").orElseThrow().formVariant().orElseThrow());
        assertEquals(FormVariant.MINIMAL, site.page("governance").orElseThrow().formVariant().orElseThrow());
        assertEquals(FormVariant.FULL, site.page("appendices").orElseThrow().formVariant().orElseThrow(), "site default");
        assertEquals(FormVariant.DEMO, site.page("appendices/costs").orElseThrow().formVariant().orElseThrow());
        RenderedSite off = RenderedSite.render(Consultation.builder().formByDefault(false).load(site()), PageRenderer.create());
        assertTrue(off.page("appendices").orElseThrow().formVariant().isEmpty());
    }

    @Test
    void linksAndImagesResolveFromEachPagesFolder() throws Exception {
        RenderedSite site = RenderedSite.render(Consultation.load(site()), PageRenderer.create());
        Document index = Jsoup.parseBodyFragment(site.page("index").orElseThrow().html(FormState.blank("/")));
        assertEquals("/appendices/costs", index.selectFirst("a").attr("href"));
        Document appendices = Jsoup.parseBodyFragment(site.page("appendices").orElseThrow().html(FormState.blank("/")));
        assertEquals("/appendices/images/overview%20chart.png", appendices.selectFirst("img").attr("src"),
                "an index page's images live in its own folder");
        Document costs = Jsoup.parseBodyFragment(site.page("appendices/costs").orElseThrow().html(FormState.blank("/")));
        assertEquals("/appendices/images/cost%20chart.png", costs.selectFirst("img").attr("src"));
        assertEquals("/governance", costs.selectFirst("a").attr("href"));
    }

    @Test
    void fiftyPagesRenderAtStart(@TempDir Path dir) throws Exception {
        String sample = new String(RenderedSiteTest.class.getResourceAsStream("pages/every-construct.md").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 50; i++) {
            Files.writeString(dir.resolve(String.format("page-%02d.md", i)), sample);
        }
        RenderedSite site = RenderedSite.render(Consultation.load(dir), PageRenderer.create());
        assertEquals(50, site.pages().size());
        for (RenderedPage page : site.pages()) {
            assertEquals(3, page.headings().size());
        }
    }

    @Test
    void aPlainFoldersHomeIsItsIndexAtTheBaseAndItsOldAddressLeadsThere(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("appendices"));
        Files.writeString(dir.resolve("index.md"), "# Welcome\n");
        Files.writeString(dir.resolve("governance.md"), "# Governance\n\nBack [home](index.md).\n");
        Files.writeString(dir.resolve("appendices/index.md"), "# Appendices\n");
        RenderedSite site = RenderedSite.render(Consultation.load(dir), PageRenderer.builder().linkBase("/pages/").build());
        assertEquals("Welcome", site.consultation().home().orElseThrow().title());
        assertEquals("/pages/", ((RenderedSite.PageFound) site.find("/pages/")).href());
        assertEquals("/pages/appendices", ((RenderedSite.PageFound) site.find("/pages/appendices")).href());
        assertEquals(new RenderedSite.Redirect("/pages/"), site.find("/pages/index"));
        assertEquals(new RenderedSite.Redirect("/pages/governance"), site.find("/pages/governance/"));
        assertEquals(new RenderedSite.NotFound(), site.find("/pages/nowhere"));
        assertEquals(java.util.Set.of("/pages", "/pages/index", "/pages/governance/", "/pages/appendices/"),
                java.util.Set.copyOf(site.redirects()), "every address a host routes to be sent on");
        assertTrue(site.page("governance").orElseThrow().html(FormState.blank("/pages/governance"))
                .contains("href=\"/pages/\""), "a link to index.md leads to the home's address");
    }
}
