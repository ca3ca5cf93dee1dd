package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;

/**
 * How a reader's text is matched with an option's: the same words with typographic or straight
 * apostrophes and quotes, or with non-breaking spaces for spaces, are the same spelling. A
 * keyboard, a word processor or a phone may give any of them, and an option written with one
 * must take the others ({@link FormDefinition#option(String, String)} matches by
 * {@link #fold(String)}).
 *
 * <pre>{@code
 * Spellings.fold("I\u2019m unsure");                 // "I'm unsure"
 * Spellings.fold("\u201cOther\u201d\u00a0role");     // "\"Other\" role"
 * Spellings.pattern("I'm unsure");                  // a regular expression taking every spelling
 * }</pre>
 */
public final class Spellings {
    /** Apostrophes and single quotes: straight, left, right, reversed and the prime. */
    private static final String APOSTROPHES = "'\u2018\u2019\u201B\u2032";
    /** Double quotes: straight, left, right, reversed and the double prime. */
    private static final String QUOTES = "\"\u201C\u201D\u201F\u2033";
    /** Spaces: the ordinary one, the no-break space, the narrow no-break space and the figure space. */
    private static final String SPACES = " \u00A0\u202F\u2007";

    private Spellings() {
    }

    /**
     * {@code text} with every apostrophe or single quote made {@code '}, every double quote
     * {@code "}, and every no-break space an ordinary space; {@code text} itself when it has none
     * to change.
     */
    public static String fold(String text) {
        Checks.notNull(text, "text");
        int i = 0;
        while (i < text.length() && folded(text.charAt(i)) == text.charAt(i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            out.append(folded(text.charAt(i)));
        }
        return out.toString();
    }

    /** Whether {@code text} has a character that other spellings write differently: a quote, an apostrophe or a space. */
    public static boolean hasVariants(String text) {
        Checks.notNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            char c = folded(text.charAt(i));
            if (c == '\'' || c == '"' || c == ' ') {
                return true;
            }
        }
        return false;
    }

    /**
     * A regular expression, without anchors, that matches exactly the texts that {@linkplain #fold
     * fold} to the same as {@code text}: valid in Java and in JavaScript (so in a JSON Schema's
     * {@code pattern}).
     */
    public static String pattern(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length() + 16);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '\'') {
                out.append('[').append(APOSTROPHES).append(']');
            } else if (c == '"') {
                out.append('[').append(QUOTES).append(']');
            } else if (c == ' ') {
                out.append('[').append(SPACES).append(']');
            } else if ("\\^$.|?*+()[]{}/".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static char folded(char c) {
        if (c < 0xA0) {
            return c;
        }
        if (APOSTROPHES.indexOf(c) >= 0) {
            return '\'';
        }
        if (QUOTES.indexOf(c) >= 0) {
            return '"';
        }
        return SPACES.indexOf(c) >= 0 ? ' ' : c;
    }
}
