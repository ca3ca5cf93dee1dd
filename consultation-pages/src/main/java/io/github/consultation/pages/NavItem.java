package io.github.consultation.pages;

import java.util.List;
import java.util.Objects;

/**
 * One entry of a consultation's navigation as readers see it: a page, or a titled section of
 * entries, which may hold sections of its own. A MkDocs {@code nav} ({@link NavEntry}) made of
 * the site's pages, with the titles it gives them; for a site without one, its top-level pages
 * then a section per folder.
 *
 * <pre>{@code
 * for (NavItem item : consultation.navigation()) {
 *     if (item instanceof NavItem.PageItem p) {
 *         link(p.page());
 *     } else if (item instanceof NavItem.SectionItem s) {
 *         section(s.title(), s.items());
 *     }
 * }
 * }</pre>
 */
public sealed interface NavItem permits NavItem.PageItem, NavItem.SectionItem {
    /**
     * A page of the navigation.
     *
     * @param page the page, titled as the navigation titles it
     */
    record PageItem(Page page) implements NavItem {
        /** Checks that the page is not null. */
        public PageItem {
            Objects.requireNonNull(page, "page");
        }
    }

    /**
     * A section of the navigation.
     *
     * @param title the section's title
     * @param items its pages and sections, in order
     */
    record SectionItem(String title, List<NavItem> items) implements NavItem {
        /** Copies the items and checks that nothing is null. */
        public SectionItem {
            Objects.requireNonNull(title, "title");
            items = List.copyOf(Objects.requireNonNull(items, "items"));
        }
    }
}
