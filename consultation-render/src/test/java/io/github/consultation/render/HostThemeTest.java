package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Submission;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A host brings its own theme: here one in the style of the NHS.UK frontend, whose markup differs
 * from GOV.UK's in its class prefix and its error summary. The host writes structure and class
 * names only; every value still passes through the library's escaping.
 */
class HostThemeTest {
    /** What a host writes: GOV.UK's components with NHS.UK's prefix, and NHS.UK's error summary. */
    static class NhsTheme extends GovukTheme {
        NhsTheme() {
            super("nhs", "nhsuk");
        }

        @Override
        protected void openBlock(Block block, HtmlWriter out) {
            out.start("div").classes("nhsuk-u-margin-top-8").attribute("id", block.wrapperId()).end().line();
            out.indent(2).start("h2").attribute("id", block.headingId()).classes("nhsuk-heading-m").end()
                    .text(block.heading()).close("h2").line();
        }

        @Override
        protected void errorSummary(ErrorSummary summary, HtmlWriter out) {
            out.indent(2).start("div").classes("nhsuk-error-summary").attribute("id", summary.id())
                    .attribute("aria-labelledby", summary.titleId()).attribute("role", "alert")
                    .attribute("tabindex", "-1").end().line();
            out.indent(4).start("h2").classes("nhsuk-error-summary__title").attribute("id", summary.titleId()).end()
                    .text(summary.title()).close("h2").line();
            out.indent(4).start("div").classes("nhsuk-error-summary__body").end().line();
            out.indent(6).start("ul").classes("nhsuk-list nhsuk-error-summary__list").attribute("role", "list").end().line();
            for (ErrorLink link : summary.errors()) {
                out.indent(8).start("li").end().start("a").attribute("href", "#" + link.target()).end().text(link.text())
                        .close("a").close("li").line();
            }
            out.indent(6).close("ul").line();
            out.indent(4).close("div").line();
            out.indent(2).close("div").line();
        }
    }

    private static final String HOSTILE = "<script>alert(\"x\")</script> & 'quoted' \u2028";

    private static Document failed(Theme theme, String value, String message) {
        FormState state = FormState.failed(value, Submission.of(Map.of("summary", value, "org", value)),
                List.of(new FieldError("summary", "too-short", message), new FieldError("org", "too-long", message)));
        return Jsoup.parseBodyFragment(FormRenderer.builder().theme(theme).build().render(FormVariant.FULL, state));
    }

    @Test
    void theHostsThemeWritesItsOwnPrefixAndErrorSummary() {
        Document doc = failed(new NhsTheme(), "abc", "Summary must be 5 characters or more");
        Element summary = doc.getElementById("gs-error-summary");
        assertTrue(summary.hasClass("nhsuk-error-summary"));
        assertEquals("alert", summary.attr("role"), "NHS.UK puts the alert on the summary itself");
        assertEquals("gs-error-summary-title", summary.attr("aria-labelledby"));
        assertEquals("#gs-summary", summary.selectFirst("a").attr("href"));
        assertTrue(doc.getElementById("gs-summary").hasClass("nhsuk-input--error"));
        assertTrue(doc.selectFirst(".nhsuk-form-group--error") != null);
        assertEquals("Error: Summary must be 5 characters or more", doc.getElementById("gs-summary-error").text());
        assertTrue(doc.select("[class*=govuk]").isEmpty(), doc.select("[class*=govuk]").toString());
        assertEquals(ThemeParityTest.controls(Theme.GOVUK, FormVariant.FULL).toString().replace("govuk", "nhsuk"),
                ThemeParityTest.controls(new NhsTheme(), FormVariant.FULL).toString().replace("govuk", "nhsuk"),
                "the same controls, names, ids and rules as every theme");
    }

    @Test
    void everyValueInTheHostsThemeIsEscapedByTheLibrary() {
        Document doc = failed(new NhsTheme(), HOSTILE, HOSTILE);
        assertEquals(HOSTILE, doc.getElementById("gs-summary").attr("value"));
        assertEquals(HOSTILE, doc.getElementById("gs-page").attr("value"));
        assertEquals(HOSTILE, doc.selectFirst("#gs-error-summary a").wholeText());
        assertTrue(doc.select("script").isEmpty());
    }

    @Test
    void aHostThemeCannotWriteANameThatBreaksOutOfItsPlace() {
        Theme sly = new NhsTheme() {
            @Override
            protected void demoNotice(String text, HtmlWriter out) {
                out.indent(2).start("p").classes("notice\" onclick=\"alert(1)").end().text(text).close("p").line();
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FormRenderer.builder().theme(sly).build(), "the blank form is written at build()");
        assertTrue(e.getMessage().contains("Not a safe classes name"), e.getMessage());
        for (String bad : List.of("p onclick", "a>", "", "Div")) {
            assertThrows(IllegalArgumentException.class, () -> new HtmlWriter(new StringBuilder(), false).start(bad), bad);
        }
        assertThrows(IllegalArgumentException.class,
                () -> new HtmlWriter(new StringBuilder(), false).start("p").attribute("on click", "x"));
        assertFalse(new HtmlWriter(new StringBuilder(), false).start("p").classes("govuk-!-margin-top-8 a_b").toString()
                .isEmpty());
    }
}
