package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import io.github.consultation.model.Answers;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The questionnaire in a real browser, in every theme: answered with scripts off (a plain post of
 * radios and boxes) and on (the script's JSON, scores as numbers); refused for a missing role with
 * the summary taking focus; usable at 320 CSS pixels without sideways scrolling; no axe findings,
 * blank or with errors.
 */
@Tag("browser")
class QuestionnaireBrowserTest {
    @TempDir
    Path dir;

    private static String name(Theme theme, String flow) {
        return "questionnaire-" + theme.name().toLowerCase(Locale.ROOT) + "-" + flow;
    }

    /** Chooses a role, scores two ideas, ticks one activity and writes a comment, as a reader would. */
    private static void answer(Browser browser) {
        new Select(browser.byId("mf-role")).selectByVisibleText("Local authority leadership");
        click(browser, "use-data-tool-collaboration-4");
        click(browser, "like-discovering-what-works-2");
        click(browser, "act-2");
        browser.type(browser.byId("mf-comments"), "Worth doing.");
    }

    /** Clicks a radio or box by its label, as GOV.UK Frontend's styled inputs want. */
    private static void click(Browser browser, String id) {
        browser.driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    private static void submit(Browser browser) {
        browser.driver.findElement(By.cssSelector("#main-form button[type=submit]")).click();
    }

    private static void assertKept(TestServer server) throws Exception {
        assertEquals(1, server.store.count("MainFeedback"));
        Answers answers = server.store.read("MainFeedback", "", 0, 10).get(0).answers();
        assertEquals("Local authority leadership", answers.choice("role").orElseThrow().text());
        assertEquals(Map.of("data-tool-collaboration", 4), answers.scores("rank_usefulness"));
        assertEquals(Map.of("discovering-what-works", 2), answers.scores("rank_likelihood"));
        assertEquals(1, answers.ticked("activities").size());
        assertEquals("Worth doing.", answers.text("comments"));
    }

    @ParameterizedTest
    @MethodSource("themes")
    void withScriptsOffTheAnswersArePostedAndKept(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, null, s -> { }); Browser browser = Browser.start(false)) {
            browser.driver.get(server.uri("/feedback").toString());
            answer(browser);
            submit(browser);
            browser.waitFor(d -> d.getCurrentUrl().contains("sent=1"));
            browser.screenshot(name(theme, "plain-post-thanks"));
            assertKept(server);
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void withScriptsOnTheAnswersAreSentAsJsonAndKept(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, null, s -> { }); Browser browser = Browser.start(true)) {
            String page = server.uri("/feedback").toString();
            browser.driver.get(page);
            assertEquals(List.of(), browser.axeViolations(), theme + " blank");
            answer(browser);
            submit(browser);
            browser.waitFor(d -> browser.byId("mf-ok").isDisplayed());
            assertEquals(page, browser.driver.getCurrentUrl(), "no page load: the script sent it");
            assertEquals("mf-ok", browser.focused());
            assertFalse(browser.byId("use-data-tool-collaboration-4").isSelected(), "the form is reset");
            browser.screenshot(name(theme, "json-thanks"));
            assertTrue(server.log().contains("POST /api/feedback 201"), server.log());
            assertKept(server);
        }
    }

    /**
     * GOV.UK forms leave the checks to the server ({@code novalidate}): with no role, the script's
     * JSON is refused, the page is posted plainly, and GOV.UK Frontend's script focuses the summary.
     */
    @Test
    void withoutARoleTheGovukSummaryTakesFocusAndItsLinkReachesTheRole() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.GOVUK, null, s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.get(server.uri("/feedback").toString());
            click(browser, "use-data-tool-collaboration-4");
            submit(browser);
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            browser.waitFor(d -> browser.focused().equals("main-error-summary"));
            assertTrue(browser.byId("use-data-tool-collaboration-4").isSelected(), "the score is kept");
            assertEquals(List.of(), browser.axeViolations(), "with errors");
            browser.screenshot(name(Theme.GOVUK, "errors"));
            browser.driver.findElement(By.cssSelector("#main-error-summary a[href='#mf-role']")).click();
            browser.waitFor(d -> browser.focused().equals("mf-role"));
            assertEquals(0, server.store.count("MainFeedback"));
            assertTrue(server.log().contains("POST /api/feedback 422") && server.log().contains("POST /feedback 422"),
                    server.log());
        }
    }

    /**
     * Origin and plain forms ask the browser to check the role first (turned off here, so that the
     * server answers); the server's errors pass axe and keep what was ticked.
     */
    @ParameterizedTest
    @MethodSource("themes")
    void theServersErrorsPassAxe(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, null, s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.get(server.uri("/feedback").toString());
            browser.js("document.getElementById('main-form').noValidate = true;");
            click(browser, "act-3");
            submit(browser);
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            assertTrue(browser.byId("main-error-summary").isDisplayed());
            assertTrue(browser.byId("act-3").isSelected(), "the tick is kept");
            assertEquals(List.of(), browser.axeViolations(), theme + " with errors");
        }
    }

    /** WCAG's reflow: at 320 CSS pixels wide nothing needs scrolling sideways, not even the rows of scores. */
    @ParameterizedTest
    @MethodSource("themes")
    void at320PixelsNothingScrollsSideways(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, null, s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
            browser.driver.get(server.uri("/feedback").toString());
            assertEquals(320L, browser.js("return document.documentElement.clientWidth;"));
            // Layout may still settle just after the load event (once seen: 489 pixels once, never
            // again); a page that really is too wide stays so, and fails after the wait.
            String overflow = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
            try {
                browser.waitFor(d -> ((Number) browser.js(overflow)).intValue() <= 0);
            } catch (org.openqa.selenium.TimeoutException e) {
                // Name the elements that stick out, so the fix can start there.
                Object wide = browser.js("var w = document.documentElement.clientWidth, out = [];"
                        + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                        + " if (r.right > w + 0.5 && out.length < 5) { out.push(e.tagName + (e.id ? '#' + e.id : '')"
                        + " + (e.className ? '.' + e.className : '') + ' right ' + Math.round(r.right)); } }); return out;");
                throw new AssertionError(theme + ": " + browser.js(overflow) + " pixels too wide: " + wide, e);
            } finally {
                browser.js("document.getElementById('use-data-tool-collaboration').closest('fieldset').scrollIntoView();");
                browser.screenshot(name(theme, "320px"));
            }
        }
    }

    static List<Theme> themes() {
        return Theme.builtIn();
    }
}
