package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a page's form goes: at its marker, but never at the text of a marker shown as code. */
class FeedbackPlacementTest {
    private static final String MARKER = "<!-- feedback form -->";

    @ParameterizedTest
    @ValueSource(strings = {
            "# How to place the form\n\nWrite this line:\n\n```\n" + MARKER + "\n```\n\nThat is all.\n",
            "# Tilde fences\n\n~~~markdown\n" + MARKER + "\n~~~\n",
            "# Inline\n\nWrite `" + MARKER + "` where the form goes.\n",
            "# Double ticks\n\nWrite ``a ` then " + MARKER + "`` here.\n"})
    void aMarkerInCodeIsAnExample(String markdown) {
        FeedbackPlacement placement = FeedbackPlacement.of(Page.parse("p", markdown), true);
        assertEquals(FeedbackPlacement.Kind.AT_END, placement.kind(), markdown);
        assertEquals(FeedbackPlacement.Kind.NONE, FeedbackPlacement.of(Page.parse("p", markdown), false).kind());
    }

    @Test
    void theRealMarkerAfterAnExampleIsTaken() {
        String markdown = "# Guide\n\n```\n" + MARKER + "\n```\n\nThe form:\n\n" + MARKER + "\n\nAfter.\n";
        FeedbackPlacement placement = FeedbackPlacement.of(Page.parse("p", markdown), true);
        assertEquals(FeedbackPlacement.Kind.AT_MARKER, placement.kind());
        assertEquals(markdown.lastIndexOf(MARKER), placement.start());
    }

    @Test
    void aHostThatParsedThePageSaysWhereCommentsAre() {
        // An indented code block, which a scan of lines cannot tell from text: the parser's word decides.
        String markdown = "# Indented\n\nExample:\n\n    " + MARKER + "\n\nEnd.\n";
        Page page = Page.parse("p", markdown);
        assertEquals(FeedbackPlacement.Kind.AT_MARKER, FeedbackPlacement.of(page, true).kind());
        assertEquals(FeedbackPlacement.Kind.AT_END, FeedbackPlacement.of(page, true, offset -> false).kind());
    }
}
