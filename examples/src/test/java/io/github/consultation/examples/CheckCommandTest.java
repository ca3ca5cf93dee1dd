package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check DIR}: what, on the author's side, makes the pages fail WCAG 2.2 AA or HTML validity. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private Path folder() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("index.md"), String.join("\n",
                "# Welcome", "", "#### Too deep a heading", "",
                "Words in <span style=\"color:darkturquoise\">a pale colour</span>.", "",
                "![](chart.png)", "", "See [the missing page](missing.md) and [the other](other.md).", "",
                "<p id=\"twice\">One</p>", "", "<p id=\"twice\">Two</p>", "",
                "<span onclick=\"alert(1)\">Clicked</span>", ""));
        Files.writeString(pages.resolve("other.md"), "# Other\n\nAll well here.\n");
        return pages;
    }

    @Test
    void eachFindingIsALineWithItsFileAndLineThenACount() throws Exception {
        MainTest.Run run = MainTest.run("", "check", folder().toString());
        assertEquals(1, run.status(), run.err());
        List<String> lines = new ArrayList<>(run.out().lines().toList());
        String summary = lines.remove(lines.size() - 1);
        assertEquals("7 findings in 1 of 2 pages", summary);
        assertEquals(List.of("index.md:3", "index.md:5", "index.md:7", "index.md:7", "index.md:9", "index.md:11",
                "index.md:15"),
                lines.stream().map(l -> l.substring(0, l.indexOf(": "))).sorted(CheckCommandTest::byLine).toList(),
                run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("index.md:9: ") && l.contains("missing")), run.out());
        assertTrue(lines.contains("index.md:7: the image chart.png names a file the site does not have: add it beside the"
                + " pages, or correct the address"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("index.md:5: ") && l.contains("darkturquoise")), run.out());
    }

    private static int byLine(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(a.indexOf(':') + 1)),
                Integer.parseInt(b.substring(b.indexOf(':') + 1)));
    }

    @Test
    void jsonForMachines() throws Exception {
        MainTest.Run run = MainTest.run("", "check", folder().toString(), "--json");
        assertEquals(1, run.status());
        JsonNode root = VerdictJson.mapper().readTree(run.out());
        assertEquals(2, root.get("pages").asInt());
        assertEquals(7, root.get("findings").asInt());
        List<String> kinds = new ArrayList<>();
        root.get("items").forEach(item -> kinds.add(item.get("kind").asText()));
        assertEquals(List.of("colour-contrast", "duplicate-id", "heading-level-skipped", "image-without-text",
                "link-to-missing-page", "missing-file", "removed-by-sanitiser"), kinds.stream().sorted().toList());
        assertEquals("index.md", root.get("items").get(0).get("file").asText());
    }

    @Test
    void aCleanFolderPassesWithStatusZero() throws Exception {
        Path clean = Files.createDirectories(dir.resolve("clean"));
        Files.writeString(clean.resolve("page.md"), "# A page\n\n## A part\n\nWords.\n");
        MainTest.Run run = MainTest.run("", "check", clean.toString());
        assertEquals(0, run.status(), run.out());
        assertEquals("0 findings in 0 of 1 page\n", run.out());
    }

    @Test
    void aMkDocsProjectsGapsAndUnfollowedExtensionsAreListed() throws Exception {
        MainTest.Run ferry = MainTest.run("", "check", MkDocsSiteTest.FERRY.toString());
        assertEquals(List.of("timetable.md:42: the footnote [^spare] is not referred to in the text; it is shown at the end"
                + " all the same", "1 finding in 1 of 8 pages"), ferry.out().lines().toList(), "its one gap is on purpose");

        Path project = Files.createDirectories(dir.resolve("project/docs"));
        Files.createDirectories(project.resolve("sub"));
        Files.writeString(dir.resolve("project/mkdocs.yml"), "site_name: Gaps\nmarkdown_extensions:\n  - toc\n"
                + "  - pymdownx.tabbed\n");
        Files.writeString(project.resolve("index.md"), "# Home\n\nSee [the plan](sub/plan.md#costs).\n");
        Files.writeString(project.resolve("sub/page.md"), "# Page\n\n![A chart](chart.png)\n");
        MainTest.Run run = MainTest.run("", "check", dir.resolve("project").toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(
                "mkdocs.yml:4: the Markdown extension 'pymdownx.tabbed' is not one this library follows, so tabbed blocks"
                        + " (=== \"Title\") show their title line as text and their content as code, one after another",
                "index.md:3: the link to sub/plan.md#costs goes to no page of this consultation",
                "sub/page.md:3: the image chart.png names a file the site does not have: add it beside the pages, or"
                        + " correct the address",
                "3 findings in 2 of 2 pages"), run.out().lines().toList());
    }
}
