package io.github.consultation.validate.internal;

import io.github.consultation.model.FormVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages a host serves, each with the form it carries; or, when the host gave none, any page
 * with the full form. Immutable.
 */
public final class PageCatalogue {
    private final Map<String, FormVariant> pages;

    private PageCatalogue(Map<String, FormVariant> pages) {
        this.pages = pages;
    }

    /** A catalogue that knows every page, each with the full form. */
    public static PageCatalogue anyPage() {
        return new PageCatalogue(Map.of());
    }

    /** A catalogue of exactly {@code pages}, slug to variant. */
    public static PageCatalogue of(Map<String, FormVariant> pages) {
        return new PageCatalogue(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pages)));
    }

    /** Whether the host named its pages. */
    public boolean restricted() {
        return !pages.isEmpty();
    }

    /**
     * The form of the page a normalised address names: the longest known slug it matches; empty
     * if the host named its pages and this is none of them.
     */
    public Optional<FormVariant> variantOf(String normalisedPage) {
        if (pages.isEmpty()) {
            return Optional.of(FormVariant.FULL);
        }
        String named = PageAddress.namedSlug(normalisedPage);
        String best = null;
        for (String slug : pages.keySet()) {
            if (PageAddress.names(named, slug) && (best == null || slug.length() > best.length())) {
                best = slug;
            }
        }
        return Optional.ofNullable(best).map(pages::get);
    }
}
