package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormVariant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The three themes render one form definition: the same controls, names, ids, values and rules. */
class ThemeParityTest {
    private static final List<String> RULE_ATTRIBUTES = List.of("type", "required", "minlength", "maxlength", "pattern",
            "disabled");

    /** Each control as tag, name, id, rule attributes and the values it offers. */
    static List<String> controls(Theme theme, FormVariant variant) {
        Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build()
                .render(variant, FormState.blank("/p")));
        List<String> controls = new ArrayList<>();
        for (Element e : doc.select("input, select, textarea, button")) {
            StringBuilder s = new StringBuilder(e.tagName()).append(" name=").append(e.attr("name"))
                    .append(" id=").append(e.id());
            for (String a : RULE_ATTRIBUTES) {
                if (e.hasAttr(a)) {
                    s.append(' ').append(a).append('=').append(e.attr(a));
                } else if (a.equals("maxlength") && e.tagName().equals("textarea") && maxFromCharacterCount(e) != null) {
                    // GOV.UK's character count carries the limit on its wrapper instead, as upstream writes it.
                    s.append(' ').append(a).append('=').append(maxFromCharacterCount(e));
                }
            }
            for (Element option : e.select("option")) {
                s.append(" [").append(option.hasAttr("value") ? option.attr("value") : option.text()).append(']');
            }
            controls.add(s.toString());
        }
        return controls;
    }

    /** The limit a GOV.UK character count around {@code e} sets, or null. */
    static String maxFromCharacterCount(Element e) {
        Element count = e.closest("[data-module$=-character-count]");
        return count == null ? null : count.attr("data-maxlength");
    }

    @Test
    void everyThemeHasTheSameControlsNamesAndRules() {
        for (FormVariant variant : FormVariant.values()) {
            List<String> origin = controls(Theme.ORIGIN, variant);
            assertFalse(origin.isEmpty());
            assertEquals(origin, controls(Theme.GOVUK, variant), "GOV.UK " + variant);
            assertEquals(origin, controls(Theme.PLAIN, variant), "plain " + variant);
        }
    }

    @Test
    void theRuleAttributesAreTheModelsRules() {
        for (Theme theme : Theme.builtIn()) {
            for (FormVariant variant : FormVariant.values()) {
                Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build()
                        .render(variant, FormState.blank("/p")));
                for (FeedbackField field : fieldsOf(variant)) {
                    if (field == FeedbackField.PAGE) {
                        continue;
                    }
                    FieldRules rules = FormDefinition.pageFeedback().rules(field.formName(), variant);
                    Element control = doc.selectFirst("[name=" + field.formName() + "]");
                    String where = theme + " " + variant + " " + field;
                    assertEquals(rules.required(), control.hasAttr("required"), where);
                    assertEquals(rules.minLength().isPresent() ? String.valueOf(rules.minLength().getAsInt()) : "",
                            control.attr("minlength"), where);
                    String max = rules.maxLength().isPresent() && !rules.isChoice()
                            ? String.valueOf(rules.maxLength().getAsInt()) : "";
                    String shown = control.hasAttr("maxlength") ? control.attr("maxlength")
                            : control.tagName().equals("textarea") && maxFromCharacterCount(control) != null
                                    ? maxFromCharacterCount(control) : "";
                    assertEquals(max, shown, where);
                    assertEquals(rules.email(), control.attr("type").equals("email"), where);
                    assertEquals(rules.emailPattern().orElse(""), control.attr("pattern"), where);
                }
            }
        }
    }

    @Test
    void theMinimalFormAsksOnlyForSummaryAndDetails() {
        List<String> names = new ArrayList<>();
        for (String control : controls(Theme.GOVUK, FormVariant.MINIMAL)) {
            names.add(control.split(" ")[1]);
        }
        assertEquals(List.of("name=page", "name=hp_field", "name=summary", "name=details", "name="), names);
    }

    private static List<FeedbackField> fieldsOf(FormVariant variant) {
        return FormDefinition.pageFeedback().questions(variant).stream()
                .map(q -> FeedbackField.forName(q.name()).orElseThrow()).toList();
    }
}
