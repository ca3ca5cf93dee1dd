package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * The govuk theme with GOV.UK Frontend's own stylesheet and script, served from its webjar, in a
 * real browser (issue 15.5): no console errors, GOV.UK Frontend's script started and in charge of
 * its components, the error summary focused after a failed submit and its links focusing their
 * fields, the character count counting, the failure message hidden until needed. Screenshots of
 * each state go to {@code target/screenshots/govuk-frontend-*}.
 */
@Tag("browser")
class GovukFrontendBrowserTest {
    @TempDir
    Path dir;

    /** What the browser logged as an error: failed loads, script errors, CSP refusals. */
    private static List<String> consoleErrors(Browser browser, String... expected) {
        return browser.driver.manage().logs().get("browser").getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> List.of(expected).stream().noneMatch(m::contains)).toList();
    }

    @Test
    void theRealStylesheetAndScriptRunWithoutAnError() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.GOVUK, null, s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.get(server.uri("/shared-record").toString());
            browser.waitFor(d -> browser.js("return document.body.className").toString().contains("govuk-frontend-supported"));
            assertEquals(List.of(), consoleErrors(browser));
            // GOV.UK Frontend's stylesheet, not the demo's: its body font stack, without GDS Transport.
            String font = browser.js("return getComputedStyle(document.querySelector('.govuk-body')).fontFamily").toString();
            assertTrue(font.toLowerCase().startsWith("arial"), font);
            assertEquals("rgb(0, 112, 60)", browser.js("return getComputedStyle(document.querySelector('.govuk-button'))"
                    + ".backgroundColor"), "GOV.UK's green button");
            // Started by initAll(): the character count is GOV.UK Frontend's own, counting as one types.
            WebElement details = browser.byId("gs-details");
            browser.type(details, "Twelve chars");
            browser.waitFor(d -> d.findElement(By.cssSelector(".govuk-character-count__status")).getText()
                    .equals("You have 4,988 characters remaining"));
            WebElement announced = browser.driver.findElement(By.cssSelector(".govuk-character-count__sr-status"));
            assertEquals("polite", announced.getAttribute("aria-live"), "announced to screen readers");
            assertTrue(!browser.byId("gs-err").isDisplayed(), "the failure message stays hidden under GOV.UK's CSS");
            browser.screenshot("govuk-frontend-blank");
        }
    }

    @Test
    void afterAFailedSubmitTheSummaryHasFocusAndItsLinksFocusTheirFields() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.GOVUK, null, s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.get(server.uri("/shared-record").toString());
            browser.type(browser.byId("gs-summary"), "abc");
            new Select(browser.byId("mf-role")).selectByVisibleText("Data and digital consultant");
            browser.driver.findElement(By.cssSelector("#gs-form button[type=submit]")).click();
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            browser.waitFor(d -> browser.focused().equals("gs-error-summary"));
            assertEquals(Boolean.TRUE, browser.js("return document.getElementById('gs-error-summary')"
                    + ".hasAttribute('data-govuk-error-summary-init')"), "GOV.UK Frontend's own script looks after the summary");
            browser.screenshot("govuk-frontend-errors");
            WebElement link = browser.driver.findElement(By.cssSelector("#gs-error-summary a[href='#gs-summary']"));
            link.sendKeys(Keys.ENTER);
            browser.waitFor(d -> browser.focused().equals("gs-summary"));
            // The JSON post was refused (422) and the form posted itself; both are expected, nothing else.
            assertEquals(List.of(), consoleErrors(browser, "status of 422"));
            browser.screenshot("govuk-frontend-error-link-followed");
        }
    }

    @Test
    void theThanksFollowAGoodSubmit() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.GOVUK, null, s -> { }); Browser browser = Browser.start(true)) {
            browser.driver.get(server.uri("/shared-record").toString());
            browser.type(browser.byId("gs-summary"), "A clear proposal");
            new Select(browser.byId("mf-role")).selectByVisibleText("Data and digital consultant");
            browser.driver.findElement(By.cssSelector("#gs-form button[type=submit]")).click();
            browser.waitFor(d -> browser.byId("gs-ok").isDisplayed());
            assertEquals(List.of(), consoleErrors(browser));
            assertEquals(1, server.stored().size());
            browser.screenshot("govuk-frontend-thanks");
        }
    }
}
