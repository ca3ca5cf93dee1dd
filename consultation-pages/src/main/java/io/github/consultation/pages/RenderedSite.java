package io.github.consultation.pages;

import io.github.consultation.pages.internal.LinkTargets;
import io.github.consultation.pages.internal.MarkdownHtml;
import io.github.consultation.pages.internal.PageChecks;
import io.github.consultation.pages.internal.SiteLinks;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every page of a consultation, rendered once (at start) and kept: serving a page is writing
 * out cached HTML with the request's form state. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * RenderedSite site = RenderedSite.render(Consultation.load(Path.of("docs")), pageRenderer);
 * site.page("appendices/costs").ifPresent(p -> p.writeTo(out, FormState.blank("/appendices/costs")));
 * site.next("appendices/costs");   // the next page, for a "Next" link
 *
 * switch (site.find(request.path())) { ... }   // a page, a redirect, one of the site's files, or nothing
 * }</pre>
 */
public final class RenderedSite {
    private final Consultation consultation;
    private final Map<String, RenderedPage> pages;
    private final String base;
    private final String basePath;

    private RenderedSite(Consultation consultation, Map<String, RenderedPage> pages, String base) {
        this.consultation = consultation;
        this.pages = pages;
        this.base = base;
        String path = SCHEME.matcher(base).find() ? URI.create(base).getRawPath() : base;
        this.basePath = path == null || path.isEmpty() ? "/" : path;
    }

    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * What is at an address of the site: its answer to a request, as {@link #find(String)} gives it.
     * A host writes each in its own response type.
     */
    public sealed interface Found permits PageFound, FileFound, Redirect, NotFound {
    }

    /**
     * A page of the site.
     *
     * @param page the page
     * @param href its address, as its links and its form's {@code page} value write it
     */
    public record PageFound(RenderedPage page, String href) implements Found {
    }

    /**
     * One of the site's own files.
     *
     * @param file the file, with its type, size, time and tag
     */
    public record FileFound(SiteFile file) implements Found {
    }

    /**
     * An address that is a page's under another form: MkDocs' {@code /path} for the page at
     * {@code /path/}, answered {@code 301 Moved Permanently} with the query (if any) kept.
     *
     * @param location where the page is, percent-encoded
     */
    public record Redirect(String location) implements Found {
    }

    /** Nothing: {@code 404}. */
    public record NotFound() implements Found {
    }

    /**
     * Renders every page of {@code consultation}, each with its form placement, its links made as
     * its site's {@link AddressStyle} makes them, under the renderer's {@link PageRenderer#linkBase()}.
     */
    public static RenderedSite render(Consultation consultation, PageRenderer renderer) {
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(renderer, "renderer");
        Map<String, String> sources = new LinkedHashMap<>();
        for (Page page : consultation.pages()) {
            sources.put(consultation.file(page).orElse(page.slug() + ".md"), consultation.address(page));
        }
        SiteLinks links = new SiteLinks(consultation.addressStyle(), renderer.linkBase(), sources, consultation.siteFiles());
        Map<String, RenderedPage> pages = new LinkedHashMap<>();
        for (Page page : consultation.pages()) {
            MarkdownHtml.Where where = new MarkdownHtml.Where(links, consultation.file(page).orElse(page.slug() + ".md"),
                    consultation.address(page), page.directory());
            pages.put(page.slug(), renderer.render(page, consultation.placement(page), where));
        }
        return new RenderedSite(consultation, java.util.Collections.unmodifiableMap(pages), renderer.linkBase());
    }

    /**
     * The address of {@code page} as a link writes it: the site's base and the page's
     * {@linkplain Consultation#address(Page) address}, percent-encoded. The form's {@code page}
     * value, the stored page and the admin views all use it.
     *
     * @throws IllegalArgumentException if the page is not one of this site's
     */
    public String href(Page page) {
        return LinkTargets.encode(base + consultation.address(page));
    }

    /** The path the site is served under, ending with {@code /}: the path of the renderer's link base. */
    public String basePath() {
        return basePath;
    }

    /**
     * What is at {@code path}, a request's path (percent-decoded, without its query): a page at its
     * address (or at its folder's {@code index.html}, as a static server answers); the page whose
     * address is {@code path} with a slash added, as a {@link Redirect} (MkDocs'
     * {@code /timetable} for {@code /timetable/}; in the library's own style, {@code /index}, the home
     * page's earlier address, for the base); one of the site's own files; else nothing. A
     * path outside the site's base is nothing, but the base without its slash, which is a
     * redirect to it.
     */
    public Found find(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith(basePath)) {
            return (path + "/").equals(basePath) ? new Redirect(LinkTargets.encode(basePath)) : new NotFound();
        }
        String within = path.substring(basePath.length());
        Optional<Page> page = consultation.pageAt(within);
        if (page.isEmpty() && (within.isEmpty() || within.endsWith("/"))) {
            page = consultation.pageAt(within + "index.html");
        }
        if (page.isEmpty() && (within.equals("index.html") || within.endsWith("/index.html"))) {
            page = consultation.pageAt(within.substring(0, within.length() - "index.html".length()));
        }
        if (page.isPresent()) {
            return new PageFound(pages.get(page.get().slug()), href(page.get()));
        }
        if (!within.isEmpty() && consultation.pageAt(within + "/").isPresent()) {
            return new Redirect(LinkTargets.encode(basePath + within + "/"));
        }
        if (consultation.addressStyle() == AddressStyle.PAGE_SLUGS) {
            if (within.endsWith("/") && consultation.pageAt(within.substring(0, within.length() - 1)).isPresent()) {
                return new Redirect(LinkTargets.encode(basePath + within.substring(0, within.length() - 1)));
            }
            if (within.equals("index") && consultation.home().isPresent()) {
                // The home page's address before it became the site's base: links to it still lead there.
                return new Redirect(LinkTargets.encode(basePath));
            }
        }
        Optional<SiteFile> file = consultation.siteFiles().open(within);
        return file.<Found>map(FileFound::new).orElseGet(NotFound::new);
    }

