package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.PageSource;
import java.util.LinkedHashMap;
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
 * }</pre>
 */
public final class Page {
    private static final Pattern SLUG =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(?:/[A-Za-z0-9][A-Za-z0-9._~-]*)*");

    private final String slug;
    private final String title;
    private final Map<String, String> metadata;
    private final String markdown;
    private final String directory;

    private Page(String slug, String title, Map<String, String> metadata, String markdown, String directory) {
        this.slug = slug;
        this.title = title;
        this.metadata = metadata;
        this.markdown = markdown;
        this.directory = directory;
    }

    /**
     * A page of the given parts.
     *
     * @param slug the page's path within the site, such as {@code governance} or
     *     {@code appendices/costs}: letters, digits, {@code . _ ~ -}, segments joined by {@code /}
     * @param title the page title
     * @param metadata the page's metadata, keys in lower case
     * @param markdown the Markdown body, without metadata
     * @throws IllegalArgumentException if the slug is not of that form
     */
    public static Page of(String slug, String title, Map<String, String> metadata, String markdown) {
        Checks.notNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("Not a page slug: '" + slug + "'");
        }
        Checks.notNull(title, "title");
        Map<String, String> copy = new LinkedHashMap<>();
        Checks.notNull(metadata, "metadata").forEach((k, v) -> copy.put(Checks.notNull(k, "metadata key"),
                Checks.notNull(v, "metadata value")));
        int slash = slug.lastIndexOf('/');
        return new Page(slug, title, java.util.Collections.unmodifiableMap(copy), Checks.notNull(markdown, "markdown"),
                slash < 0 ? "" : slug.substring(0, slash));
    }

    /**
     * A copy whose source file lies in the folder {@code directory} (relative to the site's
     * root, {@code ""} for the top level): relative links and images on the page are resolved
     * from there. By default a page's folder is its slug's parent; a folder's index page, whose
     * slug is the folder's, lies in the folder itself.
     */
    public Page inDirectory(String directory) {
        Checks.notNull(directory, "directory");
        if (!directory.isEmpty() && !SLUG.matcher(directory).matches()) {
            throw new IllegalArgumentException("Not a folder of the site: '" + directory + "'");
        }
        return new Page(slug, title, metadata, markdown, directory);
    }

    /**
     * Reads a page from its source text: metadata lines at the top become {@link #metadata()},
     * the title is the {@code title} metadata or else the text of the first heading or else the
     * slug, and the rest is the body.
     *
     * @throws IllegalArgumentException if the slug is not of the form {@link #of} describes
     */
    public static Page parse(String slug, String source) {
        PageSource parsed = PageSource.parse(Checks.notNull(source, "source"));
        String title = Optional.ofNullable(parsed.metadata().get("title"))
                .or(parsed::firstHeading)
                .orElse(slug);
        return of(slug, title, parsed.metadata(), parsed.body());
    }

    /** The page's path within the site, without a leading slash. */
    public String slug() {
        return slug;
    }

    /** The page title, as plain text. */
    public String title() {
        return title;
    }

    /** The page's metadata in source order, keys in lower case; multi-line values joined by {@code \n}. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** The Markdown body, without metadata lines. */
    public String markdown() {
        return markdown;
    }

    /** The folder of the page's source file within the site, {@code ""} for the top level. */
    public String directory() {
        return directory;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Page)) {
            return false;
        }
        Page that = (Page) o;
        return slug.equals(that.slug) && title.equals(that.title) && metadata.equals(that.metadata)
                && markdown.equals(that.markdown) && directory.equals(that.directory);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slug, title, metadata, markdown, directory);
    }

    @Override
    public String toString() {
        return "Page[" + slug + ", " + title + "]";
    }
}
