package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MkDocs site moves as it is: the project in {@code examples/consultations/mkdocs-ferry} (nested
 * sections, images and a PDF, {@code index.md} at two levels, a {@code README.md} as its folder's
 * page, links with anchors, Markdown and hand-written footnotes, {@code abbr},
 * {@code pymdownx.details} and {@code pymdownx.superfences}) against what {@code mkdocs build} made
 * of it, kept in its {@code expected/} folder (and {@code expected/html-files/} for
 * {@code use_directory_urls: false}) by {@code regenerate-mkdocs-build}: every page at MkDocs'
 * address, every other file beside it, the same navigation, and the same words, links and images
 * on every page.
 */
class MovingMkDocsSiteTest {
    static final Path PROJECT = Path.of("../examples/consultations/mkdocs-ferry");
    private static final Pattern NAV = Pattern.compile("<!-- nav: ([^|]*) \\| ([^|]*) \\| (\\S*) -->");

    /** The site as serve --pages loads it, under its site_url's path. */
    static RenderedSite render(Path project) throws IOException {
        SiteFolder.Site site = SiteFolder.load(project);
        return RenderedSite.render(site.consultation(), PageRenderer.builder().dialect(site.dialect())
                .extensions(site.extensions()).linkBase(site.basePath())
                .form(FormRenderer.builder().form(site.form()).build()).colours(ColourPolicy.KEEP).build());
    }

