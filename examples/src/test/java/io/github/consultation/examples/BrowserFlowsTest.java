package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Each theme in a real browser: the plain form post with scripts off, the JSON post with scripts
 * on, the error state, the thanks, and a keyboard-only pass. Every flow leaves a screenshot under
 * {@code target/screenshots}.
 */
@Tag("browser")
class BrowserFlowsTest {
    @TempDir
    Path dir;

    static Path site() {
        try {
            return Path.of(BrowserFlowsTest.class.getResource("/browser-site").toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static String name(Theme theme, String flow) {
        return theme.name().toLowerCase(Locale.ROOT) + "-" + flow;
    }

    static void fillGood(Browser browser, String summary) {
        browser.type(browser.byId("gs-summary"), summary);
        browser.type(browser.byId("gs-details"), "First line\nSecond line");
        new Select(browser.byId("mf-role")).selectByVisibleText("Data and digital consultant");
        new Select(browser.byId("mf-nature")).selectByVisibleText("I\u2019m unsure about this");
    }

    /**
     * Fills the form so that the browser's own checks pass (the origin and plain themes run them)
     * but the server refuses it: the summary is four characters once trimmed.
     */
    static void fillRefusedByTheServerOnly(Browser browser) {
        browser.type(browser.byId("gs-summary"), "    abcd");
        new Select(browser.byId("mf-role")).selectByVisibleText("Data and digital consultant");
    }

    private static String text(WebElement element) {
        return element.getText().replaceAll("\\s+", " ").strip();
    }

    private static WebElement submit(Browser browser) {
        return browser.driver.findElement(By.cssSelector("#gs-form button[type=submit]"));
    }

    private static boolean thanksShown(Browser browser, Theme theme) {
        return theme == Theme.GOVUK && browser.driver.getCurrentUrl().contains("sent=1")
                ? !browser.driver.findElements(By.cssSelector(".govuk-notification-banner--success")).isEmpty()
                : browser.byId("gs-ok").isDisplayed();
    }

    @ParameterizedTest
    @MethodSource("themes")
    void withScriptsOffTheFormPostsAndTheThanksFollow(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, site(), s -> { }); Browser browser = Browser.start(false)) {
            browser.driver.get(server.uri("/full").toString());
            fillGood(browser, "A summary typed with scripts off");
            submit(browser).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("sent=1"));
            assertTrue(thanksShown(browser, theme), theme.name());
            browser.screenshot(name(theme, "plain-post-thanks"));
            assertEquals(1, server.stored().size());
            assertEquals("First line\nSecond line", server.stored().get(0).feedback().details());
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void withScriptsOffTheServersErrorsStandBesideTheirFields(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, site(), s -> { }); Browser browser = Browser.start(false)) {
            browser.driver.get(server.uri("/full").toString());
            fillRefusedByTheServerOnly(browser);
            submit(browser).click();
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            assertEquals("Error: Summary must be 5 characters or more", text(browser.byId("gs-summary-error")));
            assertEquals("    abcd".strip(), browser.byId("gs-summary").getAttribute("value"));
            assertTrue(browser.byId("gs-error-summary").isDisplayed());
            browser.screenshot(name(theme, "plain-post-errors"));
            assertEquals(0, server.stored().size());
        }
    }

    /**
     * Issue 19.1: on a long page the form is far below the fold; after a refused plain post the
     * answer must open at the error summary, not at the top of the page. The summary takes focus
     * too, with no script, where the theme lets it (all but GOV.UK, whose own script focuses it).
     */
    @ParameterizedTest
    @MethodSource("themes")
    void afterARefusedPlainPostTheErrorSummaryIsOnScreen(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, null, s -> { }); Browser browser = Browser.start(false)) {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
            browser.driver.get(server.uri("/shared-record").toString());
            long height = ((Number) browser.js("return window.innerHeight;")).longValue();
            long formTop = ((Number) browser.js("return document.getElementById('gs-form').getBoundingClientRect().top;"))
                    .longValue();
            assertTrue(formTop > height, "the form starts below the fold, so the test can tell: " + formTop);
            fillRefusedByTheServerOnly(browser);
            submit(browser).click();
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            Number top = (Number) browser.js("return document.getElementById('gs-error-summary').getBoundingClientRect().top;");
            assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height, theme + ": the summary's top is at " + top
                    + " in a window " + height + " high");
            if (theme != Theme.GOVUK) {
                assertEquals("gs-error-summary", browser.focused(), "focused with scripts off");
            }
            browser.screenshot(name(theme, "plain-post-errors-in-view"));
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void withScriptsOnTheFormIsSentAsJsonAndTheThanksTakesFocus(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, site(), s -> { }); Browser browser = Browser.start(true)) {
            String page = server.uri("/full").toString();
            browser.driver.get(page);
            fillGood(browser, "A summary sent as JSON");
            submit(browser).click();
            browser.waitFor(d -> browser.byId("gs-ok").isDisplayed());
            assertEquals(page, browser.driver.getCurrentUrl(), "no page load: the script sent it");
            assertEquals("gs-ok", browser.focused());
            assertFalse(submit(browser).getAttribute("disabled") != null, "the button is enabled again");
            assertEquals("", browser.byId("gs-summary").getAttribute("value"), "the form is reset");
            browser.screenshot(name(theme, "json-thanks"));
            assertEquals(1, server.stored().size());
            assertTrue(server.log().contains("POST /api/feedback 201"), server.log());
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void withScriptsOnErrorsFallBackToTheServersPageWhoseSummaryTakesFocus(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, site(), s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.get(server.uri("/full").toString());
            fillRefusedByTheServerOnly(browser);
            submit(browser).click();
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            browser.waitFor(d -> browser.focused().equals("gs-error-summary"));
            browser.screenshot(name(theme, "json-errors"));
            List<WebElement> links = browser.driver.findElements(By.cssSelector("#gs-error-summary a"));
            assertEquals(List.of("#gs-summary"), links.stream()
                    .map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf('#'))).toList());
            links.get(0).sendKeys(Keys.ENTER);
            browser.waitFor(d -> browser.focused().equals("gs-summary"));
            assertEquals("gs-summary", browser.focused(), "the link moves focus to its field");
            assertTrue(server.log().contains("POST /api/feedback 422") && server.log().contains("POST /full 422"),
                    server.log());
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void theKeyboardReachesEveryControlInOrderAndNeverTheHoneypot(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, site(), s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.get(server.uri("/full").toString());
            browser.js("document.getElementById('gs-heading').setAttribute('tabindex', '-1');"
                    + " document.getElementById('gs-heading').focus();");
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
                String id = browser.focused();
                reached.add(id.isEmpty() ? browser.driver.switchTo().activeElement().getTagName() : id);
                if (reached.get(reached.size() - 1).equals("button")) {
                    break;
                }
            }
            browser.screenshot(name(theme, "keyboard"));
            assertEquals(List.of("mf-nature", "gs-summary", "gs-details", "mf-role", "mf-org", "mf-email", "button"),
                    reached, theme.name());
        }
    }

    static List<Theme> themes() {
        return Theme.builtIn();
    }
}
