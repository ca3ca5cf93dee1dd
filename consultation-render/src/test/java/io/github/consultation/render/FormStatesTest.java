package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Submission;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The origin form after a failed submit, after a successful one, and with host hooks. */
class FormStatesTest {
    private static final Submission ENTERED = Submission.of(Map.of(
            "page", "/governance", "nature", "I\u2019m unsure about this", "summary", "Cost",
            "details", "First line\nSecond line", "role", "Data and digital consultant",
            "org", "Acme & Sons", "email", "not-an-address"));
    private static final List<FieldError> ERRORS = List.of(
            new FieldError("summary", "too-short", "Summary must be 5 characters or more"),
            new FieldError("email", "format", "Enter an email address in the correct format, like name@example.com"));

    private static Document failed() {
        return Jsoup.parseBodyFragment(FormRenderer.create().render(FormState.failed("/governance", ENTERED, ERRORS)));
    }

    @Test
    void everyValueIsShownAgain() {
        Document doc = failed();
        assertEquals("Cost", doc.getElementById("gs-summary").attr("value"));
        assertEquals("First line\nSecond line", doc.getElementById("gs-details").wholeText());
        assertEquals("Acme & Sons", doc.getElementById("mf-org").attr("value"));
        assertEquals("not-an-address", doc.getElementById("mf-email").attr("value"));
        assertEquals("Data and digital consultant", doc.select("#mf-role option[selected]").text());
        assertEquals("I\u2019m unsure about this", doc.select("#mf-nature option[selected]").text());
        assertEquals(1, doc.select("#mf-role option[selected]").size());
    }

    @Test
    void eachErrorStandsAfterItsLabelAndIsLinkedToItsControl() {
        Document doc = failed();
        Element summary = doc.getElementById("gs-summary");
        Element message = doc.getElementById("gs-summary-error");
        assertNotNull(message);
        assertEquals("Error: Summary must be 5 characters or more", message.text());
        assertEquals("label", message.previousElementSibling().tagName());
        assertEquals(summary, message.nextElementSibling());
        assertEquals("gs-summary-error", summary.attr("aria-describedby"));
        assertEquals("true", summary.attr("aria-invalid"));
        assertFalse(doc.getElementById("mf-org").hasAttr("aria-invalid"));
        assertNull(doc.getElementById("mf-org-error"));
    }

    @Test
    void theErrorSummaryLinksEveryErrorToItsField() {
        Document doc = failed();
        Element summary = doc.getElementById("gs-error-summary");
        assertEquals("There is a problem", summary.selectFirst("h3").text());
        assertEquals(List.of("#gs-summary", "#mf-email"), summary.select("a").eachAttr("href"));
        for (Element link : summary.select("a")) {
            Element target = doc.getElementById(link.attr("href").substring(1));
            String inline = doc.getElementById(target.id() + "-error").text();
            assertEquals("Error: " + link.text(), inline, "summary and inline texts are the same");
        }
    }

    @Test
    void anErrorAboutNoShownFieldLinksToTheForm() {
        Document doc = Jsoup.parseBodyFragment(FormRenderer.create().render(FormState.failed("/p", Submission.empty(),
                List.of(new FieldError("", "not-json", "The submission must be a JSON object")))));
        assertEquals("#gs-form", doc.selectFirst("#gs-error-summary a").attr("href"));
    }

    @Test
    void aHostCanPlaceTheErrorSummaryItself() {
        FormState state = FormState.failed("/governance", ENTERED, ERRORS);
        for (Theme theme : Theme.builtIn()) {
            FormRenderer inForm = FormRenderer.builder().theme(theme).build();
            FormRenderer apart = FormRenderer.builder().theme(theme).errorSummaryInForm(false).build();
            Document form = Jsoup.parseBodyFragment(apart.render(state));
            assertNull(form.getElementById("gs-error-summary"), theme + ": the form leaves the summary out");
            assertEquals("Error: Summary must be 5 characters or more", form.getElementById("gs-summary-error").text(),
                    theme + ": the messages beside the fields stay");
            Document summary = Jsoup.parseBodyFragment(apart.renderErrorSummary(FormVariant.FULL, state));
            assertEquals(Jsoup.parseBodyFragment(inForm.render(state)).getElementById("gs-error-summary").outerHtml(),
                    summary.getElementById("gs-error-summary").outerHtml(), theme + ": the same summary, placed by the host");
            assertEquals(List.of("#gs-summary", "#mf-email"), summary.select("a").eachAttr("href"));
            assertEquals("", inForm.renderErrorSummary(FormVariant.FULL, state), theme + ": never shown twice");
            assertEquals("", apart.renderErrorSummary(FormVariant.FULL, FormState.blank("/governance")));
            assertEquals("", apart.renderErrorSummary(FormVariant.FULL, FormState.succeeded("/governance")));
        }
    }

