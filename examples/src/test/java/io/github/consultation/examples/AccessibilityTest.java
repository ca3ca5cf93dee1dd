package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.render.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * axe-core (Deque's) on every theme × variant × state of the form, on rendered pages and on the
 * admin view: no violation of the WCAG 2.0, 2.1 and 2.2 rules at levels A and AA.
 */
@Tag("browser")
class AccessibilityTest {
    private static final Map<FormVariant, String> PAGES = Map.of(FormVariant.FULL, "/full",
            FormVariant.MINIMAL, "/minimal", FormVariant.DEMO, "/demo");

    @TempDir
    Path dir;

    /** Posts a form that the server refuses, as a browser would, and waits for the answer page. */
    private static void submitRefused(Browser browser, String page) {
        submitRefused(browser, page, "Error: ", List.of(List.of("summary", "Hi"), List.of("email", "not an address")));
    }

    /**
     * Posts {@code fields} (name and value pairs) with the page address and an empty honeypot, as
     * a browser would, and waits for the refusal, whose title starts with {@code titlePrefix}.
     */
    static void submitRefused(Browser browser, String page, String titlePrefix, List<List<String>> fields) {
        browser.js("var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + " [['page', arguments[0]], ['hp_field', '']].concat(arguments[1])"
                + ".forEach(function (p) { var i = document.createElement('input'); i.type = 'hidden';"
                + " i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
                + " document.body.appendChild(f); HTMLFormElement.prototype.submit.call(f);", page, fields);
        browser.waitFor(d -> d.getTitle().startsWith(titlePrefix));
    }

    @Test
    void everyThemeVariantAndStateHasNoWcagViolation() throws Exception {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Theme theme : Theme.builtIn()) {
            try (TestServer server = new TestServer(dir.resolve(theme.name()), theme, BrowserFlowsTest.site(), s -> { });
                    Browser browser = Browser.start(true)) {
                for (Map.Entry<FormVariant, String> page : PAGES.entrySet()) {
                    String where = theme + " " + page.getKey();
                    browser.driver.get(server.uri(page.getValue()).toString());
                    failures.addAll(check(browser, where + " blank"));
                    browser.driver.get(server.uri(page.getValue() + "?sent=1").toString());
                    failures.addAll(check(browser, where + " success"));
                    browser.driver.get(server.uri(page.getValue()).toString());
                    submitRefused(browser, page.getValue());
                    assertTrue(browser.driver.findElement(By.id("gs-error-summary")).isDisplayed(), where);
                    failures.addAll(check(browser, where + " errors"));
                    browser.screenshot(theme.name().toLowerCase(Locale.ROOT) + "-" + page.getKey().name().toLowerCase(Locale.ROOT)
                            + "-errors");
                    checked += 3;
                }
                browser.driver.get(server.uri("/").toString());
                failures.addAll(check(browser, theme + " index"));
                browser.driver.get(server.uri("/no-such-page").toString());
                failures.addAll(check(browser, theme + " not found"));
            }
        }
        assertEquals(27, checked);
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void theSecondConsultationInWelshHasNoWcagViolation() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Theme theme : Theme.builtIn()) {
            try (TestServer server = new TestServer(dir.resolve("libraries-" + theme.name()), theme,
                    LibrariesConsultationTest.LIBRARIES, s -> s.locale(FormDefinition.WELSH));
                    Browser browser = Browser.start(true)) {
                String where = theme + " libraries, Welsh";
                browser.driver.get(server.uri("/opening-hours").toString());
                failures.addAll(check(browser, where + " blank"));
                submitRefused(browser, "/opening-hours", "Gwall: ", List.of(List.of("summary", "Byr")));
                failures.addAll(check(browser, where + " errors"));
                browser.screenshot("libraries-cy-" + theme.name().toLowerCase(Locale.ROOT) + "-errors");
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    @Test
    void theAdminViewHasNoWcagViolation() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, null, s -> { }); Browser browser = Browser.start(true)) {
            server.postJson(TestServer.goodJson("Costs are unclear"));
            server.postJson(TestServer.goodJson("Who decides later").replace("Local authority leadership", "Data and digital consultant"));
            // The questionnaire's charts and tables too.
            server.postJson(QuestionnaireServerTest.json("\"Data tool collaboration\":4"));
            browser.driver.get(server.uri("/").toString());
            browser.driver.get("http://admin:" + TestServer.PASSWORD.replace(" ", "%20") + "@127.0.0.1:"
                    + server.server.port() + "/admin/feedback");
            assertTrue(browser.driver.getPageSource().contains("<svg"), "signed in");
            assertEquals(4, browser.driver.findElements(org.openqa.selenium.By.cssSelector("svg")).size(),
                    "the page's chart, two of scores, one of ticks");
            browser.screenshot("admin");
            assertEquals(List.of(), check(browser, "admin"));
        }
    }

    private static List<String> check(Browser browser, String where) {
        List<String> found = new ArrayList<>();
        for (String violation : browser.axeViolations()) {
            found.add(where + ": " + violation);
        }
        return found;
    }
}
