package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    @Test
    void normalisingTwiceChangesNothing() {
        qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 50), booleans().all())
                .checkAssert((s, multiline) -> {
                    TextNormaliser.Result once = TextNormaliser.normalise(s, multiline, 1000);
                    if (!once.refused()) {
                        TextNormaliser.Result twice = TextNormaliser.normalise(once.value(), multiline, 1000);
                        assertFalse(twice.refused(), () -> "refused the second time: " + s);
                        assertEquals(once.value(), twice.value());
                    }
                });
    }

    @Test
    void aDisplayedValueHoldsNoControlOrLoneSurrogate() {
        qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 50)).checkAssert(s -> {
            String shown = TextNormaliser.forDisplay(s, 30);
            assertFalse(shown.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)), shown);
            for (int i = 0; i < shown.length(); i++) {
                char c = shown.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    assertFalse(i + 1 >= shown.length() || !Character.isLowSurrogate(shown.charAt(++i)), shown);
                } else {
                    assertFalse(Character.isLowSurrogate(c), shown);
                }
            }
        });
    }

    @Test
    void crlfAndCrBecomeOneLineBreak() {
        assertEquals("a\nb\nc", TextNormaliser.normalise("a\r\nb\rc", true, 100).value());
        assertEquals("abc", TextNormaliser.normalise("a\r\nb\rc", false, 100).value());
    }

    /**
     * The fast path takes general punctuation from U+2010 to U+205E as already in form C: true of
     * each alone, after any character of the Basic Multilingual Plane that is itself in form C, and
     * before a combining mark (whose own check the fast path leaves to the normaliser).
     */
    @Test
    void thePunctuationTheFastPathTrustsIsAlwaysInFormC() {
        for (char c = '\u2010'; c <= '\u205E'; c++) {
            assertTrue(TextNormaliser.isStablePunctuation(c));
            assertTrue(java.text.Normalizer.isNormalized(String.valueOf(c), java.text.Normalizer.Form.NFC), "alone");
            for (int b = 0; b <= 0xFFFF; b++) {
                if (Character.isSurrogate((char) b)) {
                    continue;
                }
                String before = String.valueOf((char) b);
                if (java.text.Normalizer.isNormalized(before, java.text.Normalizer.Form.NFC)
                        && !java.text.Normalizer.isNormalized(before + c, java.text.Normalizer.Form.NFC)) {
                    throw new AssertionError(Integer.toHexString(b) + " then " + Integer.toHexString(c));
                }
            }
        }
        assertFalse(TextNormaliser.isStablePunctuation('\u2001'), "U+2001 decomposes to U+2003");
        assertEquals("caf\u00e9 \u2019quoted\u2019", TextNormaliser.normalise("cafe\u0301 \u2019quoted\u2019", false, 100).value());
    }
}
