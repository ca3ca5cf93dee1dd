package io.github.consultation.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A page that carries the existing site's questionnaire markup after its feedback marker gets the
 * library's questionnaire in its place, as a page with the legacy page form gets the page form.
 */
class QuestionnairePageTest {
    /** The existing site's questionnaire block, as REFERENCE section 5 describes it (its script builds the rest). */
    private static final String LEGACY = String.join("\n",
            "# Feedback", "", "Tell us what you think of the whole proposal.", "",
            "<!-- feedback form -->",
            "<div class=\"feedback-section feedback-main\" id=\"main-feedback\">",
            "  <form id=\"main-form\" novalidate>",
            "    <input type=\"hidden\" id=\"mf-page\" name=\"page\">",
            "    <input type=\"text\" id=\"mf_hp\" name=\"hp_field\" hidden tabindex=\"-1\" autocomplete=\"off\">",
            "    <fieldset><legend></legend><select id=\"mf-role\" required></select></fieldset>",
            "    <div id=\"use-rows\"></div>",
            "    <button type=\"submit\">Submit feedback</button>",
            "  </form>",
            "</div>", "", "Thank you for your time.", "");

    private static final PageRenderer PAGES = PageRenderer.builder()
            .questionnaire(FormRenderer.builder().form(FormDefinition.questionnaire()).build()).build();

    @Test
    void theLegacyQuestionnaireBlockIsReplacedByTheLibrarysQuestionnaire() {
        RenderedPage page = PAGES.render(Page.parse("feedback", LEGACY));
        assertEquals("MainFeedback", page.form().definition().tab());
        String html = page.html(FormState.blank("/feedback"));
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals(1, doc.select("#main-feedback").size(), "one block, the library's");
        assertEquals(39, doc.select("input[name=activities]").size());
        assertFalse(html.contains("use-rows"), "the legacy block's own markup is gone");
        assertTrue(html.indexOf("Tell us what you think") < html.indexOf("main-form")
                && html.indexOf("main-form") < html.indexOf("Thank you for your time"), html);
    }

    @Test
    void aQuestionnaireMarkerPlacesItToo() {
        RenderedPage page = PAGES.render(Page.parse("survey", "# Survey\n\n<!-- feedback questionnaire -->\n"));
        assertEquals("MainFeedback", page.form().definition().tab());
        RenderedPage other = PAGES.render(Page.parse("plain", "# Plain\n\n<!-- feedback form -->\n"));
        assertEquals("Feedback", other.form().definition().tab(), "the page form where the marker asks for it");
    }

    @Test
    void withoutAQuestionnaireRendererSuchAPageCarriesThePageForm() {
        RenderedPage page = PageRenderer.create().render(Page.parse("feedback", LEGACY));
        assertEquals("Feedback", page.form().definition().tab());
    }
}
