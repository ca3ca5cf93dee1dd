package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.FormState;
import io.github.consultation.pages.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Authors' colours: kept in every form CSS gives them, reported or mended when too faint to read. */
class ColourPolicyTest {
    private static final String PAGE = """
            # A <span style="color:darkturquoise">bright</span> heading

            Some <span style="color:darkturquoise">turquoise words</span>, some
            <span style="color:rebeccapurple">purple ones</span>, some <span style="color:rgb(0 0 139 / 100%)">navy</span>
            and some <span style="color:#767676">grey</span>.
            """;

    private static RenderedPage render(ColourPolicy policy) {
        return PageRenderer.builder().colours(policy).build().render(Page.parse("colours", PAGE));
    }

    @Test
    void theSanitiserKeepsEveryColourForm() {
        String html = render(ColourPolicy.KEEP).html(FormState.blank("/colours"));
        assertTrue(html.contains("style=\"color:rebeccapurple\""), html);
        assertTrue(html.contains("style=\"color:darkturquoise\""), html);
        assertTrue(html.contains("color:rgba( 0 , 0 , 139 , 1 )") || html.contains("color:#00008b"), html);
        assertTrue(html.contains("style=\"color:#767676\""), html);
        String hostile = PageRenderer.create().render(Page.parse("x", "<span style=\"color:expression(alert(1));"
                + "background:url(x)\">x</span>")).html(FormState.blank("/x"));
        assertTrue(!hostile.contains("expression") && !hostile.contains("url("), hostile);
    }

    @Test
    void reportListsEachFaintColourWithItsTextAndRatio() {
        List<ColourFinding> findings = render(ColourPolicy.REPORT).colourFindings();
        assertEquals(List.of(new ColourFinding("darkturquoise", "bright", 1.95, 3.0, Optional.empty()),
                new ColourFinding("darkturquoise", "turquoise words", 1.95, 4.5, Optional.empty())), findings);
        assertTrue(render(ColourPolicy.REPORT).html(FormState.blank("/c")).contains("color:darkturquoise"),
                "report keeps the colours");
    }

    @Test
    void adjustDarkensEachFaintColourUntilItMeetsItsContrast() {
        RenderedPage page = render(ColourPolicy.ADJUST);
        String html = page.html(FormState.blank("/colours"));
        assertTrue(!html.contains("color:darkturquoise"), html);
        for (ColourFinding f : page.colourFindings()) {
            String css = f.adjustedTo().orElseThrow();
            assertTrue(html.contains("color:" + css), css);
            double ratio = io.github.consultation.pages.internal.CssColour.contrast(
                    io.github.consultation.pages.internal.CssColour.parse(css).orElseThrow(),
                    io.github.consultation.pages.internal.CssColour.parse("white").orElseThrow());
            assertTrue(ratio >= f.required(), css + " " + ratio);
        }
        assertEquals(2, page.colourFindings().size());
    }

    @Test
    void coloursAreCheckedAgainstTheThemesBackground() {
        RenderedPage dark = PageRenderer.builder().background("#0b0c0c").build()
                .render(Page.parse("x", "Some <span style=\"color:navy\">navy</span> on black."));
        assertEquals(1, dark.colourFindings().size());
        assertTrue(dark.colourFindings().get(0).ratio() < 2, dark.colourFindings().toString());
    }

    @Test
    void keepChecksNothing() {
        assertEquals(List.of(), render(ColourPolicy.KEEP).colourFindings());
    }
}
