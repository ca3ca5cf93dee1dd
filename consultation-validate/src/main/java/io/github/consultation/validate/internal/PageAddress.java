package io.github.consultation.validate.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Normalises the {@code page} value of a submission so that it names the page and nothing
 * more about the reader.
 *
 * <ul>
 *   <li>A full address ({@code https://host/path?query#fragment}) keeps its path only; a
 *       relative one is read the same way.
 *   <li>The fragment and every query parameter are dropped, except a {@code page} parameter
 *       (the origin's {@code ?page=} form), which is kept as {@code ?page=value}.
 *   <li>Percent-escapes are decoded (where they decode to UTF-8), so that
 *       {@code caf%C3%A9} reads {@code café}; escapes of {@code # ? & +} stay, since decoded
 *       they would change where the path or the {@code page} value ends.
 *   <li>Any email address becomes {@code [email]} and any run of six or more digits
 *       {@code [number]}: neither identifies a page, and both may identify a person.
 * </ul>
 *
 * <p>Normalising a normalised value changes nothing.
 */
public final class PageAddress {
    private static final Pattern EMAIL = Pattern.compile("[^\\s/?#&=@\\[\\]]+@[^\\s/?#&=@\\[\\]]+\\.[^\\s/?#&=@\\[\\]]+");
    private static final Pattern LONG_DIGITS = Pattern.compile("\\d{6,}");
    private static final Pattern ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");
    /** A page's file ending, which its slug leaves out. */
    private static final Pattern HTML_ENDING = Pattern.compile("(?:/index)?\\.html?$");
    /** Characters whose escapes stay escaped: decoded, they would end the path or the {@code page} value. */
    private static final String KEPT_ESCAPED = "#?&+";
    private static final int MAX_PASSES = 8;

    private PageAddress() {
    }

    /**
     * The normalised form of {@code raw} (already trimmed). One pass can leave work for a next:
     * an escape that kept the whole text from decoding may fall inside a number that is then
     * replaced, and a decoded path may start with an address of its own. So passes repeat until
     * one changes nothing, which takes at most four. A result with neither an escape nor an
     * address left in it gives a next pass nothing to do, so the usual path takes one pass.
     */
    public static String normalise(String raw) {
        String rest = withoutSchemeAndHost(raw);
        if (isBarePath(rest)) {
            // The usual address: a path with nothing to decode, drop or scrub, after its host if it had one.
            return rest;
        }
        String current = raw;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String next = normaliseOnce(current);
            if (next.equals(current) || (next.indexOf('%') < 0 && !next.contains("://"))) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private static String normaliseOnce(String raw) {
        String rest = withoutSchemeAndHost(raw);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        int question = rest.indexOf('?');
        String path = question >= 0 ? rest.substring(0, question) : rest;
        String query = question >= 0 ? rest.substring(question + 1) : "";
        String cleanPath = scrub(decode(path));
        Optional<String> page = query.isEmpty() ? Optional.empty() : pageParameter(query);
        return page.isEmpty() ? cleanPath : cleanPath + "?page=" + scrub(decode(page.get()));
    }

    /**
     * The slug a normalised address names: the {@code ?page=} value if there is one, else the
     * path, without leading and trailing slashes and without a trailing {@code index.html} or
     * {@code .html}.
     */
    public static String slugOf(String normalised) {
        int question = normalised.indexOf("?page=");
        String path = question >= 0 ? normalised.substring(question + "?page=".length()) : normalised;
        int inner = path.indexOf('?');
        if (inner >= 0) {
            path = path.substring(0, inner);
        }
        path = HTML_ENDING.matcher(path).replaceFirst("");
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    /** Whether the page named by {@code normalised} is the page {@code slug}, perhaps under a base path. */
    public static boolean isPage(String normalised, String slug) {
        return names(namedSlug(normalised), slug);
    }

    /** The slug {@code normalised} names, in lower case, as {@link #names} compares it. */
    public static String namedSlug(String normalised) {
        return slugOf(normalised).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code named} (from {@link #namedSlug}) is the page {@code slug}, perhaps under a base
     * path: so that a catalogue finds the slug once for all its pages.
     */
    public static boolean names(String named, String slug) {
        String wanted = slug.toLowerCase(Locale.ROOT);
        return named.equals(wanted) || (named.length() > wanted.length() && named.endsWith(wanted)
                && named.charAt(named.length() - wanted.length() - 1) == '/');
    }

    /**
     * Whether {@code path} has nothing a pass would change: no escape, fragment, query, at sign or
     * address of its own, and no run of six digits.
     */
    private static boolean isBarePath(String path) {
        int digits = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' || c == '#' || c == '?' || c == '@' || (c == ':' && path.startsWith("//", i + 1))) {
                return false;
            }
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits >= 6) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> pageParameter(String query) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq >= 0 ? pair.substring(0, eq) : pair;
            if (name.equals("page") && eq >= 0 && eq + 1 < pair.length()) {
                return Optional.of(pair.substring(eq + 1).replace('+', ' '));
            }
        }
        return Optional.empty();
    }

    /** {@code raw} without a leading {@code scheme://host}, found without a regular expression. */
    private static String withoutSchemeAndHost(String raw) {
        int colon = raw.indexOf("://");
        if (colon <= 0) {
            return raw;
        }
        for (int i = 0; i < colon; i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-'));
            if (!ok) {
                return raw;
            }
        }
        int end = colon + 3;
        while (end < raw.length()) {
            char c = raw.charAt(end);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            end++;
        }
        return raw.substring(end);
    }

    private static String scrub(String text) {
        String noEmail = text.indexOf('@') < 0 ? text : EMAIL.matcher(text).replaceAll("[email]");
        return hasLongDigitRun(noEmail) ? LONG_DIGITS.matcher(noEmail).replaceAll("[number]") : noEmail;
    }

    private static boolean hasLongDigitRun(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 6) {
                return true;
            }
        }
        return false;
    }

    private static int escapedByte(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h >= 0 && l >= 0 ? h * 16 + l : -1;
    }

    /** Decodes percent-escapes as UTF-8; text that does not decode cleanly is left as it is. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escaped = c == '%' && i + 2 < text.length() ? escapedByte(text.charAt(i + 1), text.charAt(i + 2)) : -1;
            if (escaped >= 0 && KEPT_ESCAPED.indexOf(escaped) < 0) {
                bytes.write(escaped);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
            boolean clean = !ESCAPE.matcher(decoded).find()
                    && !TextNormaliser.normalise(decoded, false, Integer.MAX_VALUE).refused();
            // Kept encoded if decoding leaves an escape (so normalising twice changes nothing)
            // or a control character.
            return clean ? decoded : text;
        } catch (CharacterCodingException e) {
            return text;
        }
    }
}