    /** The project again, with use_directory_urls: false. */
    static Path htmlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(PROJECT.resolve("docs"))) {
            for (Path f : files.toList()) {
                Path to = dir.resolve("docs").resolve(PROJECT.resolve("docs").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(dir.resolve("mkdocs.yml"), Files.readString(PROJECT.resolve("mkdocs.yml"))
                .replace("use_directory_urls: true", "use_directory_urls: false"));
        return dir;
    }

    /** What mkdocs build wrote, but its theme: each page's file and every other file. */
    private static Set<String> built(Path expected) throws IOException {
        return new TreeSet<>(Files.readAllLines(expected.resolve("files.txt"), StandardCharsets.UTF_8));
    }

    /** What the library publishes: each page's file (as a static copy holds it) and every other file. */
    private static Set<String> ours(RenderedSite site) {
        Set<String> files = new TreeSet<>(site.consultation().siteFiles().paths());
        for (Page page : site.consultation().pages()) {
            files.add(site.consultation().addressStyle().file(site.consultation().address(page)));
        }
        return files;
    }

    @Test
    void everyPageAndFileIsAtTheAddressMkDocsGivesIt(@TempDir Path dir) throws IOException {
        RenderedSite directories = render(PROJECT);
        assertEquals(AddressStyle.DIRECTORY_URLS, directories.consultation().addressStyle());
        assertEquals(built(PROJECT.resolve("expected")), ours(directories));
        assertEquals("/consultation/", directories.basePath());
        Page costs = directories.consultation().page("proposal/costs").orElseThrow();
        assertEquals("proposal/costs/", directories.consultation().address(costs));
        assertEquals("/consultation/proposal/costs/", directories.href(costs));
        assertEquals("background/", directories.consultation().address(directories.consultation().page("background")
                .orElseThrow()), "a README.md is its folder's page");

        RenderedSite files = render(htmlFiles(dir));
        assertEquals(AddressStyle.HTML_FILES, files.consultation().addressStyle());
        assertEquals(built(PROJECT.resolve("expected/html-files")), ours(files));
        // A folder's index.html is its page's second address, not a redirect; the base alone is sent on.
        assertEquals(List.of("/consultation"), files.redirects());
    }

    @Test
    void theHomePageIsTheSitesIndexAndTheNavigationIsMkDocs() throws IOException {
        RenderedSite site = render(PROJECT);
        Page home = site.consultation().home().orElseThrow();
        assertEquals("index", home.slug());
        assertEquals("Home", home.title(), "the nav's title");
        List<String> ours = new ArrayList<>();
        flatten(site, site.consultation().navigation(), "", ours);
        List<String> theirs = new ArrayList<>();
        Matcher m = NAV.matcher(Files.readString(PROJECT.resolve("expected/index.html"), StandardCharsets.UTF_8));
        while (m.find()) {
            theirs.add(m.group(1).strip() + " | " + m.group(2).strip() + " | " + sitePath(m.group(3), "/consultation/"));
        }
        assertEquals(theirs, ours);
        assertEquals(8, ours.size(), "each page once");
    }

    private static void flatten(RenderedSite site, List<NavItem> items, String section, List<String> into) {
        for (NavItem item : items) {
            if (item instanceof NavItem.PageItem p) {
                into.add(section + " | " + p.page().title() + " | " + sitePath(site.href(p.page()), "/consultation/"));
            } else {
                NavItem.SectionItem s = (NavItem.SectionItem) item;
                flatten(site, s.items(), section.isEmpty() ? s.title() : section + " / " + s.title(), into);
            }
        }
    }

    @Test
    void everyPageHasTheWordsLinksAndImagesMkDocsBuilds(@TempDir Path dir) throws IOException {
        compare(render(PROJECT), PROJECT.resolve("expected"));
        compare(render(htmlFiles(dir)), PROJECT.resolve("expected/html-files"));
    }

    private static void compare(RenderedSite site, Path expected) throws IOException {
        for (RenderedPage page : site.pages()) {
            String href = site.href(page.page());
            String address = site.consultation().address(page.page());
            String name = address.replaceFirst("(/?index)?\\.html$", "").replaceFirst("/$", "").replace("/", "--");
            Document ours = Jsoup.parseBodyFragment(page.html(FormState.blank(href)));
            Element form = ours.getElementById("sheets");
            assertNotNull(form, href + " carries the feedback form where its marker stands");
            form.remove();
            Document theirs = Jsoup.parseBodyFragment(Files.readString(expected.resolve((name.isEmpty() ? "index" : name)
                    + ".html"), StandardCharsets.UTF_8));
            // The legacy form the page was written with, which the library's form takes the place of.
            theirs.select("#sheets").remove();
            addresses(ours, "/consultation/", "/consultation/");
            addresses(theirs, "/consultation/" + address, "/consultation/");
            assertEquals(MkDocsDialectTest.canonical(theirs.body().html(), name),
                    MkDocsDialectTest.canonical(ours.body().html(), name), href);
        }
        assertEquals(8, site.pages().size());
    }

    /** Every link and image as the path within the site it leads to, as both sides write them differently (/a/b/ and ../b/). */
    private static void addresses(Document doc, String page, String base) {
        for (Element e : doc.select("a[href], img[src]")) {
            String key = e.hasAttr("href") ? "href" : "src";
            String value = e.attr(key);
            if (!value.startsWith("#") && !value.contains("://")) {
                e.attr(key, sitePath(URI.create("http://site" + page).resolve(value.replace(" ", "%20")).getRawPath()
                        + (value.contains("#") ? value.substring(value.indexOf('#')) : ""), base));
            }
        }
    }

    private static String sitePath(String href, String base) {
        String path = URI.create("http://site" + base).resolve(href).getRawPath();
        String within = path.startsWith(base) ? path.substring(base.length()) : path;
        return URLDecoder.decode(within, StandardCharsets.UTF_8) + (href.contains("#") ? href.substring(href.indexOf('#')) : "");
    }

    @Test
    void noWordIsLostFromTheFootnotes() throws IOException {
        RenderedSite site = render(PROJECT);
        RenderedPage costs = site.page("proposal/costs").orElseThrow();
        assertEquals(List.of("1", "2"), costs.footnotes().stream().map(Footnote::label).toList());
        assertEquals(List.of(true, true), costs.footnotes().stream().map(Footnote::referenced).toList());
        assertTrue(costs.footnotes().get(1).text().startsWith("The grant is the river fund"), costs.footnotes().toString());
        Document html = Jsoup.parseBodyFragment(costs.html(FormState.blank("/consultation/proposal/costs/")));
        Element note = html.selectFirst("p:has(sup):contains(boats.example.org)");
        assertNotNull(note, "the hand-written note after the footnotes marker is shown");
        assertTrue(note.elementSiblingIndex() < html.getElementById("sheets").elementSiblingIndex(), "where it was written");

        // Markdown footnotes, the one nothing refers to as well, end the text, before the form.
        RenderedPage timetable = site.page("timetable").orElseThrow();
        Document t = Jsoup.parseBodyFragment(timetable.html(FormState.blank("/consultation/timetable/")));
        Element list = t.selectFirst("div.footnote");
        assertEquals(List.of("fn:tide", "fn:spare"), list.select("li").eachAttr("id"));
        assertTrue(list.elementSiblingIndex() < t.getElementById("sheets").elementSiblingIndex());
    }

    @Test
    void aRequestFindsAPageARedirectAFileOrNothing() throws IOException {
        RenderedSite site = render(PROJECT);
        assertEquals("/consultation/proposal/costs/", found(site, "/consultation/proposal/costs/").href());
        assertEquals("/consultation/proposal/costs/", found(site, "/consultation/proposal/costs/index.html").href());
        assertEquals("/consultation/", found(site, "/consultation/").href());
        assertEquals("/consultation/background/", found(site, "/consultation/background/").href());
        assertEquals(new RenderedSite.Redirect("/consultation/proposal/costs/"), site.find("/consultation/proposal/costs"));
        assertEquals(new RenderedSite.Redirect("/consultation/"), site.find("/consultation"));
        RenderedSite.FileFound image = assertInstanceOf(RenderedSite.FileFound.class,
                site.find("/consultation/assets/img/pier at dawn.png"));
        assertEquals("image/png", image.file().contentType());
        assertEquals("application/pdf", ((RenderedSite.FileFound) site.find("/consultation/downloads/ferry-paper.pdf"))
                .file().contentType());
        List<String> redirects = site.redirects();
        assertTrue(redirects.containsAll(List.of("/consultation", "/consultation/proposal/costs", "/consultation/background")),
                redirects.toString());
        assertEquals(site.pages().size(), redirects.size(), "each page but the home without its slash, and the base");
        for (String path : redirects) {
            RenderedSite.Redirect redirect = assertInstanceOf(RenderedSite.Redirect.class, site.find(path), path);
            assertEquals(path + "/", URLDecoder.decode(redirect.location(), StandardCharsets.UTF_8));
        }
        for (String nothing : List.of("/proposal/costs/", "/consultation/proposal/costs.md", "/consultation/.draft-notes.md",
                "/consultation/../mkdocs.yml", "/consultation/assets/../../mkdocs.yml", "/consultation/assets/img/",
                "/consultation/no-such-page/")) {
            assertEquals(new RenderedSite.NotFound(), site.find(nothing), nothing);
        }
    }

    private static RenderedSite.PageFound found(RenderedSite site, String path) {
        return assertInstanceOf(RenderedSite.PageFound.class, site.find(path), path);
    }

    @Test
    void theProjectHasNothingToMend() throws IOException {
        RenderedSite site = render(PROJECT);
        Map<String, List<PageFinding>> findings = new TreeMap<>();
        for (Page page : site.consultation().pages()) {
            List<PageFinding> found = site.findings(page.slug()).stream()
                    .filter(f -> f.kind() != PageFinding.Kind.UNREFERENCED_FOOTNOTE).toList();
            if (!found.isEmpty()) {
                findings.put(page.slug(), found);
            }
        }
        assertEquals(Map.of(), findings);
        assertEquals(List.of(), SiteFolder.load(PROJECT).warnings());
    }

    @Test
    void aMissingPageOrFileIsKeptAsWrittenAndReported(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs/sub/img"));
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Gaps\n");
        Files.writeString(dir.resolve("docs/index.md"), "# Home\n\nSee [the plan](sub/plan.md#costs) and [the page](sub/page.md).\n");
        Files.writeString(dir.resolve("docs/sub/page.md"), "# Page\n\n"
                + "![A map](img/map.png)\n\n"
                + "![A chart that is not there](img/chart.png)\n\n"
                + "<img src=\"../../sub/img/logo.png\" alt=\"A logo that is not there\">\n\n"
                + "A [paper](paper.pdf) that is not there, and [the home page](../index.md).\n");
        Files.write(dir.resolve("docs/sub/img/map.png"), new byte[] {1});
        Files.writeString(dir.resolve("docs/sub/README.md"), "# Not published: the folder has no index.md, so this is its page\n");
        RenderedSite site = render(dir);
        assertEquals(List.of("LINK_TO_MISSING_PAGE 3 the link to sub/plan.md#costs goes to no page of this consultation"),
                findings(site, "index"));
        assertEquals(List.of("MISSING_FILE 5 the image img/chart.png names a file the site does not have: add it beside"
                        + " the pages, or correct the address",
                "MISSING_FILE 7 the image ../../sub/img/logo.png names a file the site does not have: add it beside the"
                        + " pages, or correct the address",
                "MISSING_FILE 9 the link to paper.pdf names a file the site does not have: add it beside the pages, or"
                        + " correct the address"), findings(site, "sub/page"));
        // Kept as MkDocs keeps it: the address as written, from the page's own address.
        String html = site.page("index").orElseThrow().html(FormState.blank("/"));
        assertTrue(html.contains("href=\"/sub/plan.md#costs\""), html);
        assertTrue(html.contains("href=\"/sub/page/\""), html);
        String page = site.page("sub/page").orElseThrow().html(FormState.blank("/sub/page/"));
        assertTrue(page.contains("src=\"/sub/img/map.png\""), page);
        assertTrue(page.contains("src=\"/sub/page/img/chart.png\""), page);
        assertTrue(page.contains("href=\"/\""), page);
        assertEquals("sub/", site.consultation().address(site.consultation().page("sub").orElseThrow()));
    }

    @Test
    void aReadmeBesideAnIndexIsLeftOutAsMkDocsLeavesItOut(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs/part"));
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Twice\n");
        Files.writeString(dir.resolve("docs/index.md"), "# Home\n");
        Files.writeString(dir.resolve("docs/part/index.md"), "# Part\n");
        Files.writeString(dir.resolve("docs/part/README.md"), "# Notes for authors\n");
        SiteFolder.Site site = SiteFolder.load(dir);
        assertEquals(List.of("Home", "Part"), site.consultation().pages().stream().map(Page::title).toList());
        assertEquals(List.of(new SkippedFile("part/README.md", "its folder has an index.md, which MkDocs publishes at the"
                + " same address in its place")), site.consultation().skipped());
    }

    private static List<String> findings(RenderedSite site, String slug) {
        return site.findings(slug).stream().map(f -> f.kind() + " " + f.line() + " " + f.message()).toList();
    }
}
