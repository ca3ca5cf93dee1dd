package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.Optional;

/**
 * One option of a choice: a role, a reflection, an idea to score or an activity to tick. The
 * {@link #text() text} is exactly what the form shows in the definition's first language and
 * what a browser or the existing site's script sends; the {@link #code() code} is the stable
 * identifier that storage and URLs use.
 *
 * <pre>{@code
 * Option role = definition.option("role", "la-data").orElseThrow();
 * role.code();                 // "la-data"
 * role.text();                 // "Local authority data professional"
 * role.group().map(OptionGroup::text);   // Optional[Local authority]
 * }</pre>
 *
 * @param code a stable identifier: lower-case letters, digits and hyphens, at most 128 characters (a slug of an item's text fits)
 * @param text the option as the form shows it
 * @param group the heading the option is listed under, if any
 */
public record Option(String code, String text, Optional<OptionGroup> group) {
    /** Checks the code, and that the text is not empty. */
    public Option {
        Checks.code(code, "option code");
        Checks.notEmpty(text, "option text");
        Checks.notNull(group, "group");
    }

    /** Whether {@code text} is a code an option or group may have. */
    public static boolean isCode(String text) {
        return Checks.CODE.matcher(Checks.notNull(text, "text")).matches();
    }

    /** An option listed under no heading. */
    public static Option of(String code, String text) {
        return new Option(code, text, Optional.empty());
    }

    /** An option listed under {@code group}. */
    public static Option of(String code, String text, OptionGroup group) {
        return new Option(code, text, Optional.of(Checks.notNull(group, "group")));
    }
}
