package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.consultation.render.Theme;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo serving a MkDocs project (the repository's sample, consultations/mkdocs-energy) shows
 * its navigation as mkdocs build does: the nav's order and titles, and its sections, each a
 * titled list of its pages.
 */
class MkDocsSiteTest {
    @TempDir
    Path dir;

    @Test
    void theNavigationHasTheProjectsSections() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, Path.of("consultations/mkdocs-energy"), s -> { })) {
            Document page = Jsoup.parse(server.get("/proposal/what").body());
            Element nav = page.selectFirst("nav[aria-label=Pages] > ul");
            List<String> top = nav.children().stream()
                    .map(li -> li.selectFirst("> a, > .nav-section").text()).toList();
            assertEquals(List.of("Home", "The proposal", "Appendices"), top);
            assertEquals(List.of("What we propose", "How it would be paid for"),
                    nav.child(1).select("> ul > li > a").eachText());
            assertEquals("page", nav.child(1).selectFirst("a[href=/proposal/what]").attr("aria-current"));
            assertEquals(List.of("Terms we use"), nav.child(2).select("> ul > li > a").eachText());
        }
    }
}
