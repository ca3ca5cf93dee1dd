package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;

/**
 * A question answered in words: one line, several lines, an email address, or the page address
 * that the page itself fills in.
 *
 * <p>Lengths count UTF-16 code units, as {@link String#length()} and a browser's
 * {@code minlength} and {@code maxlength} do, after the validator has trimmed the value and made
 * each line break one {@code \n}.
 *
 * <pre>{@code
 * TextQuestion summary = new TextQuestion("summary", "gs-summary", TextQuestion.Format.LINE, true, 5, 300, "", 0);
 * summary.multiline();   // false
 * }</pre>
 *
 * @param name the control's name and the JSON key
 * @param id the control's id
 * @param format what kind of text
 * @param required whether it must be answered
 * @param minLength the least length of an answer given, 0 for none
 * @param maxLength the greatest length
 * @param autocomplete the control's {@code autocomplete} token, or empty for none
 * @param rows for several lines, how many the existing site's box shows (themes with a design
 *     of their own may keep theirs); 0 elsewhere
 * @param pattern a regular expression a whole answer on one line must match, written so that Java
 *     and browsers (the {@code pattern} attribute) read it alike, such as {@code [A-Z]{2}[0-9]{4}};
 *     empty for none. An email address has {@link #EMAIL_PATTERN} instead.
 */
public record TextQuestion(String name, String id, Format format, boolean required, int minLength, int maxLength,
        String autocomplete, int rows, String pattern) implements Question {
    /**
     * Empty (no address given), or an email address as both a browser's {@code type="email"}
     * check and the validator accept it: a local part of at most 64 characters with dots only
     * between atoms, and a domain of letter-digit-hyphen labels. It is valid in Java, and in
     * JavaScript with the {@code u} and {@code v} flags, so a form can carry it as its
     * {@code pattern} attribute and a JSON Schema as its {@code pattern}.
     */
    public static final String EMAIL_PATTERN = "(?:(?=[^@]{1,64}@)"
            + "[a-zA-Z0-9!#$%&'*+\\/=?^_`\\{\\|\\}~\\-]+(?:\\.[a-zA-Z0-9!#$%&'*+\\/=?^_`\\{\\|\\}~\\-]+)*"
            + "@[a-zA-Z0-9](?:[a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?)*)?";

    /** The kinds of text. */
    public enum Format {
        /** One line, such as a summary or an organisation. */
        LINE,
        /** Several lines, such as details or comments; line breaks and tabs are kept. */
        LINES,
        /** An email address. */
        EMAIL,
        /** The address of the page the form is on, filled in by the page in a hidden control. */
        PAGE
    }

    /**
     * Checks the names, that {@code 0 <= minLength <= maxLength}, and that a pattern is a
     * regular expression, on a question answered on one line.
     */
    public TextQuestion {
        Checks.name(name, "name");
        Checks.id(id, "id");
        Checks.notNull(format, "format");
        Checks.notNull(autocomplete, "autocomplete");
        Checks.notNull(pattern, "pattern");
        if (!pattern.isEmpty()) {
            if (format != Format.LINE) {
                throw new IllegalArgumentException("Only a question answered on one line has a pattern: " + name);
            }
            try {
                java.util.regex.Pattern.compile(pattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("The pattern of " + name + " is not a regular expression: "
                        + e.getDescription(), e);
            }
        }
        if (rows < 0 || rows > 100) {
            throw new IllegalArgumentException("rows of " + name + " must be between 0 and 100, not " + rows);
        }
        if (minLength < 0 || maxLength < Math.max(1, minLength)) {
            throw new IllegalArgumentException("Lengths of " + name + " must satisfy 0 <= min <= max and max >= 1, not "
                    + minLength + " and " + maxLength);
        }
    }

    /** A question without a pattern. */
    public TextQuestion(String name, String id, Format format, boolean required, int minLength, int maxLength,
            String autocomplete, int rows) {
        this(name, id, format, required, minLength, maxLength, autocomplete, rows, "");
    }

    /** The pattern a whole answer must match, if there is one: the question's own, or an email address's. */
    public java.util.Optional<String> answerPattern() {
        return email() ? java.util.Optional.of(EMAIL_PATTERN)
                : pattern.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pattern);
    }

    /** Whether the answer may hold line breaks (and tabs). */
    public boolean multiline() {
        return format == Format.LINES;
    }

    /** Whether the answer is an email address. */
    public boolean email() {
        return format == Format.EMAIL;
    }

    /** Whether the page fills this in rather than the reader (a hidden control). */
    public boolean filledByPage() {
        return format == Format.PAGE;
    }

    /** A copy with other lengths. */
    public TextQuestion withLengths(int minLength, int maxLength) {
        return new TextQuestion(name, id, format, required, minLength, maxLength, autocomplete, rows, pattern);
    }
}
