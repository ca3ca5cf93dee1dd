package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.FormState;
import io.github.consultation.pages.Consultation;
import io.github.consultation.pages.Page;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The feedback marker is found on Flexmark's parse tree: one written in code is shown, not replaced. */
class MarkerInCodeTest {
    private static final String MARKER = "<!-- feedback form -->";

    @Test
    void aMarkerInAnIndentedCodeBlockIsShownAndTheFormGoesAtTheRealOne() {
        String markdown = "# Placing the form\n\nWrite this, indented as code:\n\n    " + MARKER + "\n\nThe form:\n\n"
                + MARKER + "\n\nAfter the form.\n";
        for (RenderedPage page : List.of(PageRenderer.create().render(Page.parse("p", markdown)),
                RenderedSite.render(Consultation.builder().of(List.of(Page.parse("p", markdown))), PageRenderer.create())
                        .pages().get(0))) {
            String html = page.html(FormState.blank("/p"));
            Document doc = Jsoup.parseBodyFragment(html);
            assertEquals(MARKER, doc.selectFirst("pre code").text(), "the example stays as code");
            assertTrue(html.indexOf("gs-form") > html.indexOf("The form:") && html.indexOf("gs-form") < html.indexOf("After"),
                    html);
        }
    }

    @Test
    void aMarkerOnlyInCodeLeavesTheFormAtTheEnd() {
        String markdown = "# Guide\n\n```html\n" + MARKER + "\n```\n\nLast words.\n";
        String html = PageRenderer.create().render(Page.parse("p", markdown)).html(FormState.blank("/p"));
        assertTrue(html.contains("&lt;!-- feedback form --&gt;"), html);
        assertTrue(html.indexOf("gs-form") > html.indexOf("Last words."), html);
    }
}
