package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of the page-feedback form as a form and the existing site's JSON name them:
 * {@code page, nature, summary, details, role, org, email}. A {@link FormDefinition} says which of
 * them a form asks, with what options and limits.
 *
 * <pre>{@code
 * FeedbackField.SUMMARY.formName();     // "summary"
 * FeedbackField.forName("org");         // Optional[ORGANISATION]
 * definition.rules(FeedbackField.SUMMARY.formName()).minLength();   // OptionalInt[5]
 * }</pre>
 */
public enum FeedbackField {
    /** The page the feedback is about, filled in by the page rather than the reader. */
    PAGE("page"),
    /** The reader's reflection. */
    REFLECTION("nature"),
    /** The summary. */
    SUMMARY("summary"),
    /** The details, the one field of several lines. */
    DETAILS("details"),
    /** The reader's role. */
    ROLE("role"),
    /** The organisation. */
    ORGANISATION("org"),
    /** The email address. */
    EMAIL("email");

    private static final Map<String, FeedbackField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(FeedbackField::formName, Function.identity()));

    private final String formName;

    FeedbackField(String formName) {
        this.formName = formName;
    }

    /** The control's {@code name} in the form and the key in a JSON submission. */
    public String formName() {
        return formName;
    }

    /** Finds the field whose form name is {@code formName}. */
    public static Optional<FeedbackField> forName(String formName) {
        return Optional.ofNullable(BY_NAME.get(Checks.notNull(formName, "formName")));
    }
}
