package io.github.consultation.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.Submission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The minimal stylesheet each theme ships styles the classes its markup uses, hidden text first. */
class StylesheetTest {
    @Test
    void everyClassTheFormUsesIsStyled() {
        for (Theme theme : List.of(Theme.ORIGIN, Theme.PLAIN)) {
            String css = FormRenderer.stylesheet(theme).orElseThrow();
            FormRenderer renderer = FormRenderer.builder().theme(theme).build();
            Set<String> classes = new TreeSet<>();
            FormState failed = FormState.failed("/p", Submission.empty(),
                    List.of(new FieldError("summary", "required", "Enter a summary")));
            for (FormState state : List.of(FormState.blank("/p"), failed, FormState.succeeded("/p"))) {
                for (Element e : Jsoup.parseBodyFragment(renderer.render(state)).select("[class]")) {
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
