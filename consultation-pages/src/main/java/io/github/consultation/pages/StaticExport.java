package io.github.consultation.pages;

import io.github.consultation.render.FormState;
import io.github.consultation.render.HtmlEscaper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A whole site written as static files, as {@code mkdocs build} writes one, so that a team can keep
 * static hosting and run only the feedback endpoint: each page at its address (with its form in
 * the host's template), the page again with the thanks shown ({@link #thanks(String)}: where the
 * endpoint sends a reader back after a post without scripts), the site's own files, the host's
 * assets (the library's stylesheet and script), a {@code 404.html} and a {@code sitemap.xml}.
 *
 * <p>The folder written to is emptied first if an earlier export wrote it (it holds the
 * {@value #MARKER} file); any other folder must be empty, and never the pages' folder or one
 * inside it. Immutable; {@link #writeTo(Path)} may be called more than once.
 *
 * <pre>{@code
 * StaticExport export = StaticExport.builder(site)
 *         .documents((page, state) -> layout.page(page, state))   // the host's template
 *         .notFound(layout.notFound())
 *         .asset("assets/form.css", css)
 *         .baseUrl("https://consultation.example.org/consultation/")
 *         .build();
 * StaticExport.Written written = export.writeTo(Path.of("site"));
 * }</pre>
 */
public final class StaticExport {
    /** The file that marks a folder as an export's, so that the next export may empty it. */
    public static final String MARKER = ".consultation-export";

    /** The host's template: the whole HTML document of a page with its form in a state. */
    @FunctionalInterface
    public interface Documents {
        /** The document of {@code page}, whose address is {@code href}, with its form in {@code state}. */
        String page(RenderedPage page, String href, FormState state);
    }

    /**
     * What an export wrote.
     *
     * @param files every file's path within the folder, in the order written
     * @param notes what the export noticed but did not stop for, one sentence each
     */
    public record Written(List<String> files, List<String> notes) {
        /** Copies the lists. */
        public Written {
            files = List.copyOf(files);
            notes = List.copyOf(notes);
        }
    }

    private final RenderedSite site;
    private final Documents documents;
    private final String notFound;
    private final Map<String, byte[]> assets;
    private final @Nullable String baseUrl;

    private StaticExport(Builder b) {
        this.site = b.site;
        this.documents = Objects.requireNonNull(b.documents, "documents");
        this.notFound = Objects.requireNonNull(b.notFound, "notFound");
        this.assets = Map.copyOf(b.assets);
        this.baseUrl = b.baseUrl;
    }

    /** Starts configuring an export of {@code site}. */
    public static Builder builder(RenderedSite site) {
        return new Builder(Objects.requireNonNull(site, "site"));
    }

    /**
     * The address of the copy of a page with the thanks shown, for the page at {@code href} (a
     * path): {@code sent.html} in the page's folder ({@code /consultation/timetable/sent.html} for
     * {@code /consultation/timetable/}, {@code /timetable.sent.html} for {@code /timetable.html}).
     * An endpoint that takes a post without scripts from a static site sends the reader there.
     */
    public static String thanks(String href) {
        Objects.requireNonNull(href, "href");
        if (href.isEmpty() || href.endsWith("/")) {
            return href + "sent.html";
        }
        if (href.endsWith(".html")) {
            return href.substring(0, href.length() - ".html".length()) + ".sent.html";
        }
        return href + "/sent.html";
    }

    /**
     * Writes the site into {@code folder}, creating it if need be.
     *
     * @throws IOException if the folder cannot be written, is the pages' folder or inside it, or
     *     holds files that no earlier export wrote (nothing is written then), or two files would
     *     have the same path
     */
    public Written writeTo(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Path out = folder.toAbsolutePath().normalize();
        Optional<Path> pages = site.consultation().siteFiles().folder();
        if (pages.isPresent() && (Files.exists(out) ? out.toRealPath() : out).startsWith(pages.get())) {
            throw new IOException(folder + " is inside the pages' folder: the next export would publish this one");
        }
        clean(out);
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        AddressStyle style = site.consultation().addressStyle();
        for (RenderedPage page : site.pages()) {
            String href = site.href(page.page());
            String file = style.file(site.consultation().address(page.page()));
            put(files, file, documents.page(page, href, FormState.blank(href)));
            if (page.formVariant().isPresent()) {
                put(files, thanks(site.consultation().address(page.page())),
                        documents.page(page, href, FormState.succeeded(href)));
            }
        }
        put(files, "404.html", notFound);
        assets.forEach((path, bytes) -> putBytes(files, path, bytes));
        if (baseUrl != null) {
            put(files, "sitemap.xml", sitemap());
        } else {
            notes.add("No sitemap.xml: a sitemap needs the site's full address; give it with its base URL"
                    + " (or site_url in mkdocs.yml)");
        }
        List<String> written = new ArrayList<>();
        Files.createDirectories(out);
        Files.writeString(out.resolve(MARKER), "Written by the consultation library's static export; the next export"
                + " empties this folder.\n", StandardCharsets.UTF_8);
        for (String path : site.consultation().siteFiles().paths()) {
            if (files.containsKey(path)) {
                throw new IOException("the site's file " + path + " has the path of a page or asset of the export");
            }
            Optional<SiteFile> file = site.consultation().siteFiles().open(path);
            if (file.isEmpty()) {
                notes.add("Left out " + path + ": it is no longer a plain file of the site");
                continue;
            }
            Path to = target(out, path);
            try (InputStream in = file.get().open()) {
                Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(path);
        }
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(target(out, f.getKey()), f.getValue());
            written.add(f.getKey());
        }
        return new Written(written, notes);
    }

    private static Path target(Path out, String path) throws IOException {
        Path to = out.resolve(path).normalize();
        if (!to.startsWith(out) || to.equals(out)) {
            throw new IOException("'" + path + "' is not a path inside the folder written to");
        }
        Files.createDirectories(to.getParent());
        return to;
    }

    private static void put(Map<String, byte[]> files, String path, String text) throws IOException {
        if (files.putIfAbsent(path, text.getBytes(StandardCharsets.UTF_8)) != null) {
            throw new IOException("two files of the export would be " + path);
        }
    }

    private static void putBytes(Map<String, byte[]> files, String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("the asset " + path + " has the path of a page of the export");
        }
    }

    /** Empties a folder an earlier export wrote; refuses one that holds anything else. */
    private static void clean(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(out + " is a file, not a folder to write the site into");
        }
        boolean empty;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            empty = !entries.iterator().hasNext();
        }
        if (empty) {
            return;
        }
        if (!Files.isRegularFile(out.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(out + " is not empty, and no earlier export wrote it: choose an empty folder, so that"
                    + " nothing of yours is overwritten");
        }
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(out)) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Every page's full address, as search engines read a sitemap. */
    private String sitemap() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String origin = baseUrl.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://[^/]*).*$", "$1");
        for (RenderedPage page : site.pages()) {
            xml.append("  <url><loc>").append(HtmlEscaper.text(origin + site.href(page.page()))).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    /**
     * Configures a {@link StaticExport}.
     *
     * <pre>{@code
     * StaticExport.builder(site).documents(template).notFound(html).build();
     * }</pre>
     */
    public static final class Builder {
        private final RenderedSite site;
        private @Nullable Documents documents;
        private @Nullable String notFound;
        private final Map<String, byte[]> assets = new LinkedHashMap<>();
        private @Nullable String baseUrl;

        private Builder(RenderedSite site) {
            this.site = site;
        }

        /** The host's template for a page's document. Required. */
        public Builder documents(Documents documents) {
            this.documents = Objects.requireNonNull(documents, "documents");
            return this;
        }

        /** The document of {@code 404.html}, which static hosts show for an address with nothing at it. Required. */
        public Builder notFound(String html) {
            this.notFound = Objects.requireNonNull(html, "html");
            return this;
        }

        /** A file of the host's (a stylesheet, a script) at {@code path}, relative to the site's base. */
        public Builder asset(String path, byte[] bytes) {
            Objects.requireNonNull(path, "path");
            if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
                throw new IllegalArgumentException("an asset's path is relative to the site, without ..: '" + path + "'");
            }
            assets.put(path, Objects.requireNonNull(bytes, "bytes").clone());
            return this;
        }

        /**
         * The site's full address ({@code https://example.org/consultation/}), for the sitemap,
         * whose addresses must be full. Without it there is no sitemap, and the export says so.
         *
         * @throws IllegalArgumentException if it is not an http or https address
         */
        public Builder baseUrl(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            if (!baseUrl.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
                throw new IllegalArgumentException("the base URL must be a full http or https address: '" + baseUrl + "'");
            }
            this.baseUrl = baseUrl;
            return this;
        }

        /**
         * Builds the export.
         *
         * @throws IllegalStateException if the template or the not-found document is missing
         */
        public StaticExport build() {
            if (documents == null || notFound == null) {
                throw new IllegalStateException("an export needs the host's documents and its not-found page");
            }
            return new StaticExport(this);
        }
    }
}
