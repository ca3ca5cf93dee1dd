package io.github.consultation.model;

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
}
