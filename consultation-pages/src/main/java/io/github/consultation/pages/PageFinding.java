package io.github.consultation.pages;

import java.util.Objects;

/**
 * Something on a page, of the author's making, that fails WCAG 2.2 AA or HTML validity, or that
 * the renderer could not keep: what the consultation team should hear of before a reader does.
 *
 * <pre>{@code
 * for (PageFinding f : site.findings(page)) {
 *     System.out.println(file + ":" + f.line() + ": " + f.message());
 * }
 * }</pre>
 *
 * @param kind what sort of problem
 * @param line the line of the page's file it is on, from 1
 * @param message what is wrong and how to mend it, in one sentence
 */
public record PageFinding(Kind kind, int line, String message) {
    /** The sorts of finding. */
    public enum Kind {
        /** Words in a colour below WCAG 2.2 AA's contrast. */
        COLOUR_CONTRAST,
        /** A heading more than one level below the one before it (an h4 straight after an h1). */
        HEADING_LEVEL_SKIPPED,
        /** An image without alternative text. */
        IMAGE_WITHOUT_TEXT,
        /** A link to a page that is not in the consultation. */
        LINK_TO_MISSING_PAGE,
        /** An image, or a link to a file, that the site does not have. */
        MISSING_FILE,
        /** An id used twice on the page. */
        DUPLICATE_ID,
        /** An element or attribute that the sanitiser removed. */
        REMOVED_BY_SANITISER,
        /** A footnote that nothing refers to (shown all the same). */
        UNREFERENCED_FOOTNOTE
    }

    /** Checks that nothing is null and the line counts from 1. */
    public PageFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line counts from 1, not " + line);
        }
    }
}