    @Test
    void successShowsTheThanksAndAnEmptyForm() {
        Document doc = Jsoup.parseBodyFragment(FormRenderer.create().render(FormState.succeeded("/governance")));
        assertFalse(doc.getElementById("gs-ok").hasAttr("hidden"));
        assertTrue(doc.getElementById("gs-err").hasAttr("hidden"));
        assertEquals("", doc.getElementById("gs-summary").attr("value"));
    }

    @Test
    void theTitlePrefixMarksOnlyTheErrorState() {
        FormRenderer renderer = FormRenderer.create();
        assertEquals("Error: ", renderer.titlePrefix(FormState.failed("/p", ENTERED, ERRORS)));
        assertEquals("", renderer.titlePrefix(FormState.blank("/p")));
        assertEquals("", renderer.titlePrefix(FormState.succeeded("/p")));
    }

    @Test
    void theCachedBlankFormIsTheWrittenOne() {
        for (Theme theme : Theme.builtIn()) {
            FormRenderer renderer = FormRenderer.builder().theme(theme).hiddenField("site", "a&b").build();
            for (FormVariant variant : FormVariant.values()) {
                FormState state = FormState.blank("/p?x=\"1\"&y=<2>").withHiddenField("_csrf", "t\"k");
                assertEquals(renderer.renderWithoutCache(variant, state), renderer.render(variant, state),
                        theme + " " + variant);
                FormState plain = FormState.blank("/q");
                assertEquals(renderer.renderWithoutCache(variant, plain), renderer.render(variant, plain));
            }
        }
    }

    @Test
    void hiddenFieldsOfHostAndRequestAreSent() {
        FormRenderer renderer = FormRenderer.builder().hiddenField("consultation", "c-1").action("/feedback").build();
        Document doc = Jsoup.parseBodyFragment(renderer.render(FormState.blank("/p").withHiddenField("_csrf", "tok")));
        assertEquals("c-1", doc.selectFirst("input[name=consultation]").attr("value"));
        assertEquals("tok", doc.selectFirst("input[name=_csrf]").attr("value"));
        assertEquals("/feedback#gs-error-summary", doc.getElementById("gs-form").attr("action"));
    }

    /** After a refused plain post, the answer opens where the errors are (issue 19.1). */
    @Test
    void theActionsFragmentNamesWhereTheErrorsAre() {
        for (Theme theme : Theme.builtIn()) {
            FormRenderer inForm = FormRenderer.builder().theme(theme).build();
            Document doc = Jsoup.parseBodyFragment(inForm.render(FormState.blank("/p")));
            assertEquals("#gs-error-summary", doc.getElementById("gs-form").attr("action"), theme.name());
            FormRenderer hostPlaced = FormRenderer.builder().theme(theme).errorSummaryInForm(false)
                    .action("/post?x=1#elsewhere").build();
            doc = Jsoup.parseBodyFragment(hostPlaced.render(FormState.blank("/p")));
            assertEquals("/post?x=1#gs-error-summary", doc.getElementById("gs-form").attr("action"), theme.name());
        }
    }

    @Test
    void hostFieldsCannotTakeTheFormsNames() {
        assertThrows(IllegalArgumentException.class, () -> FormState.blank("/p").withHiddenField("summary", "x"));
        assertThrows(IllegalArgumentException.class, () -> FormState.blank("/p").withHiddenField("hp_field", "x"));
        assertThrows(IllegalArgumentException.class, () -> FormRenderer.builder().hiddenField("", "x"));
    }

    @Test
    void builderRefusesBadSettings() {
        assertThrows(IllegalStateException.class, () -> FormRenderer.builder().method("delete").build());
        assertThrows(IllegalStateException.class, () -> FormRenderer.builder().idPrefix("1bad").build());
        assertThrows(IllegalStateException.class, () -> FormRenderer.builder().idPrefix("a b").build());
        assertThrows(IllegalStateException.class, () -> FormRenderer.builder().action("javascript:alert(1)").build());
    }
}
