package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.FormState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The static export writes what mkdocs build writes, at the same paths, and more: each page with
 * its form, the page with the thanks shown, the host's assets, a 404 page and a sitemap; it empties
 * only a folder it wrote before.
 */
class StaticExportTest {
    private static StaticExport export(RenderedSite site) {
        return StaticExport.builder(site)
                .documents((page, href, state) -> "<title>" + page.title() + "</title>\n" + page.html(state))
                .notFound("<title>Page not found</title>")
                .asset("assets/library/form.css", "form { }".getBytes(StandardCharsets.UTF_8))
                .baseUrl("https://ferry.example.org/consultation/")
                .build();
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(f -> files.add(dir.relativize(f).toString().replace('\\', '/')));
            return files;
        }
    }

    @Test
    void theSiteIsWrittenAtMkDocsPathsWithThanksAssetsA404AndASitemap(@TempDir Path dir) throws IOException {
        RenderedSite site = MovingMkDocsSiteTest.render(MovingMkDocsSiteTest.PROJECT);
        Path out = dir.resolve("site");
        StaticExport.Written written = export(site).writeTo(out);
        Set<String> expected = new TreeSet<>(Files.readAllLines(MovingMkDocsSiteTest.PROJECT.resolve("expected/files.txt")));
        for (String page : List.of("", "timetable/", "proposal/", "proposal/costs/", "proposal/options/boats/",
                "proposal/options/piers/", "background/", "background/history/")) {
            expected.add(page + "sent.html");
        }
        expected.addAll(List.of("404.html", "sitemap.xml", "assets/library/form.css", StaticExport.MARKER));
        assertEquals(expected, files(out));
        assertEquals(List.of(), written.notes());

        String costs = Files.readString(out.resolve("proposal/costs/index.html"));
        assertTrue(costs.matches("(?s).*name=\"page\"[^>]*value=\"/consultation/proposal/costs/\".*"),
                "the form names the page's address");
        String thanks = Files.readString(out.resolve("proposal/costs/sent.html"));
        assertTrue(thanks.contains("Thanks"), thanks);
        assertTrue(Arrays.equals(Files.readAllBytes(MovingMkDocsSiteTest.PROJECT.resolve("docs/downloads/ferry-paper.pdf")),
                Files.readAllBytes(out.resolve("downloads/ferry-paper.pdf"))));
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://ferry.example.org/consultation/proposal/options/boats/</loc>"), sitemap);
        assertEquals(8, sitemap.split("<loc>").length - 1);
    }

    @Test
    void anEarlierExportIsEmptiedAndAnyOtherFolderRefused(@TempDir Path dir) throws IOException {
        RenderedSite site = MovingMkDocsSiteTest.render(MovingMkDocsSiteTest.PROJECT);
        Path out = dir.resolve("site");
        export(site).writeTo(out);
        Files.writeString(out.resolve("left-over.html"), "from an earlier build");
        export(site).writeTo(out);
        assertFalse(Files.exists(out.resolve("left-over.html")), "an export's folder is emptied first, as mkdocs build does");

        Path mine = dir.resolve("mine");
        Files.createDirectories(mine);
        Files.writeString(mine.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> export(site).writeTo(mine));
        assertTrue(e.getMessage().contains("is not empty, and no earlier export wrote it"), e.getMessage());
        assertEquals(Set.of("notes.txt"), files(mine));

        IOException inside = assertThrows(IOException.class,
                () -> export(site).writeTo(MovingMkDocsSiteTest.PROJECT.resolve("docs/site")));
        assertTrue(inside.getMessage().contains("inside the pages' folder"), inside.getMessage());
    }

    @Test
    void thanksIsBesideThePage() {
        assertEquals("/consultation/timetable/sent.html", StaticExport.thanks("/consultation/timetable/"));
        assertEquals("/sent.html", StaticExport.thanks("/"));
        assertEquals("/proposal/costs.sent.html", StaticExport.thanks("/proposal/costs.html"));
        assertEquals("/governance/sent.html", StaticExport.thanks("/governance"));
    }

    @Test
    void withoutAFullAddressThereIsNoSitemapAndTheExportSaysSo(@TempDir Path dir) throws IOException {
        RenderedSite site = MovingMkDocsSiteTest.render(MovingMkDocsSiteTest.PROJECT);
        StaticExport.Written written = StaticExport.builder(site).documents((page, href, state) -> page.html(state))
                .notFound("404").build().writeTo(dir.resolve("out"));
        assertFalse(Files.exists(dir.resolve("out/sitemap.xml")));
        assertTrue(written.notes().get(0).startsWith("No sitemap.xml"), written.notes().toString());
        assertThrows(IllegalArgumentException.class, () -> StaticExport.builder(site).baseUrl("/consultation/"));
    }
}
