package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Submission;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * The existing site's questionnaire from the same writer as the page form, in every theme, with
 * scripts off: every question a control of its own, each idea a fieldset whose scale is radios,
 * the activities grouped under their headings, the existing ids where REFERENCE section 5 names
 * them; and after a refused post, each error linked to the first control of its question.
 */
class QuestionnaireFormTest {
    private static final FormDefinition QUESTIONNAIRE = FormDefinition.questionnaire();

    private static Document render(Theme theme, FormState state) {
        return Jsoup.parseBodyFragment(FormRenderer.builder().form(QUESTIONNAIRE).theme(theme)
                .jsonEndpoint("/api/feedback").build().render(state));
    }

    @Test
    void everyThemeAsksEveryQuestionWithTheExistingIds() {
        for (Theme theme : Theme.builtIn()) {
            Document doc = render(theme, FormState.blank("/feedback"));
            String where = theme.name();
            assertTrue(doc.getElementById("main-feedback") != null, where);
            Element form = doc.getElementById("main-form");
            assertEquals("MainFeedback", form.attr("data-tab"), where);
            assertEquals("MainFeedback", form.selectFirst("input[type=hidden][name=tab]").val(), where);
            assertEquals("page", doc.getElementById("mf-page").attr("name"));
            assertEquals("hp_field", doc.getElementById("mf_hp").attr("name"));
            assertEquals(14, doc.select("#mf-role option[value], #mf-role option").stream()
                    .filter(o -> !o.text().startsWith("\u2014")).count(), where);
            assertEquals("email", doc.getElementById("mf-email").attr("type"));
            assertEquals("textarea", doc.getElementById("mf-comments").tagName());
            // Each idea, twice: a fieldset whose legend is the idea and whose scale is five radios and "no score".
            for (String prefix : List.of("use-", "like-")) {
                Element first = doc.getElementById(prefix + "data-tool-collaboration");
                assertEquals("radio", first.attr("type"), where);
                Element item = first.closest("fieldset");
                assertEquals("Data tool collaboration", item.selectFirst("legend").text(), where);
                assertEquals(List.of("1", "2", "3", "4", "5", ""), item.select("input[type=radio]").eachAttr("value"), where);
            }
            assertEquals(26, doc.select("fieldset:has(> legend) input[type=radio][value=1]").size(), where);
            // The activities: 39 boxes under 13 headings, each sending "Heading: activity".
            Elements boxes = doc.select("input[type=checkbox][name=activities]");
            assertEquals(39, boxes.size(), where);
            assertEquals("Curating standards: Managing processes for changes to relevant standards",
                    boxes.get(19).val(), where);
            assertEquals("Curating standards", boxes.get(19).closest("fieldset").selectFirst("legend").text(), where);
            Set<String> ids = new HashSet<>();
            for (Element e : doc.select("[id]")) {
                assertTrue(ids.add(e.id()), where + ": the id " + e.id() + " is used twice");
            }
        }
    }

    @Test
    void aRefusedPostShowsItsScoresAndTicksAgainAndLinksEachErrorToItsControl() {
        Submission submitted = Submission.ofLists(Map.of("rank_usefulness.data-tool-collaboration", List.of("7"),
                "rank_usefulness.improving-data-quality", List.of("4"),
                "activities", List.of("discovering-what-works-maps", "mapping-innovation-and-improvement-activity-relevant-to-the-sector")));
        List<FieldError> errors = List.of(new FieldError("role", "required", "Select your role"),
                new FieldError("rank_usefulness.data-tool-collaboration", "not-on-scale",
                        "Score \u2018Data tool collaboration\u2019 from 1 to 5"));
        for (Theme theme : Theme.builtIn()) {
            FormRenderer renderer = FormRenderer.builder().form(QUESTIONNAIRE).theme(theme).build();
            FormState failed = FormState.failed("/feedback", submitted, errors);
            Document doc = Jsoup.parseBodyFragment(renderer.renderErrorSummary(io.github.consultation.model.FormVariant.FULL,
                    failed) + renderer.render(failed));
            String where = theme.name();
            assertEquals(List.of("#mf-role", "#use-data-tool-collaboration"),
                    doc.select("[id$=error-summary] a").eachAttr("href"), where);
            assertTrue(doc.getElementById("use-improving-data-quality-4").hasAttr("checked"), where + ": the 4 kept");
            assertTrue(doc.select("input[name=activities][checked]").size() == 1, where + ": the tick kept");
            Element item = doc.getElementById("use-data-tool-collaboration").closest("fieldset");
            assertTrue(item.text().contains("Score \u2018Data tool collaboration\u2019 from 1 to 5"), where + ": " + item);
        }
    }
}
