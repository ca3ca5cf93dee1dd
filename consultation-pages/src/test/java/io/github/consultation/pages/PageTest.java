package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PageTest {
    @Test
    void bareMetadataLinesBecomeMetadataAndLeaveTheBody() {
        Page page = Page.parse("costs", "title: What it would cost\nauthors: Data team\n    Policy team\n\n# Costs\n\nText.\n");
        assertEquals(Map.of("title", "What it would cost", "authors", "Data team\nPolicy team"), page.metadata());
        assertEquals("What it would cost", page.title());
        assertEquals("# Costs\n\nText.\n", page.markdown());
    }

    @Test
    void titleFallsBackToTheFirstHeadingWithoutItsMarkup() {
        Page page = Page.parse("delivery", "# <span style=\"color:teal\">How we&rsquo;d *deliver*</span>\n\nBody");
        assertEquals("How we\u2019d deliver", page.title());
        assertTrue(page.metadata().isEmpty());
        assertEquals("# <span style=\"color:teal\">How we&rsquo;d *deliver*</span>\n\nBody", page.markdown());
    }

    @Test
    void headingInsideACodeFenceIsNotTheTitle() {
        Page page = Page.parse("x", "```\n# not this\n```\n\n## This one\n");
        assertEquals("This one", page.title());
    }

    @Test
    void titleFallsBackToTheSlug() {
        assertEquals("appendices/notes", Page.parse("appendices/notes", "Just text.").title());
    }

    @Test
    void aFirstLineThatIsAnAddressIsNotMetadata() {
        Page page = Page.parse("links", "https://example.org/a\n\nMore");
        assertTrue(page.metadata().isEmpty());
        assertEquals("https://example.org/a\n\nMore", page.markdown());
    }

    @Test
    void lineEndingsAndByteOrderMarkAreNormalised() {
        Page page = Page.parse("x", "\uFEFFtitle: T\r\n\r\nBody\r\n");
        assertEquals("T", page.title());
        assertEquals("Body\n", page.markdown());
    }

    @Test
    void slugsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Page.parse("/leading", "x"));
        assertThrows(IllegalArgumentException.class, () -> Page.parse("../up", "x"));
        assertThrows(IllegalArgumentException.class, () -> Page.parse("with space", "x"));
        assertEquals("appendices/a-1", Page.parse("appendices/a-1", "x").slug());
    }

    @Test
    void fencedFrontMatterIsReadAsSimpleYaml() {
        Page page = Page.parse("p", "---\ntitle: 'Quoted: title'\nauthors:\n  - One\n  - Two\n# a comment\n---\n\n# Heading\n");
        assertEquals(Map.of("title", "Quoted: title", "authors", "One\nTwo"), page.metadata());
        assertEquals("# Heading\n", page.markdown());
    }

    @Test
    void anUnclosedFenceIsNotFrontMatter() {
        Page page = Page.parse("p", "---\ntitle: x\n\n# Heading\n");
        assertTrue(page.metadata().isEmpty());
        assertTrue(page.markdown().startsWith("---"));
    }

    @Test
    void aFileNameBecomesAnAddress() {
        assertEquals("01-my-page-v2", Page.slugOf("01-My page@v2.md"));
        assertEquals("appendices/cafe-costs-2026", Page.slugOf("Appendices/Caf\u00e9 costs @2026.MD"));
        assertEquals("appendices", Page.slugOf("appendices/index.md"));
        assertEquals("index", Page.slugOf("index.md"));
        assertEquals("notes.v2", Page.slugOf("notes.v2.markdown"));
        assertEquals("a/b", Page.slugOf("a\\b.md"));
        assertEquals("zurich-o-ma", Page.slugOf("Z\u00fcrich \u2013 \u00f8 ma.md"));
        assertThrows(IllegalArgumentException.class, () -> Page.slugOf("@@.md"));
        assertThrows(IllegalArgumentException.class, () -> Page.slugOf(""));
    }

    @Test
    void everyAddressMadeFromANameIsASlug() {
        org.quicktheories.QuickTheory.qt().forAll(org.quicktheories.generators.SourceDSL.strings().allPossible()
                .ofLengthBetween(1, 30)).checkAssert(name -> {
                    try {
                        String slug = Page.slugOf(name + ".md");
                        assertEquals(slug, Page.parse(slug, "").slug());
                        assertEquals(slug, Page.slugOf(slug + ".md"), "idempotent");
                    } catch (IllegalArgumentException e) {
                        assertTrue(e.getMessage().contains("make a page address") || e.getMessage().contains("names no file"),
                                e.getMessage());
                    }
                });
    }
}
