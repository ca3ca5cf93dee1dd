package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
