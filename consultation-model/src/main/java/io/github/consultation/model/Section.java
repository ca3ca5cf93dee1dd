package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.List;

/**
 * A part of a consultation: the pages at its top level (slug {@code ""}), or those of one
 * sub-folder, such as the appendices.
 *
 * <pre>{@code
 * for (Section section : consultation.sections()) {
 *     section.title();   // "Appendices"
 *     section.pages();   // in order
 * }
 * }</pre>
 *
 * @param slug the folder's path within the site, {@code ""} for the top level
 * @param title the section's title: its folder's index page title, else the folder name in words
 * @param pages the section's pages, in order
 */
public record Section(String slug, String title, List<Page> pages) {
    /** Copies the page list and checks that nothing is null. */
    public Section {
        Checks.notNull(slug, "slug");
        Checks.notNull(title, "title");
        pages = List.copyOf(Checks.notNull(pages, "pages"));
    }
}
