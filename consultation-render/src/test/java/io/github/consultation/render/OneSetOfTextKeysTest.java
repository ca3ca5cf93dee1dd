package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A team's texts have one set of keys for every theme, the host's own included: the label it
 * gives a question is the label every theme shows, the origin theme too, whose own words for this
 * library's questions (the existing site's) give way to it; its placeholder is the placeholder of
 * every theme that shows placeholders.
 */
class OneSetOfTextKeysTest {
    private static final FormDefinition BUS = FormDefinition.pageFeedback().toBuilder()
            .text(FormDefinition.ENGLISH, "label.summary", "Your view in a sentence")
            .text(FormDefinition.WELSH, "label.summary", "Eich barn mewn brawddeg")
            .text(FormDefinition.ENGLISH, "label.org", "Company or group")
            .text(FormDefinition.WELSH, "label.org", "Cwmni neu grŵp")
            .text(FormDefinition.ENGLISH, "placeholder.details", "Anything about the buses")
            .text(FormDefinition.WELSH, "placeholder.details", "Unrhyw beth am y bysiau")
            .build();

    private static Document render(Theme theme) {
        return Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).form(BUS).build()
                .render(FormVariant.FULL, FormState.blank("/p")));
    }

    private static String label(Document doc, String id) {
        Element label = doc.selectFirst("label[for=" + id + "]");
        return label.ownText().strip();
    }

    @Test
    void everyThemeShowsTheTeamsLabels() {
        List<Theme> themes = new ArrayList<>(Theme.builtIn());
        themes.add(new HostThemeTest.NhsTheme());
        for (Theme theme : themes) {
            Document doc = render(theme);
            assertEquals("Your view in a sentence", label(doc, "gs-summary"), theme.name());
            assertTrue(label(doc, "mf-org").startsWith("Company or group"), theme.name() + ": " + label(doc, "mf-org"));
            assertFalse(doc.text().contains("Brief summary"), theme.name() + " shows no word of the library's summary");
            assertFalse(doc.text().contains("Your organisation"), theme.name());
        }
    }

    @Test
    void theOriginThemeShowsALabelInViewWhenNoPlaceholderStandsForIt() {
        Document doc = render(Theme.ORIGIN);
        Element summary = doc.selectFirst("label[for=gs-summary]");
        assertFalse(summary.hasClass("sr-only"), "no placeholder names the box, so its label is in view");
        assertFalse(doc.getElementById("gs-summary").hasAttr("placeholder"));
        assertEquals("Anything about the buses", doc.getElementById("gs-details").attr("placeholder"));
        assertTrue(doc.selectFirst("label[for=gs-details]").hasClass("sr-only"), "the team's placeholder names it");
        assertFalse(doc.getElementById("mf-org").hasAttr("placeholder"), "the library's 'Organisation' went with its label");
        assertEquals("you@example.org", doc.getElementById("mf-email").attr("placeholder"),
                "a question that keeps the library's label keeps the existing site's words");
    }

    @Test
    void theWelshFormFollowsTheSameKeys() {
        Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(Theme.ORIGIN).form(BUS)
                .locale(FormDefinition.WELSH).build().render(FormVariant.FULL, FormState.blank("/p")));
        assertEquals("Eich barn mewn brawddeg", label(doc, "gs-summary"));
        assertEquals("Unrhyw beth am y bysiau", doc.getElementById("gs-details").attr("placeholder"));
    }
}
