package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.RuleReader;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of {@link Feedback} as a form and a JSON submission name them, each with the rules
 * that the annotations on {@code Feedback} give it.
 *
 * <p>The {@link #formName() form name} is both the {@code name} of the form control and the
 * key in the existing site's JSON: {@code page, nature, summary, details, role, org, email}.
 *
 * <pre>{@code
 * FeedbackField.SUMMARY.formName();             // "summary"
 * FeedbackField.SUMMARY.rules().minLength();    // OptionalInt[5]
 * FeedbackField.forName("org");                 // Optional[ORGANISATION]
 * }</pre>
 */
public enum FeedbackField {
    /** The page the feedback is about, filled in by the page rather than the reader. */
    PAGE("page", "page", Entry.BY_PAGE),
    /** The reader's reflection, an option of {@link Reflection}. */
    REFLECTION("nature", "reflection", Entry.ONE_LINE),
    /** The summary. */
    SUMMARY("summary", "summary", Entry.ONE_LINE),
    /** The details, the one field of several lines. */
    DETAILS("details", "details", Entry.LINES),
    /** The role, an option of {@link Role}. */
    ROLE("role", "role", Entry.ONE_LINE),
    /** The organisation. */
    ORGANISATION("org", "organisation", Entry.ONE_LINE),
    /** The email address. */
    EMAIL("email", "email", Entry.ONE_LINE);

    private enum Entry { BY_PAGE, ONE_LINE, LINES }

    private static final Map<String, FeedbackField> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(FeedbackField::formName, Function.identity()));

    private final String formName;
    private final String property;
    private final Entry entry;

    FeedbackField(String formName, String property, Entry entry) {
        this.formName = formName;
        this.property = property;
        this.entry = entry;
    }

    /** The control's {@code name} in the form and the key in a JSON submission. */
    public String formName() {
        return formName;
    }

    /** The name of the field on {@link Feedback} that carries the annotations. */
    public String property() {
        return property;
    }

    /** Whether the value may hold line breaks (and tabs); only the details do. */
    public boolean multiline() {
        return entry == Entry.LINES;
    }

    /** Whether the page fills this field in rather than the reader (a hidden control). */
    public boolean filledByPage() {
        return entry == Entry.BY_PAGE;
    }

    /** The rules of this field in the {@link FormVariant#FULL full form}, read from the annotations on {@link Feedback}. */
    public FieldRules rules() {
        return rules(FormVariant.FULL);
    }

    /** The rules of this field in {@code variant}, read from the annotations on {@link Feedback}. */
    public FieldRules rules(FormVariant variant) {
        return RuleReader.rulesOf(this, Checks.notNull(variant, "variant"));
    }

    /** Finds the field whose form name is {@code formName}. */
    public static Optional<FeedbackField> forName(String formName) {
        return Optional.ofNullable(BY_NAME.get(Checks.notNull(formName, "formName")));
    }
}
