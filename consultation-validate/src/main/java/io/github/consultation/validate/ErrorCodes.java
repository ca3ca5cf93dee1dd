package io.github.consultation.validate;

/**
 * The codes a {@link io.github.consultation.model.FieldError} can carry, for programs that act on
 * a refusal. Codes are stable across versions and languages; messages are not.
 *
 * <pre>{@code
 * if (verdict.errors().stream().anyMatch(e -> e.code().equals(ErrorCodes.NOT_JSON))) { ... }
 * }</pre>
 */
public final class ErrorCodes {
    /** A required field is empty or missing. */
    public static final String REQUIRED = "required";
    /** A value is shorter than its least length. */
    public static final String TOO_SHORT = "too-short";
    /** A value is longer than its greatest length. */
    public static final String TOO_LONG = "too-long";
    /** An email address is not in the correct format. */
    public static final String FORMAT = "format";
    /** A choice field holds a value that is not one of its options. */
    public static final String UNKNOWN_OPTION = "unknown-option";
    /** A value contains a control character other than a line break or tab in details. */
    public static final String CONTROL_CHARACTER = "control-character";
    /** A value contains text that is not well-formed Unicode (an unpaired surrogate). */
    public static final String INVALID_TEXT = "invalid-text";
    /** A JSON value is not a string. */
    public static final String WRONG_TYPE = "wrong-type";
    /** A field was sent more than once. */
    public static final String REPEATED = "repeated";
    /** A JSON submission holds a field this form does not have. */
    public static final String UNKNOWN_FIELD = "unknown-field";
    /** The {@code tab} field names a form other than page feedback. */
    public static final String UNSUPPORTED_FORM = "unsupported-form";
    /**
     * A rating question's score sent in JSON under the name a form post gives it ({@code "safety.paths": 4}),
     * where JSON sends the question's scores as one object ({@code "safety": {"paths": 4}}).
     */
    public static final String SCORE_NOT_NESTED = "score-not-nested";
    /** The page is not one the host serves. */
    public static final String UNKNOWN_PAGE = "unknown-page";
    /** The page's form is a demonstration and takes no feedback. */
    public static final String FORM_CLOSED = "form-closed";
    /** The submission is empty. */
    public static final String EMPTY = "empty";
    /** The submission is not JSON. */
    public static final String NOT_JSON = "not-json";
    /** The submission is JSON but not an object. */
    public static final String NOT_AN_OBJECT = "not-an-object";
    /** The submission's bytes are not UTF-8. */
    public static final String INVALID_ENCODING = "invalid-encoding";
    /** The submission is larger than the limit. */
    public static final String TOO_LARGE = "too-large";
    /** The submission nests arrays or objects deeper than the limit. */
    public static final String TOO_DEEP = "too-deep";
    /** The submission holds a number with more digits than the limit. */
    public static final String NUMBER_TOO_LONG = "number-too-long";
    /** A score is not a whole number on the question's scale (a 7 on a scale of 1 to 5, say). */
    public static final String NOT_ON_SCALE = "not-on-scale";
    /** A rating question's object names an item the question does not score. */
    public static final String UNKNOWN_ITEM = "unknown-item";
    /** The submission could not be read from its source. */
    public static final String UNREADABLE = "unreadable";
    /** The submission was sent as another media type than the path takes (a form as JSON, say). */
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";

    private ErrorCodes() {
    }
}
