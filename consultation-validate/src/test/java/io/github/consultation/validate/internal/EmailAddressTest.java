package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.consultation.model.TextQuestion;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written email check and the definition's pattern (what HTML and the JSON Schema carry) agree. */
class EmailAddressTest {
    private static final Pattern PATTERN = Pattern.compile(TextQuestion.EMAIL_PATTERN);
    /** Characters an address is made of, and the ones either side of its rules. */
    private static final String ALPHABET = "aZ09.@-_+!#$%&'*/=?^`{|}~ \u00e9\"(),:;<>[\\]";

    private static String text(List<Integer> picks) {
        StringBuilder s = new StringBuilder();
        for (int pick : picks) {
            // Mostly short runs, now and then a long one, to reach the 64 and 63 character bounds.
            if (pick >= ALPHABET.length()) {
                s.append("a".repeat(pick - ALPHABET.length() + 55));
            } else {
                s.append(ALPHABET.charAt(pick));
            }
        }
        return s.toString();
    }

    @Test
    void agreesWithThePatternOnGeneratedText() {
        qt().withExamples(100_000).forAll(lists().of(integers().between(0, ALPHABET.length() + 14)).ofSizeBetween(0, 14))
                .checkAssert(picks -> {
                    String s = text(picks);
                    assertEquals(PATTERN.matcher(s).matches(), EmailAddress.matches(s), s);
                });
    }

    @Test
    void itsBoundsAreThePatterns() {
        for (String ok : List.of("", "a@b", "reader@example.org", "o'neill+tag@mail.example.co.uk", "a".repeat(64) + "@b",
                "a@" + "b".repeat(63), "a@b-c.d", "x.y@z")) {
            assertTrue(EmailAddress.matches(ok), ok);
            assertTrue(PATTERN.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("@b", "a@", "a", "a".repeat(65) + "@b", "a@" + "b".repeat(64), "a@-b", "a@b-", ".a@b",
                "a.@b", "a..b@c", "a@b..c", "a@b.", "a@b@c", "a b@c", "\u00e9@b")) {
            assertFalse(EmailAddress.matches(bad), bad);
            assertFalse(PATTERN.matcher(bad).matches(), bad);
        }
    }
}
