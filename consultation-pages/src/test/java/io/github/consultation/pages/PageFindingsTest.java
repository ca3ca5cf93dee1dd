package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.pages.Consultation;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.PageFinding.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a page's author can mend, found as the page is rendered, each on the line of its file. */
class PageFindingsTest {
    private static final String SOURCE = String.join("\n",
            "title: Everything wrong",          // 1: metadata; the body starts on line 3
            "",
            "# Everything wrong",               // 3
            "",
            "#### A heading too deep",          // 5
            "",
            "![](chart.png) and <img src=\"map.png\">",                                    // 7
            "",
            "Some <span style=\"color:darkturquoise\">faint words</span> here.",           // 9
            "",
            "<div id=\"twice\">One</div>",       // 11
            "",
            "<div id=\"twice\">Two</div>",       // 13
            "",
            "<p onclick=\"steal()\">Click</p>",  // 15
            "",
            "<script>alert(1)</script>",         // 17
            "",
            "See [the costs](costs.md), [the plan](plan.md) and [GOV.UK](https://www.gov.uk/).", // 19
            "",
            "<div id=\"sheets\">Clash</div>");   // 21

    private static List<PageFinding> findings() {
        Consultation site = Consultation.builder().of(List.of(Page.parse("wrong", SOURCE), Page.parse("costs", "# Costs")));
        return RenderedSite.render(site, PageRenderer.create()).findings("wrong");
    }

    @Test
    void eachFindingIsOnTheLineOfTheFile() {
        List<PageFinding> found = findings();
        assertEquals(List.of(
                "HEADING_LEVEL_SKIPPED 5", "IMAGE_WITHOUT_TEXT 7", "IMAGE_WITHOUT_TEXT 7", "COLOUR_CONTRAST 9",
                "DUPLICATE_ID 11", "REMOVED_BY_SANITISER 15", "REMOVED_BY_SANITISER 17", "LINK_TO_MISSING_PAGE 19",
                "DUPLICATE_ID 21"),
                found.stream().map(f -> f.kind() + " " + f.line()).toList(), found.toString());
    }

    @Test
    void eachFindingSaysWhatToMend() {
        List<PageFinding> found = findings();
        assertEquals("the heading \"A heading too deep\" is level 4 after a heading of level 1: use level 2, or headings"
                + " that step down one level at a time", found.get(0).message());
        assertTrue(found.get(3).message().startsWith("\"faint words\" in darkturquoise has a contrast of 1.95:1"),
                found.get(3).message());
        assertEquals("the id 'twice' is used 2 times on the page; an id must be used once", found.get(4).message());
        assertEquals("the onclick attribute was removed from <p>: pages may not carry it", found.get(5).message());
        assertEquals("the <script> element was removed: pages may not carry it", found.get(6).message());
        assertEquals("the link to plan.md goes to no page of this consultation", found.get(7).message());
        assertEquals("the id 'sheets' is the feedback form's own; give the element another", found.get(8).message());
    }

    /**
     * A removal is found on the line of the HTML that carried it, even when the same element stands
     * earlier on the page, allowed.
     */
    @Test
    void aRemovalIsOnItsOwnLineNotTheFirstLikeIt() {
        String source = "# Spans\n\nA <span style=\"color:#0b0c0c\">kept</span> span.\n\n"
                + "<span onclick=\"alert(1)\">Clicked</span>\n";
        Consultation site = Consultation.builder().of(List.of(Page.parse("spans", source)));
        List<PageFinding> found = RenderedSite.render(site, PageRenderer.create()).findings("spans");
        assertEquals(1, found.size(), found.toString());
        assertEquals(5, found.get(0).line());
        assertEquals("the <span> element was removed with its onclick attribute: pages may not carry it, and the"
                + " element means nothing without", found.get(0).message());
    }

    @Test
    void aCleanPageHasNoFinding() {
        Consultation site = Consultation.builder().of(List.of(Page.parse("fine", "# Fine\n\n## Part\n\n![A chart](c.png)"
                + "\n\n<span style=\"color:#0b0c0c\">dark</span>")));
        assertEquals(List.of(), RenderedSite.render(site, PageRenderer.create()).findings("fine"));
        assertEquals(List.of(), RenderedSite.render(site, PageRenderer.create()).findings("nothing-here"));
        assertTrue(Kind.values().length >= 7);
    }
}
