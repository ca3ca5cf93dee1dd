package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Submission;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Structural checks of every theme, variant and state, parsed as a browser would. */
class FormStructureTest {
    static final Submission ENTERED = Submission.of(Map.of("summary", "Hi", "email", "x@", "role", "Astronaut",
            "org", "Acme", "details", "More"));

    static List<FieldError> allErrors() {
        List<FieldError> errors = new ArrayList<>();
        for (FeedbackField field : FeedbackField.values()) {
            errors.add(new FieldError(field.formName(), "code", "Message about " + field.formName()));
        }
        errors.add(new FieldError("", "not-json", "Message about the whole submission"));
        return errors;
    }

    static List<FormState> states() {
        return List.of(FormState.blank("/p"), FormState.failed("/p", ENTERED, allErrors()), FormState.succeeded("/p"));
    }

    @Test
    void everyVisibleControlHasALabelWithText() {
        for (Theme theme : Theme.builtIn()) {
            for (FormVariant variant : FormVariant.values()) {
                for (FormState state : states()) {
                    Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build().render(variant, state));
                    for (Element control : doc.select("input:not([type=hidden]):not([name=hp_field]), select, textarea")) {
                        Element label = doc.selectFirst("label[for=" + control.id() + "]");
                        assertNotNull(label, theme + " " + variant + " " + control.id());
                        assertFalse(label.text().isBlank());
                    }
                }
            }
        }
    }

    @Test
    void everyErrorLinkAndDescriptionPointsToAnElementThatExists() {
        for (Theme theme : Theme.builtIn()) {
            for (FormVariant variant : FormVariant.values()) {
                FormState state = FormState.failed("/p", ENTERED, allErrors());
                Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build().render(variant, state));
                for (Element link : doc.select("#gs-error-summary a")) {
                    assertNotNull(doc.getElementById(link.attr("href").substring(1)), theme + " " + link);
                }
                assertEquals(allErrors().size(), doc.select("#gs-error-summary a").size());
                for (Element described : doc.select("[aria-describedby]")) {
                    for (String id : described.attr("aria-describedby").split(" ")) {
                        assertNotNull(doc.getElementById(id), theme + " " + variant + " " + id);
                    }
                }
            }
        }
    }

    @Test
    void eachSummaryLinkTextIsItsInlineMessage() {
        for (Theme theme : Theme.builtIn()) {
            Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build()
                    .render(FormState.failed("/p", ENTERED, allErrors())));
            for (Element link : doc.select("#gs-error-summary a")) {
                Element inline = doc.getElementById(link.attr("href").substring(1) + "-error");
                if (inline != null) {
                    assertEquals(link.text(), inline.ownText(), theme + " " + link.attr("href"));
                    assertEquals("Error:", inline.selectFirst("span").text());
                }
            }
        }
    }

    @Test
    void govukDescribesByHintThenErrorAsUpstreamDoesWithoutAriaInvalid() {
        Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(Theme.GOVUK).build()
                .render(FormState.failed("/p", ENTERED, allErrors())));
        Element summary = doc.getElementById("gs-summary");
        assertEquals("gs-summary-hint gs-summary-error", summary.attr("aria-describedby"));
        assertFalse(summary.hasAttr("aria-invalid"), "upstream's macros write no aria-invalid");
        assertTrue(summary.hasClass("govuk-input--error"));
        assertEquals("gs-details-info gs-details-hint gs-details-error",
                doc.getElementById("gs-details").attr("aria-describedby"), "the character count's message comes first");
        assertFalse(doc.getElementById("gs-error-summary").hasAttr("tabindex"), "upstream's script makes it focusable");
        assertTrue(summary.parent().hasClass("govuk-form-group--error"));
        assertTrue(doc.getElementById("gs-form").hasAttr("novalidate"));
        assertEquals("email", doc.getElementById("mf-email").attr("autocomplete"));
        assertEquals("false", doc.getElementById("mf-email").attr("spellcheck"));
        assertTrue(doc.select("[placeholder]").isEmpty(), "no placeholder stands in for a label");
        assertEquals("Your organisation (optional)", doc.selectFirst("label[for=mf-org]").text());
        assertEquals("Your role", doc.selectFirst("label[for=mf-role]").text(), "required fields carry no mark");
        assertEquals(List.of("Local authority", "Central government", "Other public sector", "Private sector", "People"),
                doc.select("#mf-role optgroup").eachAttr("label"));
    }

    @Test
    void twoFormsWithPrefixesShareAPageWithoutClashingIds() {
        for (Theme theme : Theme.builtIn()) {
            String first = FormRenderer.builder().theme(theme).build().render(FormState.failed("/p", ENTERED, allErrors()));
            String second = FormRenderer.builder().theme(theme).idPrefix("second-").build()
                    .render(FormState.failed("/p", ENTERED, allErrors()));
            Document page = Jsoup.parseBodyFragment(first + second);
            Set<String> ids = new HashSet<>();
            for (Element e : page.select("[id]")) {
                assertTrue(ids.add(e.id()), theme + " duplicate id " + e.id());
            }
            for (Element link : page.select("a[href^=#]")) {
                assertNotNull(page.getElementById(link.attr("href").substring(1)), link.toString());
            }
            for (Element label : page.select("label[for]")) {
                assertNotNull(page.getElementById(label.attr("for")));
            }
            assertEquals(2, page.select("[name=summary]").size());
        }
    }

    @Test
    void welshTextsForEveryLabelHintAndButton() {
        FormRenderer welsh = FormRenderer.builder().theme(Theme.GOVUK).locale(Locale.forLanguageTag("cy")).build();
        Document doc = Jsoup.parseBodyFragment(welsh.render(FormState.failed("/p", ENTERED, allErrors())));
        assertEquals("Adborth ar y dudalen", doc.selectFirst("h2").text());
        assertEquals("Crynodeb", doc.selectFirst("label[for=gs-summary]").text());
        assertEquals("Eich sefydliad (dewisol)", doc.selectFirst("label[for=mf-org]").text());
        assertEquals("Anfon adborth", doc.selectFirst("button").text());
        assertEquals("Mae problem wedi codi", doc.selectFirst(".govuk-error-summary__title").text());
        assertTrue(doc.getElementById("gs-summary-error").text().startsWith("Gwall:"));
        assertEquals("Gwall: ", welsh.titlePrefix(FormState.failed("/p", ENTERED, allErrors())));
        Element option = doc.selectFirst("#mf-role option[value=Data and digital consultant]");
        assertEquals("Ymgynghorydd data a digidol", option.text(), "the value stays the English text the validator knows");
    }

    @Test
    void theDemonstrationFormIsDisabledThroughout() {
        for (Theme theme : Theme.builtIn()) {
            Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build()
                    .render(FormVariant.DEMO, FormState.blank("/p")));
            assertTrue(doc.getElementById("sheets").hasClass("is-demo"), theme.name());
            assertEquals("true", doc.getElementById("gs-form").attr("data-disabled"));
            for (Element control : doc.select("select, textarea, button, input:not([type=hidden]):not([name=hp_field])")) {
                assertTrue(control.hasAttr("disabled"), theme + " " + control.id());
            }
        }
    }

    @Test
    void theJsonEndpointIsAnnouncedForTheScript() {
        Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().jsonEndpoint("/api/feedback").build()
                .render(FormState.blank("/p")));
        assertEquals("/api/feedback", doc.getElementById("gs-form").attr("data-json-endpoint"));
        String script = FormRenderer.script();
        assertTrue(script.contains("data-json-endpoint") && script.contains("fetch("), "the script reads the endpoint");
        assertFalse(Jsoup.parseBodyFragment(FormRenderer.create().render(FormState.blank("/p")))
                .getElementById("gs-form").hasAttr("data-json-endpoint"));
    }

    /** A page served elsewhere names where its token comes from, escaped; a form without one names none. */
    @Test
    void theTokenEndpointIsAnnouncedEscaped() {
        String endpoint = "https://feedback.example.org/api/feedback/token?site=a&x=\"<b>";
        String html = FormRenderer.builder().jsonEndpoint("https://feedback.example.org/api/feedback")
                .tokenEndpoint(endpoint).build().render(FormState.blank("/p"));
        // Characters an address may not hold are percent-encoded, the ampersand written as an entity.
        assertEquals("https://feedback.example.org/api/feedback/token?site=a&x=%22%3Cb%3E",
                Jsoup.parseBodyFragment(html).getElementById("gs-form").attr("data-token-endpoint"));
        assertTrue(html.contains("data-token-endpoint=\"https://feedback.example.org/api/feedback/token?site=a&amp;x="),
                html);
        assertFalse(html.contains("\"<b>"), "the quote and the tag are escaped");
        assertFalse(Jsoup.parseBodyFragment(FormRenderer.builder().jsonEndpoint("/api/feedback").build()
                .render(FormState.blank("/p"))).getElementById("gs-form").hasAttr("data-token-endpoint"));
        assertThrows(IllegalStateException.class, () -> FormRenderer.builder().tokenEndpoint("javascript:alert(1)").build());
    }

    /** The script sends what the definition names, and nothing else: the tab and the fields come from the form. */
    @Test
    void theFormNamesWhatTheScriptSends() {
        FormDefinition libraries = FormDefinition.pageFeedback().toBuilder().tab("Libraries").without("org").build();
        Document doc = Jsoup.parseBodyFragment(FormRenderer.builder().form(libraries).jsonEndpoint("/api/feedback")
                .build().render(FormState.blank("/p")));
        Element form = doc.getElementById("gs-form");
        assertEquals("Libraries", form.attr("data-tab"));
        assertEquals("page nature summary details role email hp_field", form.attr("data-fields"));
        assertEquals("gs-ok", form.attr("data-success"));
        assertEquals("gs-err", form.attr("data-failure"));
        assertEquals("gs-error-summary", form.attr("data-error-summary"));
        for (String name : form.attr("data-fields").split(" ")) {
            assertFalse(form.select("[name=" + name + "]").isEmpty(), name + " is a control of the form");
        }
    }

    @Test
    void aCsrfTokenIsPostedAsAFieldAndMarkedForTheScriptsHeader() {
        FormRenderer renderer = FormRenderer.builder().jsonEndpoint("/api/feedback").build();
        FormState state = FormState.blank("/p").withCsrfToken("_csrf", "X-CSRF-TOKEN", "t\"k");
        Element field = Jsoup.parseBodyFragment(renderer.render(state)).selectFirst("input[name=_csrf]");
        assertEquals("t\"k", field.attr("value"));
        assertEquals("X-CSRF-TOKEN", field.attr("data-csrf-header"));
        assertEquals(renderer.renderWithoutCache(FormVariant.FULL, state), renderer.render(state));
        assertTrue(FormRenderer.script().contains("data-csrf-header") && FormRenderer.script().contains("_csrf_header"),
                "the script reads the field's header, or Spring Security's meta tags");
        assertThrows(IllegalArgumentException.class,
                () -> FormState.blank("/p").withCsrfToken("_csrf", "X-CSRF TOKEN\r\n", "t"));
        assertThrows(IllegalArgumentException.class, () -> FormState.blank("/p").withCsrfToken("summary", "X-T", "t"));
    }
}
