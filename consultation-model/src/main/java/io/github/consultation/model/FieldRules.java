package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an answer to one question must satisfy, as the form's {@link FormDefinition} says: the
 * view that HTML attributes, the JSON Schema and messages are derived from.
 *
 * <pre>{@code
 * FieldRules summary = FormDefinition.pageFeedback().rules("summary");
 * summary.required();    // true
 * summary.minLength();   // OptionalInt[5]
 * }</pre>
 *
 * <p>Lengths count UTF-16 code units, as {@link String#length()} and the browser's
 * {@code minlength} and {@code maxlength} do, after the validator has trimmed the value and
 * turned each line break into {@code \n}.
 *
 * @param required whether a value must be given
 * @param minLength the least length of a given value, if there is one
 * @param maxLength the greatest length, if there is one
 * @param email whether the value is an email address
 * @param emailPattern the pattern a whole email address must match, if the value is one
 * @param options the option texts of a choice, in order; empty for text
 * @param pattern the pattern a whole answer must match, if there is one: an email address's, or
 *     the question's own
 * @param acceptedSpellings every spelling a choice accepts, each also in any of its
 *     {@linkplain Spellings#pattern apostrophes, quotes and spaces} (texts, translations, their
 *     {@linkplain Spellings#fold folded} forms, codes); empty for text
 */
public record FieldRules(boolean required, OptionalInt minLength, OptionalInt maxLength, boolean email,
        Optional<String> emailPattern, List<String> options, List<String> acceptedSpellings, Optional<String> pattern) {
    /** Copies the lists and checks that the lengths make sense. */
    public FieldRules {
        Checks.notNull(minLength, "minLength");
        Checks.notNull(maxLength, "maxLength");
        Checks.notNull(emailPattern, "emailPattern");
        options = List.copyOf(Checks.notNull(options, "options"));
        acceptedSpellings = List.copyOf(Checks.notNull(acceptedSpellings, "acceptedSpellings"));
        Checks.notNull(pattern, "pattern");
        if (minLength.orElse(0) < 0 || minLength.orElse(0) > maxLength.orElse(Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("Lengths must satisfy 0 <= min <= max, not " + minLength + " and " + maxLength);
        }
    }

    /** Rules whose only pattern is an email address's, if any. */
    public FieldRules(boolean required, OptionalInt minLength, OptionalInt maxLength, boolean email,
            Optional<String> emailPattern, List<String> options, List<String> acceptedSpellings) {
        this(required, minLength, maxLength, email, emailPattern, options, acceptedSpellings, emailPattern);
    }

    /** Whether the question is a choice among {@link #options()}. */
    public boolean isChoice() {
        return !options.isEmpty();
    }
}
