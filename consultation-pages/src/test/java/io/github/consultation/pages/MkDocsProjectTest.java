package io.github.consultation.pages;

import io.github.consultation.definition.SiteFileException;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.Section;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A MkDocs folder is a consultation: the sample project in {@code examples/consultations/mkdocs-energy},
 * loaded as {@code serve --pages} loads it, shows the same navigation, text and emphasis as
 * {@code mkdocs build} of that folder (its pages' navigation and content kept in {@code expected/},
 * made again by {@code regenerate-mkdocs-build}).
 */
class MkDocsProjectTest {
    private static final Path PROJECT = Path.of("../examples/consultations/mkdocs-energy");
    private static final Pattern NAV = Pattern.compile("<!-- nav: ([^|]*) \\| ([^|]*) \\| (\\S*) -->");

    @Test
    void theProjectFileGivesNameFolderNavigationAndExtensions() throws IOException {
        MkDocsProject project = MkDocsProject.read(PROJECT.resolve("mkdocs.yml"));
        assertEquals("Community energy in Westmere", project.siteName());
        assertEquals(PROJECT.resolve("docs").toAbsolutePath().normalize(), project.docsDir());
        assertEquals(List.of("meta", "admonition", "attr_list", "def_list", "md_in_html", "footnotes", "toc"),
                project.extensions());
        assertEquals(3, project.nav().size());
    }

    @Test
    void anExtensionTheLibraryDoesNotFollowIsListedWithItsLineAndRefusedWhenStrict(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/index.md"), "# Home\n");
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: X\nmarkdown_extensions:\n  - toc\n  - pymdownx.tabbed:\n"
                + "      alternate_style: true\n  - abbr\n  - pymdownx.details\n  - pymdownx.superfences\n"
                + "  - pymdownx.critic\n  - our.own.extension\n");
        MkDocsProject project = MkDocsProject.read(dir.resolve("mkdocs.yml"));
        assertEquals(List.of("pymdownx.tabbed", "pymdownx.critic", "our.own.extension"),
                project.unfollowed().stream().map(MkDocsProject.Unfollowed::name).toList());
        assertEquals(List.of("mkdocs.yml:4:5: the Markdown extension 'pymdownx.tabbed' is not one this library follows, so"
                + " tabbed blocks (=== \"Title\") show their title line as text and their content as code, one after another",
                "mkdocs.yml:9:5: the Markdown extension 'pymdownx.critic' is not one this library follows, so critic marks"
                + " ({++ ++}, {-- --}) show as written",
                "mkdocs.yml:10:5: the Markdown extension 'our.own.extension' is not one this library follows, so what it"
                + " adds to Markdown shows as written"),
                project.unfollowed().stream().map(Object::toString).toList());
        // The site serves, with one warning for each.
        SiteFolder.Site site = SiteFolder.load(dir);
        assertEquals(3, site.warnings().stream().filter(w -> w.contains("is not one this library follows")).count());
        assertEquals(List.of("Home"), site.consultation().pages().stream().map(Page::title).toList());
        // A strict host refuses it, each with its line.
        SiteFileException e = assertThrows(SiteFileException.class, () -> SiteFolder.load(dir, true));
        assertEquals(List.of(4, 9, 10), e.problems().stream().map(SiteFileException.Problem::line).toList());
    }

    @Test
    void pythonTagsAndSettingsOfMkDocsOwnAreReadPast(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("site-pages"));
        Files.writeString(dir.resolve("site-pages/index.md"), "# Home\n");
        Files.writeString(dir.resolve("mkdocs.yml"), "site_name: Tagged\ndocs_dir: site-pages\ntheme:\n  name: material\n"
                + "plugins:\n  - search\nextra:\n  hook: !!python/name:builtins.print\nnav:\n  - Home: index.md\n"
                + "  - GOV.UK: https://www.gov.uk/\n");
        SiteFolder.Site site = SiteFolder.load(dir);
        assertEquals("Tagged", site.name());
        assertEquals(List.of("Home"), site.consultation().pages().stream().map(Page::title).toList());
    }

    @Test
    void theNavigationIsMkDocs() throws IOException {
        SiteFolder.Site site = SiteFolder.load(PROJECT);
        assertEquals(MarkdownDialect.MKDOCS, site.dialect());
        List<String> ours = new ArrayList<>();
        for (Section section : site.consultation().sections()) {
            for (Page page : section.pages()) {
                ours.add(section.title() + " | " + page.title() + " | " + page.slug());
            }
        }
        List<String> theirs = new ArrayList<>();
        Matcher m = NAV.matcher(Files.readString(PROJECT.resolve("expected/index.html"), StandardCharsets.UTF_8));
        while (m.find()) {
            String slug = m.group(3).equals(".") ? "index" : m.group(3).replaceAll("/$", "");
            theirs.add(m.group(1).strip() + " | " + m.group(2).strip() + " | " + slug);
        }
        assertEquals(theirs, ours);
    }

    @Test
    void everyPageShowsTheTextAndEmphasisMkDocsBuilds() throws IOException {
        SiteFolder.Site site = SiteFolder.load(PROJECT);
        RenderedSite rendered = RenderedSite.render(site.consultation(), PageRenderer.builder().dialect(site.dialect())
                .form(FormRenderer.builder().form(site.form()).build()).colours(ColourPolicy.KEEP).build());
        for (RenderedPage page : rendered.pages()) {
            String slug = page.page().slug();
            String expected = Files.readString(PROJECT.resolve("expected/" + slug.replace("/", "--") + ".html"),
                    StandardCharsets.UTF_8);
            Document ours = Jsoup.parseBodyFragment(page.html(FormState.blank("/" + slug)));
            Element form = ours.getElementById("sheets");
            assertTrue(form != null, slug + " carries the feedback form where its marker stands");
            form.remove();
            Document theirs = Jsoup.parseBodyFragment(expected);
            String base = slug.equals("index") ? "/" : "/" + slug + "/";
            links(ours, "/");
            links(theirs, base);
            assertEquals(MkDocsDialectTest.canonical(theirs.body().html(), slug),
                    MkDocsDialectTest.canonical(ours.body().html(), slug), slug);
        }
        assertEquals(4, rendered.pages().size());
    }

    /** Site-relative links as site paths, as both sides write them differently (/a/b and ../b/). */
    private static void links(Document doc, String base) {
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#") || href.contains("://")) {
                continue;
            }
            String path = URI.create("http://site" + base).resolve(href).getPath();
            a.attr("href", path.replaceAll("^/+|/+$", ""));
        }
    }
}
