package io.github.consultation.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one field of {@link Feedback} must satisfy, as its Bean Validation annotations say:
 * the view that forms, schemas and messages are derived from.
 *
 * <pre>{@code
 * FieldRules summary = FeedbackField.SUMMARY.rules();
 * summary.required();    // true   (from @NotBlank)
 * summary.minLength();   // OptionalInt[5]  (from @Size(min = 5))
 * FeedbackField.EMAIL.rules().email();   // true (from @Email)
 * }</pre>
 *
 * <p>Lengths count UTF-16 code units, as {@link String#length()} and the browser's
 * {@code minlength} and {@code maxlength} do, after the validator has trimmed the value and
 * turned each line break into {@code \n}.
 */
public final class FieldRules {
    private final boolean required;
    private final int minLength;
    private final int maxLength;
    private final boolean email;
    private final String emailPattern;
    private final List<String> options;
    private final List<String> acceptedSpellings;

    private FieldRules(Builder b) {
        this.required = b.required;
        this.minLength = b.minLength;
        this.maxLength = b.maxLength;
        this.email = b.email;
        this.emailPattern = b.emailPattern;
        this.options = List.copyOf(b.options);
        this.acceptedSpellings = List.copyOf(b.acceptedSpellings);
    }

    /** Starts rules with no constraint at all; the model reads real ones from annotations. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether a value must be given ({@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}). */
    public boolean required() {
        return required;
    }

    /** The least length of a given value ({@code @Size(min)}), if there is one. */
    public OptionalInt minLength() {
        return minLength == 0 ? OptionalInt.empty() : OptionalInt.of(minLength);
    }

    /** The greatest length ({@code @Size(max)}), if there is one. */
    public OptionalInt maxLength() {
        return maxLength == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(maxLength);
    }

    /** Whether the value is an email address ({@code @Email}). */
    public boolean email() {
        return email;
    }

    /** The pattern that a whole email address must match ({@code @Email(regexp)}), if the field is one. */
    public Optional<String> emailPattern() {
        return Optional.ofNullable(emailPattern);
    }

    /** The option texts of a choice field in their order; empty for a text field. */
    public List<String> options() {
        return options;
    }

    /** Every spelling a choice field accepts (texts, straight-apostrophe texts, codes); empty for a text field. */
    public List<String> acceptedSpellings() {
        return acceptedSpellings;
    }

    /** Whether the field is a choice among {@link #options()}. */
    public boolean isChoice() {
        return !options.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FieldRules)) {
            return false;
        }
        FieldRules that = (FieldRules) o;
        return required == that.required && minLength == that.minLength && maxLength == that.maxLength
                && email == that.email && Objects.equals(emailPattern, that.emailPattern)
                && options.equals(that.options) && acceptedSpellings.equals(that.acceptedSpellings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(required, minLength, maxLength, email, emailPattern, options, acceptedSpellings);
    }

    @Override
    public String toString() {
        return "FieldRules[required=" + required + ", minLength=" + minLength() + ", maxLength=" + maxLength()
                + ", email=" + email + ", options=" + options.size() + "]";
    }

    /** Collects rules; {@link #build()} checks that the lengths make sense. */
    public static final class Builder {
        private boolean required;
        private int minLength;
        private int maxLength = Integer.MAX_VALUE;
        private boolean email;
        private String emailPattern;
        private List<String> options = List.of();
        private List<String> acceptedSpellings = List.of();

        private Builder() {
        }

        /** Marks a value as required. */
        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        /** Sets the least length; 0 means none. */
        public Builder minLength(int minLength) {
            this.minLength = minLength;
            return this;
        }

        /** Sets the greatest length; {@link Integer#MAX_VALUE} means none. */
        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        /** Marks the value as an email address, optionally with a pattern it must also match. */
        public Builder email(Optional<String> pattern) {
            this.email = true;
            this.emailPattern = Objects.requireNonNull(pattern, "pattern").orElse(null);
            return this;
        }

        /** Makes the field a choice among {@code options}, accepting {@code acceptedSpellings}. */
        public Builder choice(List<String> options, List<String> acceptedSpellings) {
            this.options = List.copyOf(options);
            this.acceptedSpellings = List.copyOf(acceptedSpellings);
            return this;
        }

        /**
         * Builds the rules.
         *
         * @throws IllegalStateException unless {@code 0 <= minLength <= maxLength}
         */
        public FieldRules build() {
            if (minLength < 0 || maxLength < minLength) {
                throw new IllegalStateException(
                        "Lengths must satisfy 0 <= min <= max, not " + minLength + " and " + maxLength);
            }
            return new FieldRules(this);
        }
    }
}
