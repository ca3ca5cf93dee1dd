package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class PageAddressTest {
    @Test
    void aFullAddressKeepsItsPathOnly() {
        assertEquals("/shared-record/", PageAddress.normalise("https://consult.example.org/shared-record/"));
        assertEquals("/a/b", PageAddress.normalise("HTTP://Example.org:8080/a/b?x=1&y=2#frag"));
        assertEquals("", PageAddress.normalise("https://example.org"));
    }

    @Test
    void thePageParameterIsKeptAndTheRestOfTheQueryDropped() {
        assertEquals("/feedback?page=/costs/", PageAddress.normalise("/feedback?utm=1&page=/costs/&ref=mail#top"));
        assertEquals("/feedback?page=a b", PageAddress.normalise("/feedback?page=a+b"));
    }

    @Test
    void escapesAreDecodedWhenThatIsSafe() {
        assertEquals("/caf\u00e9", PageAddress.normalise("/caf%C3%A9"));
        assertEquals("/a%2541", PageAddress.normalise("/a%2541"), "decoding would leave an escape");
        assertEquals("/a%00b", PageAddress.normalise("/a%00b"), "decoding would make a control character");
        assertEquals("/bad%C3", PageAddress.normalise("/bad%C3"), "not UTF-8");
    }

    @Test
    void emailAddressesAndLongNumbersAreReplaced() {
        assertEquals("/people/[email]/case/[number]", PageAddress.normalise("/people/jo@example.org/case/12345678"));
        assertEquals("/people/[email]", PageAddress.normalise("/people/jo%40example.org"));
        assertEquals("/feedback?page=[email]", PageAddress.normalise("/feedback?page=jo@example.org"));
        assertEquals("/2026/page-12345", PageAddress.normalise("/2026/page-12345"), "short numbers stay");
    }

    @Test
    void escapesOfCharactersThatEndThePathOrPageValueStay() {
        assertEquals("/a%23b/c%3Fd", PageAddress.normalise("/a%23b/c%3Fd#top"));
        assertEquals("/feedback?page=x%26y%2Bz", PageAddress.normalise("/feedback?page=x%26y%2Bz&utm=1"));
        assertEquals("!!%23", PageAddress.normalise("!!%23"));
    }

    @Test
    void aNumberThatSwallowsTheEscapeThatBlockedDecodingLeavesTheRestDecoded() {
        // %84 alone is not UTF-8, so the first pass decodes nothing; the number it sits in goes.
        assertEquals("/%[number]L", PageAddress.normalise("/%848467%4c"));
        assertEquals("/x/[number]", PageAddress.normalise("http%3A%2F%2Fexample.org%2Fx%2F1234567"), "decoded, it is a full address");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(s -> {
            String once = PageAddress.normalise(s);
            assertEquals(once, PageAddress.normalise(once), () -> "for " + s);
        });
        qt().withExamples(2000).forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 60)).checkAssert(s -> {
            String once = PageAddress.normalise(s);
            assertEquals(once, PageAddress.normalise(once), () -> "for " + s);
        });
    }

    @Test
    void slugsAreMatchedUnderABasePath() {
        assertEquals("shared-record", PageAddress.slugOf("/shared-record/"));
        assertEquals("costs", PageAddress.slugOf("/feedback?page=/costs/"));
        assertEquals("appendices/costs", PageAddress.slugOf("/appendices/costs/index.html"));
        assertTrue(PageAddress.isPage("/consultation/shared-record/", "shared-record"));
        assertFalse(PageAddress.isPage("/not-shared-record/", "shared-record"));
        assertFalse(PageAddress.isPage("/shared-record/extra", "shared-record"));
    }
}
