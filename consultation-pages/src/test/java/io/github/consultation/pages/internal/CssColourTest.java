package io.github.consultation.pages.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The WCAG arithmetic, against pairs whose contrast is known, and the colour forms authors write. */
class CssColourTest {
    private static final CssColour WHITE = CssColour.parse("white").orElseThrow();
    private static final CssColour BLACK = CssColour.parse("#000").orElseThrow();

    private static double contrast(String fg, String bg) {
        return Math.round(CssColour.contrast(CssColour.parse(fg).orElseThrow(), CssColour.parse(bg).orElseThrow()) * 100)
                / 100.0;
    }

    @Test
    void knownPairsHaveTheirKnownContrast() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), "the greatest contrast");
        assertEquals(1.0, contrast("#777", "#777"), "the least");
        // #767676 is the lightest grey with 4.5:1 on white; #777777 just misses it.
        assertEquals(4.54, contrast("#767676", "#ffffff"));
        assertEquals(4.48, contrast("#777777", "#ffffff"));
        assertEquals(1.95, contrast("darkturquoise", "white"), "the existing site's turquoise, 1.95:1 as the issue measured");
        assertEquals(2.12, contrast("deepskyblue", "#fff"));
        assertEquals(3.24, contrast("dodgerblue", "white"));
        assertEquals(4.11, contrast("steelblue", "white"));
        assertEquals(contrast("red", "white"), contrast("white", "red"), "the ratio is the same either way round");
    }

    @Test
    void everyNamedColourOfLevelFourIsKnown() {
        assertEquals(149, CssColour.names().size(), "148 named colours and transparent");
        assertEquals("#663399", CssColour.parse("RebeccaPurple").orElseThrow().css());
        assertEquals("#00ced1", CssColour.parse(" darkturquoise ").orElseThrow().css());
    }

    @Test
    void hexFunctionalAndAlphaFormsAreRead() {
        assertEquals("#663399", CssColour.parse("#639").orElseThrow().css());
        assertEquals("rgba(102, 102, 51, 0.6)", CssColour.parse("#6639").orElseThrow().css());
        assertEquals("#010203", CssColour.parse("rgb(1,2,3)").orElseThrow().css());
        assertEquals("rgba(1, 2, 3, 0.5)", CssColour.parse("rgb(1 2 3 / 50%)").orElseThrow().css());
        assertEquals("rgba(1, 2, 3, 0.5)", CssColour.parse("rgba(1, 2, 3, .5)").orElseThrow().css());
        assertEquals("#ff0000", CssColour.parse("rgb(100% 0% 0%)").orElseThrow().css());
        assertEquals("#00ff00", CssColour.parse("hsl(120, 100%, 50%)").orElseThrow().css());
        assertEquals("#00ff00", CssColour.parse("hsl(120deg 100% 50%)").orElseThrow().css());
        assertEquals("#0000ff", CssColour.parse("hsl(0.6667turn 100% 50%)").orElseThrow().css());
        for (String bad : new String[] {"", "bluish", "#12", "#ggg", "rgb(1,2)", "url(x)", "expression(alert(1))",
            "hsl(120, 100, 50)", "rgb(1, 2, 3, 4, 5)"}) {
            assertEquals(Optional.empty(), CssColour.parse(bad), bad);
        }
    }

    @Test
    void alphaIsBlendedOverTheBackgroundFirst() {
        assertEquals(1.0, contrast("rgba(0, 0, 0, 0)", "white"));
        assertTrue(contrast("rgba(0, 0, 0, 0.5)", "white") < contrast("black", "white"));
    }

    @Test
    void anAdjustedColourMeetsItsTargetAndKeepsItsHue() {
        qt().forAll(integers().between(0, 0xffffff)).checkAssert(rgb -> {
            CssColour c = new CssColour(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff, 1);
            for (double target : new double[] {3.0, 4.5}) {
                CssColour onWhite = c.adjustedFor(WHITE, target);
                assertTrue(CssColour.contrast(onWhite, WHITE) >= target, c + " on white");
                CssColour onBlack = c.adjustedFor(BLACK, target);
                assertTrue(CssColour.contrast(onBlack, BLACK) >= target, c + " on black");
            }
        });
        CssColour turquoise = CssColour.parse("darkturquoise").orElseThrow().adjustedFor(WHITE, 4.5);
        assertTrue(turquoise.g() > turquoise.r() && turquoise.b() > turquoise.r(), "still a turquoise: " + turquoise.css());
        assertTrue(CssColour.contrast(turquoise, WHITE) < 4.6, "no darker than it must be: " + turquoise.css());
    }
}
