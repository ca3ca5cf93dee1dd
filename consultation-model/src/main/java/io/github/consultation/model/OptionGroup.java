package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;

/**
 * A heading that options are listed under: a group of roles ("Local authority") or of
 * activities. The text is in the definition's first language; translations are texts of the
 * definition under the key {@code group.<code>}.
 *
 * <pre>{@code
 * OptionGroup group = new OptionGroup("local-authority", "Local authority");
 * }</pre>
 *
 * @param code a stable identifier, safe in URLs, CSS classes and storage: lower-case letters,
 *     digits and hyphens, starting with a letter or digit, at most 128 characters (a slug of an item's text fits)
 * @param text the heading as the form shows it
 */
public record OptionGroup(String code, String text) {
    /** Checks the code and that the text is not empty. */
    public OptionGroup {
        Checks.code(code, "group code");
        Checks.notEmpty(text, "group text");
    }
}
