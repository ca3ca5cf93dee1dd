package io.github.consultation.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.OptionIndex;
import java.util.Optional;

/**
 * What a reader thinks of the page: the six options of the form's optional "Reflection on our
 * thinking from this page" list, in their order.
 *
 * <pre>{@code
 * Reflection r = Reflection.find("I'm unsure about this").orElseThrow();   // straight apostrophe is fine
 * r.code();   // "unsure"
 * r.text();   // "I’m unsure about this"
 * }</pre>
 */
public enum Reflection {
    /** I’m enthusiastic about this. */
    ENTHUSIASTIC("enthusiastic", "I\u2019m enthusiastic about this"),
    /** I’m unsure about this. */
    UNSURE("unsure", "I\u2019m unsure about this"),
    /** I disagree with this. */
    DISAGREE("disagree", "I disagree with this"),
    /** I have a general reflection on this. */
    GENERAL_REFLECTION("general", "I have a general reflection on this"),
    /** I’ve identified a specific issue with this. */
    SPECIFIC_ISSUE("specific-issue", "I\u2019ve identified a specific issue with this"),
    /** Other. */
    OTHER("other", "Other");

    private static final OptionIndex<Reflection> INDEX =
            OptionIndex.of(Reflection.class, Reflection::text, Reflection::code);

    private final String code;
    private final String text;

    Reflection(String code, String text) {
        this.code = code;
        this.text = text;
    }

    /** A short stable identifier, safe in URLs, CSS classes and storage. */
    public String code() {
        return code;
    }

    /** The option text, exactly as the form shows it and the existing site sends it. */
    @JsonValue
    public String text() {
        return text;
    }

    /**
     * Finds the reflection whose option text or code is exactly {@code textOrCode}; in the text a
     * straight apostrophe ({@code '}) may stand for the typographic one ({@code ’}).
     */
    public static Optional<Reflection> find(String textOrCode) {
        return INDEX.find(Checks.notNull(textOrCode, "textOrCode"));
    }

    /** Every spelling that {@link #find(String)} accepts: texts, straight-apostrophe texts and codes. */
    public static java.util.List<String> spellings() {
        return INDEX.spellings();
    }

    /**
     * Like {@link #find(String)}, for binders such as Jackson.
     *
     * @throws IllegalArgumentException if no reflection matches
     */
    @JsonCreator
    public static Reflection of(String textOrCode) {
        return find(textOrCode).orElseThrow(
                () -> new IllegalArgumentException("Unknown reflection: " + textOrCode));
    }
}