    /**
     * Every path {@link #find(String)} answers with a {@link Redirect}, decoded as a request's path
     * is: each page's address without its trailing slash (MkDocs' {@code /timetable} for
     * {@code /timetable/}) and the base without its slash; in the library's own style, each page's
     * with a slash added and {@code index} for the home page. For a host that routes each address
     * it answers, as Spring's request mappings do.
     */
    public List<String> redirects() {
        java.util.Set<String> candidates = new java.util.LinkedHashSet<>();
        if (basePath.length() > 1) {
            candidates.add(basePath.substring(0, basePath.length() - 1));
        }
        candidates.add(basePath + "index");
        for (Page page : consultation.pages()) {
            String path = basePath + consultation.address(page);
            candidates.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/");
        }
        return candidates.stream().filter(path -> !path.isEmpty() && find(path) instanceof Redirect).toList();
    }

    /** The consultation the site was rendered from. */
    public Consultation consultation() {
        return consultation;
    }

    /** Every rendered page, in reading order. */
    public List<RenderedPage> pages() {
        return List.copyOf(pages.values());
    }

    /** The rendered page at {@code slug}; the same instance every time. */
    public Optional<RenderedPage> page(String slug) {
        return Optional.ofNullable(pages.get(Objects.requireNonNull(slug, "slug")));
    }

    /**
     * What the author of the page at {@code slug} can mend: its own
     * {@linkplain RenderedPage#findings() findings}, links to pages the site does not have, and
     * images and links to files it does not have, in line order. Empty for a page the site does
     * not have.
     */
    public List<PageFinding> findings(String slug) {
        RenderedPage page = pages.get(Objects.requireNonNull(slug, "slug"));
        if (page == null) {
            return List.of();
        }
        List<PageFinding> all = new java.util.ArrayList<>(page.findings());
        for (PageChecks.PageLink link : page.links()) {
            switch (link.target().kind()) {
                case MISSING_PAGE -> all.add(new PageFinding(link.image() ? PageFinding.Kind.MISSING_FILE
                        : PageFinding.Kind.LINK_TO_MISSING_PAGE, link.line(), (link.image() ? "the image " : "the link to ")
                        + link.written() + " goes to no page of this consultation"));
                case MISSING_FILE -> all.add(new PageFinding(PageFinding.Kind.MISSING_FILE, link.line(),
                        (link.image() ? "the image " : "the link to ") + link.written()
                        + " names a file the site does not have: add it beside the pages, or correct the address"));
                default -> { }
            }
        }
        all.sort(java.util.Comparator.comparingInt(PageFinding::line));
        return List.copyOf(all);
    }

    /** The page before the one at {@code slug}. */
    public Optional<RenderedPage> previous(String slug) {
        return consultation.page(slug).flatMap(consultation::previous).map(p -> pages.get(p.slug()));
    }

    /** The page after the one at {@code slug}. */
    public Optional<RenderedPage> next(String slug) {
        return consultation.page(slug).flatMap(consultation::next).map(p -> pages.get(p.slug()));
    }
}
