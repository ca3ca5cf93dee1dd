package io.github.consultation.pages;

/**
 * What a {@link PageRenderer} does with the colours authors give words in their pages
 * ({@code <span style="color:darkturquoise">}), which may be too faint to read: WCAG 2.2 AA asks
 * for a contrast of 4.5:1 against the background, 3:1 for large text.
 *
 * <pre>{@code
 * PageRenderer.builder().colours(ColourPolicy.ADJUST).background("#ffffff").build();
 * rendered.colourFindings();   // each colour below the contrast, its text, ratio and what it became
 * }</pre>
 */
public enum ColourPolicy {
    /**
     * The page keeps its colours, and {@link RenderedPage#colourFindings()} lists each one below
     * the contrast, with its text and ratio. The default.
     */
    REPORT,
    /**
     * Each colour below the contrast is darkened (or, on a dark background, lightened), keeping its
     * hue, until it meets 4.5:1 (3:1 for large text); the findings say what it became.
     */
    ADJUST,
    /** The page keeps its colours and nothing is checked. */
    KEEP
}
