package io.github.consultation.validate.internal;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.Submission;
import io.github.consultation.validate.FormTokens;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The names a submission may carry besides those of {@link FeedbackField}. */
public final class FieldNames {
    /** The origin's form selector: {@code "Feedback"} for page feedback. */
    public static final String TAB = "tab";
    /** The only {@link #TAB} value this validator accepts. */
    public static final String PAGE_FEEDBACK_TAB = "Feedback";
    /** The honeypot. */
    public static final String HONEYPOT = Submission.HONEYPOT;

    /** The signed form token. */
    public static final String TOKEN = FormTokens.FIELD;

    /** Every name a form or JSON submission may carry, feedback fields first in form order. */
    public static final List<String> KNOWN = Stream.concat(
            Arrays.stream(FeedbackField.values()).map(FeedbackField::formName),
            Stream.of(HONEYPOT, TAB, TOKEN)).toList();

    /** The most field problems reported for one submission; the rest are not listed. */
    public static final int MAX_PROBLEMS = 20;

    /** The longest unknown field name echoed in a message; longer ones are cut. */
    public static final int MAX_ECHOED_NAME = 40;

    private FieldNames() {
    }

    /** Whether {@code name} is a name this form knows. */
    public static boolean isKnown(String name) {
        return KNOWN.contains(name);
    }

    /** {@code name} cut to a length fit to echo, without splitting a character. */
    public static String echoable(String name) {
        if (name.length() <= MAX_ECHOED_NAME) {
            return name;
        }
        int end = MAX_ECHOED_NAME;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + "\u2026";
    }
}
