package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Submission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The minimal stylesheet each theme ships styles the classes its markup uses, the page form's
 * and the questionnaire's, blank and with errors, hidden text first.
 */
class StylesheetTest {
    @Test
    void everyClassTheFormUsesIsStyled() {
        for (Theme theme : List.of(Theme.ORIGIN, Theme.PLAIN)) {
            String css = FormRenderer.stylesheet(theme).orElseThrow();
            FormRenderer renderer = FormRenderer.builder().theme(theme).build();
            FormRenderer questionnaire = FormRenderer.builder().form(FormDefinition.questionnaire()).theme(theme).build();
            Set<String> classes = new TreeSet<>();
            FormState failed = FormState.failed("/p", Submission.empty(),
                    List.of(new FieldError("summary", "required", "Enter a summary")));
            // A score off the scale and a role left out: the groups' and items' error classes too.
            FormState questionnaireFailed = FormState.failed("/p", Submission.empty(), List.of(
                    new FieldError("role", "required", "Select your role"),
                    new FieldError("rank_usefulness.data-tool-collaboration", "not-on-scale", "Score it from 1 to 5"),
                    new FieldError("activities", "unknown-option", "Tick activities from the list")));
            for (FormState state : List.of(FormState.blank("/p"), failed, FormState.succeeded("/p"))) {
                for (Element e : Jsoup.parseBodyFragment(renderer.render(state)).select("[class]")) {
                    classes.addAll(e.classNames());
                }
            }
            for (FormState state : List.of(FormState.blank("/p"), questionnaireFailed)) {
                for (Element e : Jsoup.parseBodyFragment(questionnaire.render(state)).select("[class]")) {
                    classes.addAll(e.classNames());
                }
            }
            for (String c : classes) {
                assertTrue(css.contains("." + c), theme.name() + " uses ." + c + " and its stylesheet does not style it");
            }
            assertTrue(css.contains("[hidden] { display: none !important; }"), "hidden regions stay hidden");
        }
        assertEquals(Optional.empty(), FormRenderer.stylesheet(Theme.GOVUK), "GOV.UK Frontend's own stylesheet serves it");
    }
}
