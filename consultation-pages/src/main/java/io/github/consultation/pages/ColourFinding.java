package io.github.consultation.pages;

import java.util.Objects;
import java.util.Optional;

/**
 * A colour an author gave some words that is below the contrast WCAG 2.2 AA asks for against the
 * page's background.
 *
 * <pre>{@code
 * for (ColourFinding f : rendered.colourFindings()) {
 *     System.out.printf("%s on \"%s\": %.2f:1, needs %.1f:1%n", f.colour(), f.text(), f.ratio(), f.required());
 * }
 * }</pre>
 *
 * @param colour the colour as the author wrote it, such as {@code darkturquoise}
 * @param text the words in that colour
 * @param ratio their contrast against the background, such as 1.95
 * @param required the contrast they need: 4.5, or 3 for large text (in a heading of level 1 to 3)
 * @param adjustedTo the colour that replaced it, under {@link ColourPolicy#ADJUST}
 */
public record ColourFinding(String colour, String text, double ratio, double required, Optional<String> adjustedTo) {
    /** Checks that nothing is null. */
    public ColourFinding {
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(adjustedTo, "adjustedTo");
    }
}
