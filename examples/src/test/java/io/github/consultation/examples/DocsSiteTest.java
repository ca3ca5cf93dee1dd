package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own documentation, docs/, is a MkDocs project the library builds: {@code check docs}
 * finds nothing, and the static export of it has no broken link, image, stylesheet or script, nor a
 * link to a part of a page ({@code #id}) that the page does not have.
 */
class DocsSiteTest {
    /** The documentation's MkDocs project, from the examples module's folder. */
    static final Path DOCS = Path.of("../docs");

    private static final String BASE = "https://docs.example.org/";

    @TempDir
    Path dir;

    @Test
    void checkFindsNothingInTheDocumentation() {
        MainTest.Run run = MainTest.run("", "check", DOCS.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().startsWith("0 findings in 0 of "), run.out());
    }

    @Test
    void theStaticExportOfTheDocumentationHasNoBrokenLink() throws Exception {
        Path site = dir.resolve("site");
        MainTest.Run export = MainTest.run("", "export", DOCS.toString(), "--out", site.toString(), "--base-url", BASE);
        assertEquals(0, export.status(), export.err());
        List<String> pages = htmlFiles(site);
        assertTrue(pages.size() > 15, "the export wrote the documentation's pages: " + pages);
        assertEquals(List.of(), brokenLinks(site), "links in the export of docs/ that lead nowhere");
    }

    /** README.md is where a new user starts: at most 10 KB, and every link and picture in it leads to a file. */
    @Test
    void theReadmeIsShortAndItsLinksLeadToFiles() throws Exception {
        Path readme = Path.of("../README.md");
        assertTrue(Files.size(readme) <= 10 * 1024, "README.md is " + Files.size(readme) + " bytes");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("\\]\\(([^)\\s]+)\\)")
                .matcher(Files.readString(readme));
        List<String> missing = new ArrayList<>();
        int local = 0;
        while (link.find()) {
            String target = link.group(1).replaceFirst("#.*", "");
            if (target.contains("://") || target.isEmpty()) {
                continue;
            }
            local++;
            if (!Files.exists(readme.resolveSibling(target))) {
                missing.add(link.group(1));
            }
        }
        assertTrue(local > 15, "the README links into the docs: " + local);
        assertEquals(List.of(), missing, "links in README.md to files that do not exist");
    }

    /** The checker itself finds what it is for: a missing page, a missing file, a missing part of a page. */
    @Test
    void theLinkCheckerFindsEachKindOfBrokenLink() throws Exception {
        Path site = Files.createDirectories(dir.resolve("made/guide"));
        Files.writeString(dir.resolve("made/index.html"), "<h1 id=\"top\">Home</h1><a href=\"guide/#steps\">ok</a>"
                + "<a href=\"#top\">ok</a><a href=\"https://elsewhere.example/x\">elsewhere</a><a href=\"mailto:a@b.c\">m</a>"
                + "<a href=\"guide/#nowhere\">part</a><a href=\"missing/\">page</a><img src=\"img/none.png\" alt=\"x\">"
                + "<a href=\"" + BASE + "guide/\">absolute, ok</a><a href=\"" + BASE + "gone/\">absolute</a>");
        Files.writeString(site.resolve("index.html"), "<h2 id=\"steps\">Steps</h2><a href=\"../\">up</a>"
                + "<link rel=\"stylesheet\" href=\"../style.css\"><script src=\"../app.js\"></script>");
        assertEquals(List.of("guide/index.html: ../app.js", "guide/index.html: ../style.css",
                "index.html: guide/#nowhere", "index.html: " + BASE + "gone/", "index.html: img/none.png",
                "index.html: missing/"), brokenLinks(dir.resolve("made")));
    }

    /** Every local address in every HTML file of {@code site} that names no file, or no element of its page. */
    static List<String> brokenLinks(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String page : htmlFiles(site)) {
            Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
            for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
                String address = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (!leadsSomewhere(site, page, doc, address)) {
                    broken.add(page + ": " + address);
                }
            }
        }
        return broken.stream().sorted().toList();
    }

    private static boolean leadsSomewhere(Path site, String page, Document doc, String address) throws IOException {
        URI pageUri = URI.create(BASE + page);
        URI target = pageUri.resolve(URI.create(address.replace(" ", "%20")));
        if (target.getScheme() != null && !(BASE.startsWith(target.getScheme() + ":")
                && target.getAuthority() != null && BASE.contains("//" + target.getAuthority() + "/"))) {
            return true;    // another site, or mailto:: not ours to check
        }
        String path = URLDecoder.decode(target.getRawPath(), StandardCharsets.UTF_8).substring(1);
        Path file = site.resolve(path).normalize();
        if (!file.startsWith(site)) {
            return false;
        }
        if (path.isEmpty() || path.endsWith("/") || Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        String fragment = target.getRawFragment();
        if (fragment == null || fragment.isEmpty()) {
            return true;
        }
        String id = URLDecoder.decode(fragment, StandardCharsets.UTF_8);
        Document there = file.equals(site.resolve(page)) ? doc : Jsoup.parse(file.toFile(), "UTF-8");
        return there.getElementById(id) != null;
    }

    private static List<String> htmlFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
