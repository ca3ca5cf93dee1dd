package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.definition.SiteFileException;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.render.Theme;
import io.github.consultation.store.FeedbackStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MkDocs site served by {@code serve --pages} loses nothing: {@code consultations/mkdocs-ferry}
 * (its site_url's path is {@code /consultation/}) answers at every address {@code mkdocs build}
 * gave its pages and files, MkDocs' old addresses without the slash redirect, every image, the PDF
 * and the site's stylesheet load with their types, tags and cache lifetime, nothing outside the
 * folder is served, the home page is its index.md, the navigation is its nav's, and the form, the
 * stored page and the admin views use the page's address. {@code consultations/mkdocs-energy}'s
 * navigation shows its sections as mkdocs build does.
 */
class MkDocsSiteTest {
    static final Path FERRY = Path.of("consultations/mkdocs-ferry");

    @TempDir
    Path dir;

    private TestServer ferry() throws Exception {
        return new TestServer(dir, Theme.ORIGIN, FERRY, s -> { });
    }

    @Test
    void theNavigationHasTheProjectsSections() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, Path.of("consultations/mkdocs-energy"), s -> { })) {
            Document page = Jsoup.parse(server.get("/proposal/what/").body());
            Element nav = page.selectFirst("nav[aria-label=Pages] > ul");
            List<String> top = nav.children().stream()
                    .map(li -> li.selectFirst("> a, > .nav-section").text()).toList();
            assertEquals(List.of("Home", "The proposal", "Appendices"), top);
            assertEquals(List.of("What we propose", "How it would be paid for"),
                    nav.child(1).select("> ul > li > a").eachText());
            assertEquals("page", nav.child(1).selectFirst("a[href=/proposal/what/]").attr("aria-current"));
            assertEquals(List.of("Terms we use"), nav.child(2).select("> ul > li > a").eachText());
        }
    }

    @Test
    void everyPageAnswersAtItsMkDocsAddressAndTheOldOneRedirects() throws Exception {
        try (TestServer server = ferry()) {
            List<String> built = Files.readAllLines(FERRY.resolve("expected/files.txt"));
            int pages = 0;
            for (String file : built) {
                if (!file.endsWith("index.html")) {
                    continue;
                }
                String address = "/consultation/" + file.substring(0, file.length() - "index.html".length());
                HttpResponse<String> page = server.get(address.replace(" ", "%20"));
                assertEquals(200, page.statusCode(), address);
                assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), address);
                pages++;
                if (!address.equals("/consultation/")) {
                    String old = address.substring(0, address.length() - 1);
                    HttpResponse<String> moved = server.get(old + "?from=email");
                    assertEquals(301, moved.statusCode(), old);
                    assertEquals(address + "?from=email", moved.headers().firstValue("Location").orElse(""), old);
                }
            }
            assertEquals(8, pages);
            assertEquals(301, server.get("/consultation").statusCode());
            assertEquals("/consultation/", server.get("/consultation").headers().firstValue("Location").orElse(""));
            assertEquals(200, server.get("/consultation/proposal/costs/index.html").statusCode(),
                    "as a static server answers the file MkDocs wrote");
            assertEquals(404, server.get("/").statusCode(), "nothing outside the base path");
            assertEquals(404, server.get("/proposal/costs/").statusCode(), "nothing outside the base path");
        }
    }

    @Test
    void everyImageTheFilesAndTheSitesStylesheetLoadWithTypeTagAndLifetime() throws Exception {
        try (TestServer server = ferry()) {
            Set<String> sources = new LinkedHashSet<>();
            for (String file : Files.readAllLines(FERRY.resolve("expected/files.txt"))) {
                if (file.endsWith("index.html")) {
                    String address = "/consultation/" + file.substring(0, file.length() - "index.html".length());
                    Document page = Jsoup.parse(server.get(address).body(), server.uri(address).toString());
                    page.select("img[src]").forEach(img -> sources.add(URI.create(img.absUrl("src")).getRawPath()));
                    page.select("link[rel=stylesheet]").forEach(css -> sources.add(URI.create(css.absUrl("href")).getRawPath()));
                    page.select("a[href$=.pdf]").forEach(a -> sources.add(URI.create(a.absUrl("href")).getRawPath()));
                }
            }
            assertTrue(sources.containsAll(List.of("/consultation/assets/img/badge.png", "/consultation/assets/img/boat.png",
                    "/consultation/assets/img/pier%20at%20dawn.png", "/consultation/assets/img/route-map.svg",
                    "/consultation/downloads/ferry-paper.pdf", "/consultation/assets/css/extra.css",
                    "/consultation/assets/form.css")), sources.toString());
            for (String source : sources) {
                HttpResponse<byte[]> file = server.getBytes(source);
                assertEquals(200, file.statusCode(), source);
                assertTrue(file.body().length > 0, source);
            }
            HttpResponse<byte[]> png = server.getBytes("/consultation/assets/img/pier%20at%20dawn.png");
            assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
            assertArrayEquals(Files.readAllBytes(FERRY.resolve("docs/assets/img/pier at dawn.png")), png.body());
            assertEquals("public, max-age=3600", png.headers().firstValue("Cache-Control").orElse(""));
            assertTrue(png.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
            String etag = png.headers().firstValue("ETag").orElseThrow();
            String modified = png.headers().firstValue("Last-Modified").orElseThrow();
            assertTrue(modified.endsWith(" GMT"), modified);
            assertEquals(304, server.getBytes("/consultation/assets/img/pier%20at%20dawn.png", "If-None-Match", etag)
                    .statusCode());
            assertEquals(304, server.getBytes("/consultation/assets/img/pier%20at%20dawn.png", "If-Modified-Since",
                    modified).statusCode());
            assertEquals(200, server.getBytes("/consultation/assets/img/pier%20at%20dawn.png", "If-None-Match", "\"other\"")
                    .statusCode());
            assertEquals("application/pdf", server.getBytes("/consultation/downloads/ferry-paper.pdf").headers()
                    .firstValue("Content-Type").orElse(""));
            assertEquals("text/css; charset=utf-8", server.getBytes("/consultation/assets/css/extra.css").headers()
                    .firstValue("Content-Type").orElse(""));
            assertEquals("image/svg+xml", server.getBytes("/consultation/assets/img/route-map.svg").headers()
                    .firstValue("Content-Type").orElse(""));
            // The pages' own policy lets them show the site's images and stylesheet, and nothing from elsewhere run.
            String policy = server.get("/consultation/timetable/").headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("img-src 'self'") && policy.contains("style-src 'self'"), policy);
        }
    }

    @Test
    void nothingOutsideTheFolderIsServed(@TempDir Path copy) throws Exception {
        Path project = copyOf(FERRY, copy.resolve("ferry"));
        Files.writeString(copy.resolve("secret.txt"), "not the site's");
        Files.createSymbolicLink(project.resolve("docs/assets/img/leak.png"), copy.resolve("secret.txt"));
        Files.createSymbolicLink(project.resolve("docs/outside"), copy);
        Files.writeString(project.resolve("docs/.env"), "PASSWORD=1");
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, project, s -> { })) {
            for (String path : List.of("/consultation/assets/img/leak.png", "/consultation/outside/secret.txt",
                    "/consultation/.env", "/consultation/.draft-notes.md", "/consultation/proposal/costs.md",
                    "/consultation/%2e%2e/mkdocs.yml", "/consultation/assets/%2e%2e/%2e%2e/mkdocs.yml",
                    "/consultation/assets/img/%2e%2e%2f%2e%2e%2f%2e%2e%2fmkdocs.yml", "/consultation/..%5cmkdocs.yml",
                    "/consultation/assets/img/", "/consultation/feedback.db")) {
                HttpResponse<String> answer = server.get(path);
                assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, path + " answered " + answer.statusCode());
                assertFalse(answer.body().contains("not the site's") || answer.body().contains("PASSWORD")
                        || answer.body().contains("site_name"), path);
            }
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    @Test
    void theHomeIsTheIndexAndTheNavigationListsEachPageOnceInNavOrder() throws Exception {
        try (TestServer server = ferry()) {
            Document home = Jsoup.parse(server.get("/consultation/").body());
            assertEquals("The Riverside ferry", home.selectFirst("main h1").ownText());
            assertTrue(home.select("main img[src=/consultation/assets/img/badge.png]").size() == 1, "the index's own logo");
            Element nav = home.selectFirst("nav[aria-label=Pages] > ul");
            List<String> links = new ArrayList<>();
            for (Element a : nav.select("a")) {
                links.add(a.text() + " " + a.attr("href"));
            }
            assertEquals(List.of("Home /consultation/", "Timetable /consultation/timetable/",
                    "The proposal /consultation/proposal/", "What it would cost /consultation/proposal/costs/",
                    "Electric boats /consultation/proposal/options/boats/", "The piers /consultation/proposal/options/piers/",
                    "Background /consultation/background/", "A short history /consultation/background/history/"), links);
            assertEquals(List.of("The proposal", "Options", "Background"), nav.select(".nav-section").eachText());
            assertEquals("Options", nav.selectFirst("li:has(> .nav-section:contains(The proposal)) li > .nav-section")
                    .text(), "a section within a section, as the nav has it");
            assertEquals("/consultation/", home.selectFirst("a[aria-current=page]").attr("href"));
        }
    }

    @Test
    void theFormTheStoreAndTheAdminViewsUseThePagesAddress() throws Exception {
        try (TestServer server = ferry()) {
            Document page = Jsoup.parse(server.get("/consultation/proposal/costs/").body());
            assertEquals("/consultation/proposal/costs/", page.selectFirst("input[name=page]").val());
            assertEquals("/consultation/api/feedback", page.selectFirst("form").attr("data-json-endpoint"));
            Map<String, String> form = TestServer.goodForm();
            form.put("page", "/consultation/proposal/costs/");
            HttpResponse<String> sent = server.postForm("/consultation/proposal/costs/", form);
            assertEquals(303, sent.statusCode(), sent.body());
            assertEquals("/consultation/proposal/costs/?sent=1#sheets", sent.headers().firstValue("Location").orElse(""));
            List<FeedbackStore.StoredAnswers> stored = new ArrayList<>();
            server.store.forEach(FormDefinition.pageFeedback().tab(), stored::add);
            assertEquals(List.of("/consultation/proposal/costs/"), stored.stream().map(s -> s.answers().page()).toList());
            String json = TestServer.goodJson("Posted by the page's script")
                    .replace("https://consult.example.org/shared-record/", "/consultation/timetable/");
            assertEquals(201, server.send("POST", "/consultation/api/feedback", "application/json", json).statusCode());

            String auth = TestServer.basic(TestServer.PASSWORD);
            Document admin = Jsoup.parse(server.get("/consultation/admin/feedback", "Authorization", auth).body());
            List<String> headings = admin.select("section.page-feedback h2").eachText();
            assertTrue(headings.contains("/consultation/proposal/costs (1)"), headings.toString());
            assertTrue(headings.contains("/consultation/timetable (1)"), headings.toString());
            assertEquals("/consultation/admin/feedback.csv", admin.selectFirst("a[href$=.csv]").attr("href"));
            String submissions = admin.selectFirst("a[href*=submissions]").attr("href");
            assertTrue(submissions.startsWith("/consultation/admin/feedback/submissions?page="), submissions);
            assertEquals(200, server.get(submissions, "Authorization", auth).statusCode());
            assertTrue(server.get("/consultation/admin/feedback.csv", "Authorization", auth).body()
                    .contains("/consultation/proposal/costs/"));
        }
    }

    @Test
    void aBasePathOfTheHostsOwnTakesThePlaceOfTheSites() throws Exception {
        Site.Options root = new Site.Options(Optional.of("/"), false, Optional.empty());
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, FERRY, root, s -> { })) {
            assertEquals(200, server.get("/proposal/costs/").statusCode());
            assertEquals(200, server.get("/assets/img/badge.png").statusCode());
            assertEquals("/proposal/costs/", Jsoup.parse(server.get("/proposal/costs/").body())
                    .selectFirst("input[name=page]").val());
            assertEquals(404, server.get("/consultation/proposal/costs/").statusCode());
        }
        Site.Options deeper = new Site.Options(Optional.of("/moving/ferry/"), false, Optional.empty());
        try (TestServer server = new TestServer(dir.resolve("deeper"), Theme.GOVUK, FERRY, deeper, s -> { })) {
            Document page = Jsoup.parse(server.get("/moving/ferry/timetable/").body());
            assertEquals("/moving/ferry/assets/img/route-map.svg", page.selectFirst("main img").attr("src"));
            for (Element link : page.select("link[rel=stylesheet], script[src]")) {
                String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                assertTrue(url.startsWith("/moving/ferry/"), url);
                assertEquals(200, server.getBytes(url).statusCode(), url);
            }
            assertEquals(200, server.get("/moving/ferry/health").statusCode());
        }
    }

    @Test
    void anExtensionTheLibraryDoesNotFollowIsWarnedAboutAndStrictRefusesIt(@TempDir Path copy) throws Exception {
        Path project = copyOf(FERRY, copy.resolve("ferry"));
        String yml = Files.readString(project.resolve("mkdocs.yml"), StandardCharsets.UTF_8);
        Files.writeString(project.resolve("mkdocs.yml"), yml.replace("  - pymdownx.superfences\n",
                "  - pymdownx.superfences\n  - pymdownx.tabbed:\n      alternate_style: true\n"), StandardCharsets.UTF_8);
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, project, s -> { })) {
            assertEquals(200, server.get("/consultation/timetable/").statusCode());
            List<String> warned = server.site.pages().notes().stream().filter(n -> n.contains("pymdownx.tabbed")).toList();
            assertEquals(1, warned.size(), server.site.pages().notes().toString());
            assertTrue(warned.get(0).contains("tabbed blocks"), warned.get(0));
        }
        ServerSettings settings = ServerSettings.builder().build();
        SiteFileException refused = assertThrows(SiteFileException.class, () -> Site.load(settings, Optional.of(project),
                false, new Site.Options(Optional.empty(), true, Optional.empty())));
        assertTrue(refused.getMessage().contains("pymdownx.tabbed"), refused.getMessage());
        assertNotEquals(0, refused.problems().get(0).line());
    }
}
