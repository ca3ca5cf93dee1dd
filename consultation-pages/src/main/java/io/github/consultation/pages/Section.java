package io.github.consultation.pages;

import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
    }
}
