package io.github.consultation.render;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.Submission;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one rendering of the form shows: the page it is on, the values and errors after a
 * failed submit, or the thanks after a successful one; and hidden fields for this request only,
 * such as a CSRF token.
 *
 * <pre>{@code
 * FormState.blank("/governance");
 * FormState.failed("/governance", verdict.submission(), verdict.errors());
 * FormState.succeeded("/governance").withHiddenField("_csrf", token);
 * }</pre>
 */
public final class FormState {
    /** The three states of a form. */
    public enum Outcome {
        /** Nothing sent yet. */
        BLANK,
        /** Sent and refused: values shown again with their errors. */
        FAILED,
        /** Sent and kept: the thanks shown. */
        SUCCEEDED
    }

    private final Outcome outcome;
    private final String page;
    private final Submission submission;
    private final List<FieldError> errors;
    private final Map<String, String> hiddenFields;
    /** The hidden field that carries a CSRF token, and the header the script sends it in; empty for none. */
    private final String csrfField;
    private final String csrfHeader;

    private static final java.util.regex.Pattern HEADER_NAME = java.util.regex.Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}");

    private FormState(Outcome outcome, String page, Submission submission, List<FieldError> errors,
            Map<String, String> hiddenFields) {
        this(outcome, page, submission, errors, hiddenFields, "", "");
    }

    private FormState(Outcome outcome, String page, Submission submission, List<FieldError> errors,
            Map<String, String> hiddenFields, String csrfField, String csrfHeader) {
        this.outcome = outcome;
        this.page = Objects.requireNonNull(page, "page");
        this.submission = Objects.requireNonNull(submission, "submission");
        this.errors = List.copyOf(errors);
        this.hiddenFields = hiddenFields;
        this.csrfField = csrfField;
        this.csrfHeader = csrfHeader;
    }

    /** An empty form on the page {@code page} (its address, sent back in the hidden {@code page} field). */
    public static FormState blank(String page) {
        return new FormState(Outcome.BLANK, page, Submission.empty(), List.of(), Map.of());
    }

    /**
     * The form after a refused submit: {@code submission}'s values shown again, each error
     * beside its field and in the error summary.
     *
     * @throws IllegalArgumentException if {@code errors} is empty
     */
    public static FormState failed(String page, Submission submission, List<FieldError> errors) {
        if (Objects.requireNonNull(errors, "errors").isEmpty()) {
            throw new IllegalArgumentException("A failed form needs at least one error");
        }
        return new FormState(Outcome.FAILED, page, submission, errors, Map.of());
    }

    /** The form after a kept submit: empty again, with the thanks shown. */
    public static FormState succeeded(String page) {
        return new FormState(Outcome.SUCCEEDED, page, Submission.empty(), List.of(), Map.of());
    }

    /**
     * A copy with one more hidden field for this request, such as a CSRF token.
     *
     * @throws IllegalArgumentException if {@code name} is empty or a name the form itself uses
     */
    public FormState withHiddenField(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isEmpty() || FeedbackField.forName(name).isPresent() || name.equals(Submission.HONEYPOT)) {
            throw new IllegalArgumentException("Not a name for a host's hidden field: '" + name + "'");
        }
        Map<String, String> fields = new LinkedHashMap<>(hiddenFields);
        fields.put(name, value);
        return new FormState(outcome, page, submission, errors, java.util.Collections.unmodifiableMap(fields),
                csrfField, csrfHeader);
    }

    /**
     * A copy that carries a CSRF token: in the hidden field {@code parameterName} for a plain post,
     * and marked so that the enhancement script sends it in the header {@code headerName} with the
     * JSON (Spring Security's defaults are {@code _csrf} and {@code X-CSRF-TOKEN}).
     *
     * <pre>{@code
     * CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
     * FormState state = FormState.blank(page).withCsrfToken(token.getParameterName(), token.getHeaderName(), token.getToken());
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code parameterName} is a name the form uses, or
     *     {@code headerName} is not an HTTP header name
     */
    public FormState withCsrfToken(String parameterName, String headerName, String token) {
        Objects.requireNonNull(headerName, "headerName");
        if (!HEADER_NAME.matcher(headerName).matches()) {
            throw new IllegalArgumentException("Not an HTTP header name: '" + headerName + "'");
        }
        FormState withField = withHiddenField(parameterName, token);
        return new FormState(outcome, page, submission, errors, withField.hiddenFields, parameterName, headerName);
    }

    /** The hidden field that carries the CSRF token, if there is one. */
    public java.util.Optional<String> csrfField() {
        return csrfField.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(csrfField);
    }

    /** The header the enhancement script sends the CSRF token in, if there is one. */
    public java.util.Optional<String> csrfHeader() {
        return csrfHeader.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(csrfHeader);
    }

    /** Writes this request's hidden fields, the CSRF token's marked with the header it travels in. */
    void writeHiddenFields(HtmlWriter out) {
        hiddenFields.forEach((name, value) -> {
            out.indent(4).start("input").attribute("type", "hidden").attribute("name", name).attribute("value", value);
            if (name.equals(csrfField)) {
                out.attribute("data-csrf-header", csrfHeader);
            }
            out.end().line();
        });
    }

    /** Which of the three states this is. */
    public Outcome outcome() {
        return outcome;
    }

    /** The page address sent in the hidden {@code page} field. */
    public String page() {
        return page;
    }

    /** The values to show again; empty unless failed. */
    public Submission submission() {
        return submission;
    }

    /** The errors to show; empty unless failed. */
    public List<FieldError> errors() {
        return errors;
    }

    /** This request's hidden fields, by name. */
    public Map<String, String> hiddenFields() {
        return hiddenFields;
    }

    @Override
    public String toString() {
        return "FormState[" + outcome + ", " + page + ", " + errors.size() + " errors]";
    }
}
