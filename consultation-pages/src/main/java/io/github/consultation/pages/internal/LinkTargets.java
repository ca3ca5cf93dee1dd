package io.github.consultation.pages.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import io.github.consultation.pages.Page;
import java.util.regex.Pattern;

/**
 * Where a page's links and images point. Relative addresses are resolved against the site's base
 * and the page's folder; a relative link to another page's Markdown file ({@code costs.md#risks})
 * becomes that page's address ({@code <base>appendices/costs#risks}); spaces and other characters
 * that an address cannot hold are percent-encoded, so file names with spaces work. Absolute
 * addresses, root-relative paths and fragments are left as they are. Immutable.
 */
public final class LinkTargets {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern PAGE_FILE = Pattern.compile("(?i).+\\.(?:md|markdown)");

    private final String base;

    /** Targets under {@code base}, which ends with {@code /}. */
    public LinkTargets(String base) {
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("The link base must end with '/': " + base);
        }
        this.base = base;
    }

    /** The address {@code url} stands for, written on a page in the folder {@code directory} ("" for the top). */
    public String resolve(String url, String directory) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || SCHEME.matcher(u).find() || u.startsWith("/")) {
            return encode(u);
        }
        int cut = firstOf(u, '?', '#');
        String path = cut < 0 ? u : u.substring(0, cut);
        String rest = cut < 0 ? "" : u.substring(cut);
        String folder = directory.isEmpty() ? "" : directory + "/";
        String resolved = pagePath(normalise(folder + path));
        return encode(base + resolved + rest);
    }

    /**
     * The site path of a path within the site: a page file's ({@code .md} or {@code .markdown})
     * becomes its page's slug, as {@link Page#slugOf(String)} makes it; any other path stays.
     */
    static String pagePath(String path) {
        if (!PAGE_FILE.matcher(path).matches()) {
            return path;
        }
        try {
            String slug = Page.slugOf(path);
            return slug.equals("index") ? "" : slug;
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /**
     * The slug of the page that {@code url}, written on a page in {@code directory}, points to;
     * empty if it points elsewhere (another site, an image, a fragment of the same page).
     */
    public static java.util.Optional<String> pageSlug(String url, String directory) {
        String u = url.strip();
        if (u.isEmpty() || u.startsWith("#") || SCHEME.matcher(u).find() || u.startsWith("//")) {
            return java.util.Optional.empty();
        }
        int cut = firstOf(u, '?', '#');
        String path = cut < 0 ? u : u.substring(0, cut);
        String resolved = u.startsWith("/") ? normalise(path.substring(1))
                : normalise((directory.isEmpty() ? "" : directory + "/") + path);
        String last = resolved.substring(resolved.lastIndexOf('/') + 1);
        boolean page = PAGE_FILE.matcher(last).matches();
        if (!page && last.contains(".")) {
            return java.util.Optional.empty();
        }
        String slug = page ? pagePath(resolved) : resolved.replaceAll("/+$", "");
        return java.util.Optional.of(slug);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Resolves {@code .} and {@code ..} segments; {@code ..} never climbs above the site. */
    private static String normalise(String path) {
        try {
            String normalised = new URI(null, null, "/" + path, null).normalize().getPath();
            while (normalised.startsWith("/../")) {
                normalised = normalised.substring(3);
            }
            return normalised.substring(1);
        } catch (URISyntaxException e) {
            return path;
        }
    }

    /** Percent-encodes what an address cannot hold, keeping existing escapes. */
    public static String encode(String url) {
        StringBuilder out = new StringBuilder(url.length() + 8);
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean escape = c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2)));
            if (c > ' ' && c < 0x7F && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`'
                    && c != '{' && c != '|' && c != '}' && !escape) {
                out.append(c);
                continue;
            }
            int cp = url.codePointAt(i);
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i += Character.charCount(cp) - 1;
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
