package io.github.consultation.pages;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a consultation's navigation, as a MkDocs {@code nav} gives it: a page (its file,
 * and a title that takes the place of the page's own), or a section of entries under a title.
 *
 * <pre>{@code
 * List<NavEntry> nav = List.of(
 *         new NavEntry.PageEntry("index.md", Optional.of("Home")),
 *         new NavEntry.SectionEntry("Appendices", List.of(new NavEntry.PageEntry("appendices/costs.md", Optional.empty()))));
 * Consultation.builder().navigation(nav).load(docs);
 * }</pre>
 */
public sealed interface NavEntry permits NavEntry.PageEntry, NavEntry.SectionEntry {
    /**
     * A page of the navigation.
     *
     * @param file the page's file, relative to the pages folder ({@code appendices/costs.md})
     * @param title the title the navigation gives it, if it gives one
     */
    record PageEntry(String file, Optional<String> title) implements NavEntry {
        /** Checks that nothing is null or empty. */
        public PageEntry {
            if (Objects.requireNonNull(file, "file").isEmpty()) {
                throw new IllegalArgumentException("file must not be empty");
            }
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * A section of the navigation.
     *
     * @param title the section's title
     * @param entries its pages and sections, in order
     */
    record SectionEntry(String title, List<NavEntry> entries) implements NavEntry {
        /** Copies the entries and checks that nothing is null. */
        public SectionEntry {
            Objects.requireNonNull(title, "title");
            entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        }
    }
}
