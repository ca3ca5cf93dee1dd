package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The existing site's page, on an origin of its own, with its own script pointed at the demo
 * server's {@code /api/feedback}: CORS lets it through, a good submission gets its thanks, and a
 * bad one its error message.
 */
@Tag("browser")
class OriginScriptTest {
    @TempDir
    Path dir;

    @Test
    void theExistingSitesScriptGetsItsThanksAndItsErrorPath() throws Exception {
        try (OriginSite site = OriginSite.bind();
                TestServer server = new TestServer(dir, Theme.ORIGIN, null, s -> s.allowOrigin(site.origin()));
                Browser browser = Browser.start(true)) {
            site.serve("The existing site", OriginSite.seedForm().replace("<form id=\"gs-form\">",
                    "<form id=\"gs-form\" data-endpoint=\"" + server.uri(FeedbackApi.PATH) + "\">"), "origin-script.js");
            browser.driver.get(site.origin() + "/shared-record/");
            browser.type(browser.byId("gs-summary"), "Sent by the existing site's own script");
            new Select(browser.byId("mf-role")).selectByVisibleText("Central government leadership");
            new Select(browser.byId("mf-nature")).selectByVisibleText("I\u2019m enthusiastic about this");
            browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(d -> browser.byId("gs-ok").isDisplayed());
            browser.screenshot("origin-site-thanks");
            assertEquals(1, server.stored().size());
            assertEquals("/shared-record/", server.stored().get(0).feedback().page());

            browser.type(browser.byId("gs-summary"), "    abcd");
            new Select(browser.byId("mf-role")).selectByVisibleText("Central government leadership");
            browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitFor(d -> browser.byId("gs-err").isDisplayed());
            browser.screenshot("origin-site-error");
            assertTrue(!browser.byId("gs-ok").isDisplayed());
            assertEquals(1, server.stored().size());
            assertTrue(server.log().contains("OPTIONS /api/feedback 204") && server.log().contains("POST /api/feedback 422"),
                    server.log());
        }
    }
}
