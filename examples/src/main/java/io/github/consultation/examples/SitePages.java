package io.github.consultation.examples;

import io.github.consultation.pages.Consultation;
import io.github.consultation.host.PageForm;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The demo site: its consultation rendered once at start, and the images its pages show. The
 * pages come from the jar (a sample consultation) or from a folder ({@code --pages}).
 * Immutable.
 */
final class SitePages {
    /** A file a page shows, with its media type. */
    record StaticFile(byte[] bytes, String type) {
    }

    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp", "svg", "image/svg+xml");

    /** The name of the sample consultation, and of a folder's site that names none. */
    static final String SAMPLE_NAME = "Sample consultation";

    private final RenderedSite site;
    private final Path folder;
    private final String name;
    private final List<String> notes;

    private SitePages(RenderedSite site, Path folder, String name, List<String> notes) {
        this.site = site;
        this.folder = folder;
        this.name = name;
        this.notes = List.copyOf(notes);
    }

    /** The sample pages bundled in the jar, in the order of their list. */
    static SitePages bundled(PageRenderer renderer) {
        List<Page> pages = new ArrayList<>();
        for (String line : resource("pages/pages.list").orElseThrow().split("\n")) {
            String file = line.strip();
            if (!file.isEmpty()) {
                String slug = file.replaceFirst("\\.md$", "");
                String directory = slug.contains("/") ? slug.substring(0, slug.lastIndexOf('/')) : "";
                String text = resource("pages/" + file).orElseThrow();
                pages.add(Page.parse(slug, text).inDirectory(directory));
            }
        }
        return new SitePages(RenderedSite.render(Consultation.builder().of(pages), renderer), null, SAMPLE_NAME,
                List.of());
    }

    /** The pages of a folder, as {@link SiteFolder} read it; its images are served too. */
    static SitePages fromFolder(SiteFolder.Site site, PageRenderer renderer) {
        return new SitePages(RenderedSite.render(site.consultation(), renderer), site.pages().toAbsolutePath().normalize(),
                site.name().isBlank() ? SAMPLE_NAME : site.name().strip(), notes(site));
    }

    /** A site rendered already, with no images of its own: one page from the command line, say. */
    static SitePages of(RenderedSite site) {
        return new SitePages(site, null, SAMPLE_NAME, List.of());
    }

    /** What loading {@code site} noticed: each file skipped and why, and any other warning. */
    static List<String> notes(SiteFolder.Site site) {
        return site.warnings();
    }

    /** The site's name, for its header and titles. */
    String name() {
        return name;
    }

    /** What loading the folder noticed: each file skipped and why, and any other warning. */
    List<String> notes() {
        return notes;
    }

    private static Optional<byte[]> resourceBytes(String name) {
        try (InputStream in = SitePages.class.getResourceAsStream("/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> resource(String name) {
        return resourceBytes(name).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    RenderedSite site() {
        return site;
    }

    Optional<RenderedPage> get(String slug) {
        return site.page(slug);
    }

    List<RenderedPage> all() {
        return site.pages();
    }

    /** Each page with the form it carries and its variant, as the host kit knows a site's pages. */
    List<PageForm> pageForms() {
        List<PageForm> forms = new ArrayList<>();
        for (RenderedPage page : site.pages()) {
            page.formVariant().ifPresent(v -> forms.add(new PageForm("/" + page.page().slug(),
                    page.form().definition().tab(), v)));
        }
        return forms;
    }

    /** Whether {@code path} names a file of a type the site's pages may show (whether or not there is one). */
    static boolean isImage(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 && TYPES.containsKey(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The image at {@code path} (decoded, relative to the site root), if there is one: only image
     * types, never a hidden file, never outside the pages folder.
     */
    Optional<StaticFile> file(String path) {
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null || path.contains("..") || path.contains("\\") || path.contains("/.") || path.startsWith(".")) {
            return Optional.empty();
        }
        if (folder == null) {
            return resourceBytes("pages/" + path).map(b -> new StaticFile(b, type));
        }
        Path file = folder.resolve(path).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StaticFile(Files.readAllBytes(file), type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
