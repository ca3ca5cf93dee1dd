package io.github.consultation.model;

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
            return Path.of(ConsultationTest.class.getResource("site").toURI());
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
    void twoFilesWithOneSlugAreRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a b.md"), "# One");
        Files.writeString(dir.resolve("a-b.md"), "# Two");
        assertThrows(IllegalArgumentException.class, () -> Consultation.load(dir));
    }

    @Test
    void pagesFromElsewhereAreArrangedByTheirSlugs() {
        Consultation c = Consultation.builder().of(List.of(Page.parse("a", "# A"), Page.parse("part/b", "# B")));
        assertEquals(List.of("", "part"), c.sections().stream().map(Section::slug).toList());
    }
}
