package io.github.consultation.validate.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FeedbackField;
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

    /** The reason the answers of a page-feedback form look written by a script, if they do. */
    public static Optional<String> spamReason(Answers answers) {
        String summary = answers.text(FeedbackField.SUMMARY.formName());
        String details = answers.text(FeedbackField.DETAILS.formName());
        if (!details.isEmpty() && summary.equalsIgnoreCase(details)) {
            return Optional.of(SAME_TEXT);
        }
        if (oneCharacterRepeated(summary) || oneCharacterRepeated(details)) {
            return Optional.of(REPEATED_CHARACTER);
        }
        return Optional.empty();
    }

    private static boolean oneCharacterRepeated(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        int width = Character.charCount(first);
        if (text.length() < 2 * width) {
            return false;
        }
        for (int i = width; i < text.length(); i += width) {
            if (text.codePointAt(i) != first) {
                return false;
            }
        }
        return true;
    }
}
