package io.github.consultation.examples;

import io.github.consultation.host.PageForm;
import io.github.consultation.pages.Consultation;
import io.github.consultation.pages.MkDocsProject;
import io.github.consultation.pages.NavItem;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.PageRenderer;
import io.github.consultation.pages.RenderedPage;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.pages.SiteFile;
import io.github.consultation.pages.SiteFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo site: its consultation rendered once at start, at its addresses under its base path,
 * and the files its pages show. The pages come from the jar (a sample consultation) or from a
 * folder ({@code --pages}), whose own files (images, PDFs, its stylesheet) are served beside them.
 * Immutable.
 */
final class SitePages {
    /** A file of the sample site's, from the jar, with its media type. */
    record StaticFile(byte[] bytes, String type) {
    }

    /** The name of the sample consultation. */
    static final String SAMPLE_NAME = "Sample consultation";

    private final RenderedSite site;
    private final boolean bundled;
    private final Optional<String> name;
    private final List<String> extraCss;
    private final Optional<String> siteUrl;
    private final List<String> notes;

    private SitePages(RenderedSite site, boolean bundled, Optional<String> name, List<String> extraCss,
            Optional<String> siteUrl, List<String> notes) {
        this.site = site;
        this.bundled = bundled;
        this.name = name;
        this.extraCss = List.copyOf(extraCss);
        this.siteUrl = siteUrl;
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
        return new SitePages(RenderedSite.render(Consultation.builder().of(pages), renderer), true,
                Optional.of(SAMPLE_NAME), List.of(), Optional.empty(), List.of());
    }

    /** The pages of a folder, as {@link SiteFolder} read it; its own files are served too. */
    static SitePages fromFolder(SiteFolder.Site site, PageRenderer renderer) {
        RenderedSite rendered = RenderedSite.render(site.consultation(), renderer);
        List<String> css = site.mkdocs().map(MkDocsProject::extraCss).orElse(List.of());
        return new SitePages(rendered, false, site.name().isBlank() ? Optional.empty() : Optional.of(site.name().strip()),
                css, site.mkdocs().flatMap(MkDocsProject::siteUrl), notes(site));
    }

    /** A site rendered already, with no files of its own: one page from the command line, say. */
    static SitePages of(RenderedSite site) {
        return new SitePages(site, false, Optional.of(SAMPLE_NAME), List.of(), Optional.empty(), List.of());
    }

    /** What loading {@code site} noticed: each file skipped and why, and any other warning. */
    static List<String> notes(SiteFolder.Site site) {
        return site.warnings();
    }

    /** The site's own name (a MkDocs project's, or the sample's), if it has one. */
    Optional<String> name() {
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

    /** The path the site is served under, ending with {@code /}. */
    String base() {
        return site.basePath();
    }

    /** The address of {@code page}, as links and its form's {@code page} value write it. */
    String href(RenderedPage page) {
        return site.href(page.page());
    }

    /** The site's home page ({@code index.md}), if it has one: otherwise the server lists the pages. */
    Optional<RenderedPage> home() {
        return site.consultation().home().flatMap(p -> site.page(p.slug()));
    }

    /** The navigation: each page once, in the order, sections and titles the site gives. */
    List<NavItem> navigation() {
        return site.consultation().navigation();
    }

    /** The site's full address ({@code site_url} of a MkDocs project), if it gives one. */
    Optional<String> siteUrl() {
        return siteUrl;
    }

    /** The site's own stylesheets ({@code extra_css}), as addresses under the base path. */
    List<String> extraCss() {
        return extraCss.stream().map(css -> css.contains("://") ? css : base() + css.replaceFirst("^/+", "")).toList();
    }

    /** Each page with the form it carries and its variant, by its address, as the host kit knows a site's pages. */
    List<PageForm> pageForms() {
        List<PageForm> forms = new ArrayList<>();
        for (RenderedPage page : site.pages()) {
            page.formVariant().ifPresent(v -> forms.add(new PageForm(href(page), page.form().definition().tab(), v)));
        }
        return forms;
    }

    /** Whether some page carries the form of {@code tab}. */
    boolean carries(String tab) {
        return pageForms().stream().anyMatch(p -> p.tab().equals(tab));
    }

    /**
     * What is at {@code path}, a request's decoded path: a page, a redirect, one of the site's own
     * files, or nothing ({@link RenderedSite#find}).
     */
    RenderedSite.Found find(String path) {
        return site.find(path);
    }

    /**
     * A file of the sample site, from the jar, at {@code path} below the base: only the sample's
     * own images, never anything else of the jar's.
     */
    Optional<StaticFile> bundledFile(String path) {
        if (!bundled || path.contains("..") || path.contains("\\") || path.startsWith(".") || path.contains("/.")
                || !SiteFile.contentType(path).startsWith("image/")) {
            return Optional.empty();
        }
        return resourceBytes("pages/" + path).map(b -> new StaticFile(b, SiteFile.contentType(path)));
    }
}
