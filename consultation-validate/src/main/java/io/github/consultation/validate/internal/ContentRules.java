package io.github.consultation.validate.internal;

import io.github.consultation.model.Feedback;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs in valid feedback that a script wrote it: the same text as summary and details, or a
 * summary or details of one character repeated. Checked only on feedback that is otherwise
 * valid, so a person who made a mistake sees their errors instead.
 */
public final class ContentRules {
    /** The spam reason when summary and details are the same. */
    public static final String SAME_TEXT = "same-summary-and-details";
    /** The spam reason when a text is one character repeated. */
    public static final String REPEATED_CHARACTER = "repeated-character";

    private ContentRules() {
    }

    /** The reason {@code feedback} looks written by a script, if it does. */
    public static Optional<String> spamReason(Feedback feedback) {
        String summary = feedback.summary();
        String details = feedback.details();
        if (!details.isEmpty() && summary.toLowerCase(Locale.ROOT).equals(details.toLowerCase(Locale.ROOT))) {
            return Optional.of(SAME_TEXT);
        }
        if (oneCharacterRepeated(summary) || oneCharacterRepeated(details)) {
            return Optional.of(REPEATED_CHARACTER);
        }
        return Optional.empty();
    }

    private static boolean oneCharacterRepeated(String text) {
        if (text.codePointCount(0, text.length()) < 2) {
            return false;
        }
        int first = text.codePointAt(0);
        return text.codePoints().allMatch(c -> c == first);
    }
}
