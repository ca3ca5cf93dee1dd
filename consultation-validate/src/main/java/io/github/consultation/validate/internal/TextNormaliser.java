package io.github.consultation.validate.internal;

import io.github.consultation.validate.ErrorCodes;
import java.text.Normalizer;

/**
 * Makes one entered value ready for the length rules, or says why it cannot be kept.
 *
 * <ol>
 *   <li>A value longer than the hard limit is refused before any other work ({@code too-long}).
 *   <li>An unpaired surrogate is refused ({@code invalid-text}).
 *   <li>{@code \r\n} and {@code \r} become {@code \n}, as browsers count them.
 *   <li>Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
 *       are removed: they are invisible and can make stored text read differently from how it
 *       was written.
 *   <li>In a multi-line field {@code \n} and tab are kept. In a one-line field line breaks are
 *       removed, as a browser removes them from a text input, and a tab becomes a space.
 *   <li>Any other control character (U+0000–U+001F, U+007F–U+009F) is refused
 *       ({@code control-character}).
 *   <li>The text is put in Unicode normalisation form C, then leading and trailing white space
 *       is trimmed.
 * </ol>
 */
public final class TextNormaliser {
    private TextNormaliser() {
    }

    /** The outcome: a value, or the code of the reason it was refused. */
    public record Result(String value, String errorCode) {
        static Result ok(String value) {
            return new Result(value, null);
        }

        static Result refused(String code) {
            return new Result("", code);
        }

        /** Whether the value was refused. */
        public boolean refused() {
            return errorCode != null;
        }
    }

    /** Normalises {@code raw}. */
    public static Result normalise(String raw, boolean multiline, int hardLimit) {
        if (raw.length() > hardLimit) {
            return Result.refused(ErrorCodes.TOO_LONG);
        }
        // One scan tells the usual cases apart: printable ASCII (nothing to do but trim), and clean
        // text (nothing to remove or replace: only the normalisation form can change, and only if it
        // holds a character that may decompose or combine).
        int n = raw.length();
        int k = 0;
        while (k < n && raw.charAt(k) >= 0x20 && raw.charAt(k) <= 0x7E) {
            k++;
        }
        if (k == n) {
            return Result.ok(raw.strip());
        }
        boolean clean = true;
        boolean mayChange = false;
        for (; k < n && clean; k++) {
            char c = raw.charAt(k);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c)) {
                clean = false;
            } else if (Character.isSurrogate(c)) {
                clean = Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(raw.charAt(k + 1));
                mayChange = true;
                k++;
            } else if (c >= '\u0300' && !isStablePunctuation(c)) {
                mayChange = true;
            }
        }
        if (clean) {
            return Result.ok((mayChange ? nfc(raw) : raw).strip());
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    out.append(c).append(raw.charAt(++i));
                    continue;
                }
                return Result.refused(ErrorCodes.INVALID_TEXT);
            }
            if (Character.isLowSurrogate(c)) {
                return Result.refused(ErrorCodes.INVALID_TEXT);
            }
            if (c == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (isBidiControl(c)) {
                continue;
            }
            if (c == '\n') {
                if (multiline) {
                    out.append(c);
                }
                continue;
            }
            if (c == '\t') {
                out.append(multiline ? '\t' : ' ');
                continue;
            }
            if (isControl(c)) {
                return Result.refused(ErrorCodes.CONTROL_CHARACTER);
            }
            out.append(c);
        }
        return Result.ok(nfc(out.toString()).strip());
    }

    /**
     * {@code text} in Unicode normalisation form C. Text below U+0300 always is; so is the general
     * punctuation of U+2010 to U+205E (typographic dashes, quotes and apostrophes, which readers
     * type often): none of it decomposes, combines or composes with what comes before it.
     */
    private static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && !isStablePunctuation(c)) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * A refused value made fit to show again in the form: cut to {@code hardLimit} characters,
     * control characters other than line breaks and tabs removed, unpaired surrogates replaced
     * by U+FFFD.
     */
    public static String forDisplay(String raw, int hardLimit) {
        int end = Math.min(raw.length(), hardLimit);
        StringBuilder out = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(raw.charAt(i + 1))) {
                out.append(c).append(raw.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (c == '\n' || c == '\t' || !(isControl(c) || isBidiControl(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@code c} is general punctuation that is always in form C, whatever comes before it. */
    static boolean isStablePunctuation(char c) {
        return c >= '\u2010' && c <= '\u205E';
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
