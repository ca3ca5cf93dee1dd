package io.github.consultation.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;

/**
 * Escapes text for one HTML context at a time: element text, a double-quoted attribute value,
 * or a URL in an attribute. Text that needs no escaping is copied to the output in one call;
 * otherwise the runs between escaped characters are.
 *
 * <p>In every context {@code NUL} and unpaired surrogates, which no HTML parser keeps, become
 * U+FFFD, and a carriage return becomes {@code &#13;} so that it survives parsing.
 *
 * <pre>{@code
 * HtmlEscaper.text("Fish & chips <3");          // "Fish &amp; chips &lt;3"
 * HtmlEscaper.attribute("say \"hi\"");          // "say &quot;hi&quot;"
 * HtmlEscaper.url("javascript:alert(1)");       // "#" (only http, https, mailto and relative addresses pass)
 * HtmlEscaper.url("/pages/a b?q=1&r=2");        // "/pages/a%20b?q=1&amp;r=2"
 * }</pre>
 */
public final class HtmlEscaper {
    private static final String REPLACEMENT = "\uFFFD";

    /**
     * Which characters need escaping, one bit per character below 64: every character that does
     * in element text or attribute values ({@code & < > " ' CR NUL}) is below 64.
     */
    private static final long IN_TEXT = bits('&', '<', '>', '\r', '\0');
    private static final long IN_ATTRIBUTE = IN_TEXT | bits('"', '\'');

    private static long bits(char... chars) {
        long mask = 0;
        for (char c : chars) {
            mask |= 1L << c;
        }
        return mask;
    }

    private HtmlEscaper() {
    }

    /** Escapes {@code value} for element text ({@code <p>here</p>}). */
    public static String text(String value) {
        return escapeToString(value, IN_TEXT);
    }

    /** Escapes {@code value} for a double-quoted attribute value ({@code title="here"}). */
    public static String attribute(String value) {
        return escapeToString(value, IN_ATTRIBUTE);
    }

    /** Makes {@code value} a safe URL for a double-quoted {@code href}, {@code src} or {@code action}. */
    public static String url(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        url(value, out);
        return out.toString();
    }

    /**
     * Writes {@code value} escaped for element text.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void text(CharSequence value, Appendable out) {
        escape(value, out, IN_TEXT);
    }

    /**
     * Writes {@code value} escaped for a double-quoted attribute value.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void attribute(CharSequence value, Appendable out) {
        escape(value, out, IN_ATTRIBUTE);
    }

    /**
     * Writes {@code value} as a URL for a double-quoted attribute: an address whose scheme is
     * not {@code http}, {@code https} or {@code mailto} becomes {@code #}; white space,
     * controls, quotes, angle brackets and non-ASCII characters are percent-encoded as UTF-8;
     * {@code &} becomes {@code &amp;}.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public static void url(CharSequence value, Appendable out) {
        Objects.requireNonNull(value, "value");
        try {
            if (!hasSafeScheme(value)) {
                out.append('#');
                return;
            }
            int length = value.length();
            int run = 0;
            for (int i = 0; i < length; i++) {
                char c = value.charAt(i);
                if (c > ' ' && c < 0x7F && c != '"' && c != '\'' && c != '<' && c != '>' && c != '&'
                        && c != '\\' && c != '`' && c != '{' && c != '}' && c != '|' && c != '^') {
                    continue;
                }
                out.append(value, run, i);
                if (c == '&') {
                    out.append("&amp;");
                } else if (isPairedHighSurrogate(value, i)) {
                    percentEncode(Character.toCodePoint(c, value.charAt(i + 1)), out);
                    i++;
                } else {
                    percentEncode(Character.isSurrogate(c) ? 0xFFFD : c, out);
                }
                run = i + 1;
            }
            out.append(value, run, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasSafeScheme(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':') {
                String scheme = value.subSequence(0, i).toString().strip().toLowerCase(Locale.ROOT);
                return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
            }
            if (c == '/' || c == '?' || c == '#') {
                return true;
            }
        }
        return true;
    }

    private static void percentEncode(int codePoint, Appendable out) throws IOException {
        byte[] bytes = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte b : bytes) {
            out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                    .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
        }
    }

    private static String escapeToString(String value, long table) {
        Objects.requireNonNull(value, "value");
        int first = firstToEscape(value, table);
        return first < 0 ? value : escapedCopy(value, first, table);
    }

    private static String escapedCopy(String value, int first, long table) {
        // Room for each character after the first to escape to grow threefold, so the buffer rarely regrows.
        StringBuilder out = new StringBuilder(value.length() + 2 * (value.length() - first) + 16);
        try {
            escapeFrom(value, first, out, table);
        } catch (IOException e) {
            throw new AssertionError("A StringBuilder does not fail", e);
        }
        return out.toString();
    }

    private static void escape(CharSequence value, Appendable out, long table) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        try {
            int first = firstToEscape(value, table);
            if (first < 0) {
                out.append(value);
            } else {
                escapeFrom(value, first, out, table);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstToEscape(CharSequence value, long table) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (needsEscape(c, table)) {
                if (isPairedHighSurrogate(value, i)) {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private static boolean isPairedHighSurrogate(CharSequence value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    /** Whether {@code c} is escaped in the context of {@code table}, or is half of a surrogate pair. */
    private static boolean needsEscape(char c, long table) {
        if (c < 64) {
            return (table >>> c & 1) != 0;
        }
        return c >= '\uD800' && c <= '\uDFFF';
    }

    private static void escapeFrom(CharSequence value, int first, Appendable out, long table)
            throws IOException {
        int length = value.length();
        out.append(value, 0, first);
        int run = first;
        for (int i = first; i < length; i++) {
            char c = value.charAt(i);
            if (!needsEscape(c, table)) {
                continue;
            }
            String replacement;
            switch (c) {
                case '&': replacement = "&amp;"; break;
                case '<': replacement = "&lt;"; break;
                case '>': replacement = "&gt;"; break;
                case '"': replacement = "&quot;"; break;
                case '\'': replacement = "&#39;"; break;
                case '\r': replacement = "&#13;"; break;
                case '\0': replacement = REPLACEMENT; break;
                default:
                    if (isPairedHighSurrogate(value, i)) {
                        i++;
                        continue;
                    }
                    replacement = REPLACEMENT;
                    break;
            }
            out.append(value, run, i).append(replacement);
            run = i + 1;
        }
        out.append(value, run, length);
    }
}
