package io.github.consultation.pages;

import io.github.consultation.model.FormVariant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder tree of pages becomes an ordered consultation with sections and form placements. */
class ConsultationTest {
    static Path site() {
        try {
            return Path.of(ConsultationTest.class.getResource("loader-site").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> slugs(List<Page> pages) {
        return pages.stream().map(Page::slug).toList();
    }

    @Test
    void pagesAreOrderedByFileNameIndexFirstAndFoldersAfterFiles() throws IOException {
        Consultation c = Consultation.load(site());
        assertEquals(List.of("index", "governance", "my-notes", "shared-record", "02-later-work/next", "appendices",
                "appendices/costs", "appendices/risks"), slugs(c.pages()));
    }

    @Test
    void subFoldersAreSections() throws IOException {
        Consultation c = Consultation.load(site());
        assertEquals(List.of("", "02-later-work", "appendices"), c.sections().stream().map(Section::slug).toList());
        assertEquals(List.of("", "Later work", "Appendices"), c.sections().stream().map(Section::title).toList());
        assertEquals(List.of("appendices", "appendices/costs", "appendices/risks"), slugs(c.sections().get(2).pages()));
    }

    @Test
    void aNavListSetsTheOrderAndOtherPagesFollow() throws IOException {
        Consultation c = Consultation.builder()
                .nav(List.of("shared-record.md", "appendices/costs.md", "governance", "missing.md"))
                .load(site());
        assertEquals(List.of("shared-record", "appendices/costs", "governance"), slugs(c.pages()).subList(0, 3));
        assertEquals(8, c.pages().size());
        assertEquals(List.of("The nav names missing.md, but there is no such page"), c.warnings());
    }

    @Test
    void previousAndNextFollowTheReadingOrder() throws IOException {
        Consultation c = Consultation.load(site());
        Page governance = c.page("governance").orElseThrow();
        assertEquals("index", c.previous(governance).orElseThrow().slug());
        assertEquals("my-notes", c.next(governance).orElseThrow().slug());
        assertTrue(c.previous(c.pages().get(0)).isEmpty());
        assertTrue(c.next(c.pages().get(c.pages().size() - 1)).isEmpty());
    }

    @Test
    void eachPageHasItsFormPlacement() throws IOException {
        Consultation c = Consultation.load(site());
        assertEquals(FormVariant.FULL, c.placement(c.page("shared-record").orElseThrow()).variant().orElseThrow());
        assertEquals(FormVariant.MINIMAL, c.placement(c.page("governance").orElseThrow()).variant().orElseThrow());
        assertEquals(FormVariant.DEMO, c.placement(c.page("appendices/risks").orElseThrow()).variant().orElseThrow());
        FeedbackPlacement costs = c.placement(c.page("appendices/costs").orElseThrow());
        assertEquals(FeedbackPlacement.Kind.AT_MARKER, costs.kind());
        assertFalse(costs.replacesLegacyForm());
        assertEquals(FeedbackPlacement.Kind.AT_END, c.placement(c.page("my-notes").orElseThrow()).kind());
        Consultation off = Consultation.builder().formByDefault(false).load(site());
        assertEquals(FeedbackPlacement.Kind.NONE, off.placement(off.page("my-notes").orElseThrow()).kind());
        assertTrue(off.placement(off.page("my-notes").orElseThrow()).variant().isEmpty());
    }

    @Test
    void frontMatterIsMetadata() throws IOException {
        Page governance = Consultation.load(site()).page("governance").orElseThrow();
        assertEquals(Map.of("title", "Governance: who decides", "tags", "governance\nboards"), governance.metadata());
        assertEquals("Governance: who decides", governance.title());
        assertTrue(governance.markdown().startsWith("# Governance"), governance.markdown());
    }

    @Test
    void ofTwoFilesWithOneAddressTheSecondIsSkippedWithItsReason(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a b.md"), "# One");
        Files.writeString(dir.resolve("a-b.md"), "# Two");
        Consultation c = Consultation.load(dir);
        assertEquals(List.of("One"), c.pages().stream().map(Page::title).toList());
        assertEquals(List.of(new SkippedFile("a-b.md", "its address /a-b is already that of a b.md")), c.skipped());
        assertThrows(IllegalArgumentException.class,
                () -> Consultation.builder().of(List.of(Page.parse("a", "# A"), Page.parse("a", "# B"))));
    }

    @Test
    void upperCaseEndingsArePagesAndOtherFilesAreTheSitesOwn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Shouting.MD"), "# Loud");
        Files.writeString(dir.resolve("Long.markdown"), "# Long form");
        Files.write(dir.resolve("latin.md"), "# Caf\u00e9\n\nna\u00efve".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("notes.docx"), "not a page");
        Files.writeString(dir.resolve("picture.png"), "an image, served beside the pages");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "hidden");
        Consultation c = Consultation.load(dir);
        assertEquals(List.of("long", "shouting"), c.pages().stream().map(Page::slug).toList());
        assertEquals(List.of("latin.md"), c.skipped().stream().map(SkippedFile::path).toList());
        String latin = c.skipped().get(0).reason();
        assertTrue(latin.startsWith("the file is not UTF-8: pages must be saved as UTF-8, and byte 0xE9 at line 1, column 6"),
                latin);
        // Every other file goes out with the site, as MkDocs publishes it; hidden ones never do.
        assertEquals(List.of("notes.docx", "picture.png"), c.siteFiles().paths());
    }

    @Test
    void aNameWithNothingToMakeAnAddressOfIsSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("@@.md"), "# Nothing");
        Files.writeString(dir.resolve("01-My page@v2.md"), "# Something");
        Consultation c = Consultation.load(dir);
        assertEquals(List.of("01-my-page-v2"), c.pages().stream().map(Page::slug).toList());
        assertEquals("'@@' has no letter or digit to make a page address of", c.skipped().get(0).reason());
    }

    @Test
    void pagesFromElsewhereAreArrangedByTheirSlugs() {
        Consultation c = Consultation.builder().of(List.of(Page.parse("a", "# A"), Page.parse("part/b", "# B")));
        assertEquals(List.of("", "part"), c.sections().stream().map(Section::slug).toList());
    }
}
