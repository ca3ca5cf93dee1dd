package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import io.github.consultation.model.Answers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The existing site's questionnaire, on an origin of its own, built and sent by a script that
 * behaves as REFERENCE section 5 describes, pointed at the demo server's {@code /api/feedback}:
 * its scores (numbers keyed by idea text) and ticks ("Heading: activity") are kept, and with no
 * role it shows its failure message and sends nothing.
 */
@Tag("browser")
class QuestionnaireOriginScriptTest {
    @TempDir
    Path dir;

    @Test
    void theExistingSitesQuestionnaireIsKeptAndWithoutARoleNothingIsSent() throws Exception {
        try (OriginSite site = OriginSite.bind();
                TestServer server = new TestServer(dir, Theme.ORIGIN, null, s -> s.allowOrigin(site.origin()));
                Browser browser = Browser.start(true)) {
            site.serve("Feedback", OriginSite.resource("questionnaire-form.html").replace("<form id=\"main-form\" novalidate>",
                    "<form id=\"main-form\" novalidate data-endpoint=\"" + server.uri(FeedbackApi.PATH) + "\">"),
                    "origin-questionnaire.js");
            browser.driver.get(site.origin() + "/feedback/");

            browser.driver.findElement(By.cssSelector("#main-form button[type=submit]")).click();
            browser.waitFor(d -> browser.byId("mf-err").isDisplayed());
            assertFalse(server.log().contains("/api/feedback"), "no role: nothing sent\n" + server.log());

            new Select(browser.byId("mf-role")).selectByVisibleText("Data and digital supplier/partner");
            browser.type(browser.byId("mf-org"), "  Acme Data  ");
            new Select(browser.byId("use-improving-data-quality")).selectByVisibleText("5");
            new Select(browser.byId("like-improving-data-quality")).selectByVisibleText("3");
            new Select(browser.byId("like-responding-to-large-scale-change")).selectByVisibleText("1");
            browser.driver.findElement(By.cssSelector(
                    "input[value='Curating standards: Managing processes for changes to relevant standards']")).click();
            browser.type(browser.byId("mf-comments"), "Sent by the existing site's questionnaire script");
            browser.driver.findElement(By.cssSelector("#main-form button[type=submit]")).click();
            browser.waitFor(d -> browser.byId("mf-ok").isDisplayed());
            browser.screenshot("origin-questionnaire-thanks");

            assertEquals(1, server.store.count("MainFeedback"));
            Answers answers = server.store.read("MainFeedback", "", 0, 10).get(0).answers();
            assertEquals("/feedback/", answers.page(), "the address's path, as for the page form");
            assertEquals("Data and digital supplier/partner", answers.choice("role").orElseThrow().text());
            assertEquals("Acme Data", answers.text("org"), "trimmed");
            assertEquals(Map.of("improving-data-quality", 5), answers.scores("rank_usefulness"));
            assertEquals(Map.of("improving-data-quality", 3, "responding-to-large-scale-change", 1),
                    answers.scores("rank_likelihood"));
            assertEquals("Managing processes for changes to relevant standards",
                    answers.ticked("activities").get(0).text());
            assertTrue(server.log().contains("OPTIONS /api/feedback 204") && server.log().contains("POST /api/feedback 201"),
                    server.log());
        }
    }
}
