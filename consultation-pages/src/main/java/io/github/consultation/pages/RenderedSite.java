package io.github.consultation.pages;

import io.github.consultation.pages.Consultation;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.internal.LinkTargets;
import io.github.consultation.pages.internal.PageChecks;
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
 * }</pre>
 */
public final class RenderedSite {
    private final Consultation consultation;
    private final Map<String, RenderedPage> pages;

    private RenderedSite(Consultation consultation, Map<String, RenderedPage> pages) {
        this.consultation = consultation;
        this.pages = pages;
    }

    /** Renders every page of {@code consultation}, each with its form placement. */
    public static RenderedSite render(Consultation consultation, PageRenderer renderer) {
        Objects.requireNonNull(consultation, "consultation");
        Objects.requireNonNull(renderer, "renderer");
        Map<String, RenderedPage> pages = new LinkedHashMap<>();
        for (Page page : consultation.pages()) {
            pages.put(page.slug(), renderer.render(page, consultation.placement(page)));
        }
        return new RenderedSite(consultation, java.util.Collections.unmodifiableMap(pages));
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
     * {@linkplain RenderedPage#findings() findings}, and links to pages the site does not have,
     * in line order. Empty for a page the site does not have.
     */
    public List<PageFinding> findings(String slug) {
        RenderedPage page = pages.get(Objects.requireNonNull(slug, "slug"));
        if (page == null) {
            return List.of();
        }
        List<PageFinding> all = new java.util.ArrayList<>(page.findings());
        for (PageChecks.PageLink link : page.links()) {
            LinkTargets.pageSlug(link.target(), page.page().directory()).ifPresent(target -> {
                if (!pages.containsKey(target) && !(target.isEmpty() && pages.containsKey("index"))) {
                    all.add(new PageFinding(PageFinding.Kind.LINK_TO_MISSING_PAGE, link.line(), "the link to "
                            + link.target() + " goes to no page of this consultation"));
                }
            });
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
