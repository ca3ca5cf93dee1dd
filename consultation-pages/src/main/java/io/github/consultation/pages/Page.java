package io.github.consultation.pages;

import io.github.consultation.pages.internal.PageSource;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One page of a consultation: its slug (where it lives), title, metadata and Markdown body.
 *
 * <p>{@link #parse(String, String)} reads a page written in the MkDocs style: optional
 * metadata at the top, either bare {@code key: value} lines or a {@code ---} fenced front matter
 * block, then Markdown. The metadata are removed from the body, so they are never shown as text.
 *
 * <pre>{@code
 * Page page = Page.parse("governance", "title: How it would be run\n\n# Governance\n\nSome text.");
 * page.title();          // "How it would be run"
 * page.metadata();       // {title=How it would be run}
 * page.markdown();       // "# Governance\n\nSome text."
 * Page.slugOf("01-My page@v2.md");   // "01-my-page-v2"
 * }</pre>
 *
 * @param slug the page's path within the site, such as {@code governance} or
 *     {@code appendices/costs}: letters, digits, {@code . _ ~ -}, segments joined by {@code /}
 * @param title the page title, as plain text
 * @param metadata the page's metadata in source order, keys in lower case; multi-line values
 *     joined by {@code \n}
 * @param markdown the Markdown body, without metadata lines
 * @param directory the folder of the page's source file within the site, {@code ""} for the top
 *     level: relative links and images on the page resolve from there
 * @param bodyLine the line of the source file on which the Markdown body starts (after the
 *     metadata), from 1: so that a finding in the body can name its line in the file
 */
public record Page(String slug, String title, Map<String, String> metadata, String markdown, String directory,
        int bodyLine) {
    private static final Pattern SLUG =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(?:/[A-Za-z0-9][A-Za-z0-9._~-]*)*");
    private static final Pattern MARKDOWN_FILE = Pattern.compile("(?i)\\.(?:md|markdown)$");
    private static final Pattern NOT_IN_SLUG = Pattern.compile("[^a-z0-9._~]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    /**
     * Checks the slug and folder and copies the metadata.
     *
     * @throws IllegalArgumentException if the slug or the folder is not of the form above
     */
    public Page {
        Objects.requireNonNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Not a page slug: '" + slug + "'");
        }
        Objects.requireNonNull(title, "title");
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(metadata, "metadata").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "metadata key"),
                Objects.requireNonNull(v, "metadata value")));
        metadata = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(directory, "directory");
        if (!directory.isEmpty() && !SLUG.matcher(directory).matches()) {
            throw new IllegalArgumentException("Not a folder of the site: '" + directory + "'");
        }
        if (bodyLine < 1) {
            throw new IllegalArgumentException("bodyLine counts from 1, not " + bodyLine);
        }
    }

    /**
     * A page of the given parts, in the folder of its slug's parent.
     *
     * @throws IllegalArgumentException if the slug is not of the form above
     */
    public static Page of(String slug, String title, Map<String, String> metadata, String markdown) {
        Objects.requireNonNull(slug, "slug");
        int slash = slug.lastIndexOf('/');
        return new Page(slug, title, metadata, markdown, slash < 0 ? "" : slug.substring(0, slash), 1);
    }

    /**
     * A copy whose source file lies in the folder {@code directory} (relative to the site's
     * root, {@code ""} for the top level). A folder's index page, whose slug is the folder's,
     * lies in the folder itself.
     */
    public Page inDirectory(String directory) {
        return new Page(slug, title, metadata, markdown, directory, bodyLine);
    }

    /**
     * Reads a page from its source text: metadata lines at the top become {@link #metadata()},
     * the title is the {@code title} metadata or else the text of the first heading or else the
     * slug, and the rest is the body.
     *
     * @throws IllegalArgumentException if the slug is not of the form above
     */
    public static Page parse(String slug, String source) {
        PageSource parsed = PageSource.parse(Objects.requireNonNull(source, "source"));
        String title = Optional.ofNullable(parsed.metadata().get("title"))
                .or(parsed::firstHeading)
                .orElse(slug);
        Page page = of(slug, title, parsed.metadata(), parsed.body());
        return new Page(page.slug(), page.title(), page.metadata(), page.markdown(), page.directory(), parsed.bodyLine());
    }

    /**
     * The slug of the page whose file lies at {@code path} within a site ({@code /} between
     * folders): without its {@code .md} or {@code .markdown} ending (in any case), a folder's
     * {@code index} page taking the folder's slug, in lower case, accents folded ({@code é} as
 * {@code e}, {@code ø} as {@code o}, {@code ß} as {@code ss}), and every run
     * of other characters than letters, digits, {@code . _ ~} made one {@code -}.
     * {@code "Appendices/Café costs @2026.MD"} becomes {@code "appendices/cafe-costs-2026"}.
     *
     * @throws IllegalArgumentException if a part of the path has nothing to make a slug of
     *     (such as {@code "@@.md"}), saying which
     */
    public static String slugOf(String path) {
        Objects.requireNonNull(path, "path");
        List<String> parts = new ArrayList<>(List.of(path.replace('\\', '/').split("/+")));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("'" + path + "' names no file");
        }
        String last = MARKDOWN_FILE.matcher(parts.remove(parts.size() - 1)).replaceFirst("");
        if (!last.equalsIgnoreCase("index") || parts.isEmpty()) {
            parts.add(last);
        }
        List<String> slug = new ArrayList<>();
        for (String part : parts) {
            String folded = COMBINING.matcher(Normalizer.normalize(foldLetters(part), Normalizer.Form.NFD)).replaceAll("");
            String segment = NOT_IN_SLUG.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-")
                    .replaceAll("^[-._~]+|-+$", "");
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("'" + part + "' has no letter or digit to make a page address of");
            }
            slug.add(segment);
        }
        return String.join("/", slug);
    }

    /** Latin letters that carry no accent to drop, written as English spells them. */
    private static String foldLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (Character.toLowerCase(c)) {
                case '\u00f8': out.append('o'); break;
                case '\u00e6': out.append("ae"); break;
                case '\u0153': out.append("oe"); break;
                case '\u00df': out.append("ss"); break;
                case '\u0111': case '\u00f0': out.append('d'); break;
                case '\u0142': out.append('l'); break;
                case '\u00fe': out.append("th"); break;
                default: out.append(c); break;
            }
        }
        return out.toString();
    }

    /** Names the page by slug and title; the body is left out. */
    @Override
    public String toString() {
        return "Page[" + slug + ", " + title + "]";
    }
}
