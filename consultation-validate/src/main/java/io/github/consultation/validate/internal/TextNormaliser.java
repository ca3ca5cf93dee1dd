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
        if (isPlain(raw)) {
            return Result.ok(raw.strip());
        }
        if (isClean(raw)) {
            // Nothing to remove or replace: only the normalisation form can change.
            return Result.ok(nfc(raw).strip());
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

    /** {@code text} in Unicode normalisation form C; text below U+0300 always is. */
    private static String nfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * Whether {@code raw} holds nothing that the slow path would remove, replace or refuse: no
     * control character (line breaks and tabs included), no bidirectional control, and only
     * surrogates that come in pairs.
     */
    private static boolean isClean(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= raw.length() || !Character.isLowSurrogate(raw.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
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

    /** Printable ASCII only: nothing to do but trim. */
    private static boolean isPlain(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
