package io.github.consultation.pages;

import java.util.Objects;

/**
 * How a site's pages are given their addresses, from the paths of their files. A MkDocs project
 * keeps MkDocs' addresses, so that every link already out in the world (emails, other sites,
 * search engines, the PDF that goes with a consultation) still works after the move; a plain
 * folder of pages keeps the library's own.
 *
 * <table>
 *   <caption>Addresses by style, relative to the site's base</caption>
 *   <tr><th>file</th><th>{@link #PAGE_SLUGS}</th><th>{@link #DIRECTORY_URLS}</th><th>{@link #HTML_FILES}</th></tr>
 *   <tr><td>{@code index.md}</td><td>(the base)</td><td>(the base)</td><td>{@code index.html}</td></tr>
 *   <tr><td>{@code timetable.md}</td><td>{@code timetable}</td><td>{@code timetable/}</td><td>{@code timetable.html}</td></tr>
 *   <tr><td>{@code proposal/index.md}</td><td>{@code proposal}</td><td>{@code proposal/}</td><td>{@code proposal/index.html}</td></tr>
 *   <tr><td>{@code Our Plan.md}</td><td>{@code our-plan}</td><td>{@code Our Plan/}</td><td>{@code Our Plan.html}</td></tr>
 * </table>
 *
 * <p>A {@code README.md} is its folder's page, as {@code index.md} is (MkDocs publishes it so when
 * the folder has no {@code index.md}). Addresses are given decoded (as a file's name is written);
 * percent-encode them where an address is written out.
 *
 * <pre>{@code
 * AddressStyle.DIRECTORY_URLS.address("proposal/costs.md");   // "proposal/costs/"
 * AddressStyle.HTML_FILES.address("proposal/README.md");      // "proposal/index.html"
 * AddressStyle.DIRECTORY_URLS.file("proposal/costs/");        // "proposal/costs/index.html"
 * }</pre>
 */
public enum AddressStyle {
    /** The library's own: a page's slug ({@link Page#slugOf(String)}), lower case, hyphens, no ending. */
    PAGE_SLUGS,
    /** MkDocs' default ({@code use_directory_urls: true}): a folder per page, its address ending {@code /}. */
    DIRECTORY_URLS,
    /** MkDocs with {@code use_directory_urls: false}: an {@code .html} file per page. */
    HTML_FILES;

    /**
     * The address of the page whose file lies at {@code source} (relative to the pages' folder,
     * {@code /} between folders), relative to the site's base: {@code ""} for the site's home.
     *
     * @throws IllegalArgumentException if {@code source} is not a Markdown file's path, or (for
     *     {@link #PAGE_SLUGS}) has nothing to make a slug of
     */
    public String address(String source) {
        Objects.requireNonNull(source, "source");
        String path = source.replace('\\', '/').replaceAll("^/+", "");
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        if (!PageFiles.isPageName(name)) {
            throw new IllegalArgumentException("Not a page file: '" + source + "'");
        }
        String stem = name.substring(0, name.lastIndexOf('.'));
        // MkDocs compares the names exactly; the library's slugs take index in any case.
        boolean index = stem.equals("index") || stem.equals("README")
                || (this == PAGE_SLUGS && stem.equalsIgnoreCase("index"));
        switch (this) {
            case PAGE_SLUGS:
                String slug = Page.slugOf(index ? folder + "index.md" : path);
                return slug.equals("index") ? "" : slug;
            case DIRECTORY_URLS:
                return index ? folder : folder + stem + "/";
            default:
                return folder + (index ? "index" : stem) + ".html";
        }
    }

    /**
     * The file a static copy of the site holds for the page at {@code address} (relative to the
     * base): the address itself for {@link #HTML_FILES}, else its folder's {@code index.html}, which
     * every static web server answers the folder's address with.
     */
    public String file(String address) {
        Objects.requireNonNull(address, "address");
        if (this == HTML_FILES && address.endsWith(".html")) {
            return address;
        }
        return address.isEmpty() || address.endsWith("/") ? address + "index.html" : address + "/index.html";
    }
}
