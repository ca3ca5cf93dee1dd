package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.github.consultation.form.Theme;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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

    private static String resource(String name) throws Exception {
        try (InputStream in = OriginScriptTest.class.getResourceAsStream("/origin-site/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theExistingSitesScriptGetsItsThanksAndItsErrorPath() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        String siteOrigin = "http://127.0.0.1:" + site.getAddress().getPort();
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, null, s -> s.allowedOrigins.add(siteOrigin));
                Browser browser = Browser.start(true)) {
            String form = resource("seed-feedback-form.html")
                    .replace("<form id=\"gs-form\">", "<form id=\"gs-form\" data-endpoint=\"" + server.uri(FeedbackApi.PATH) + "\">");
            String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The existing site</title>"
                    + "</head><body><main><h1>A page of the existing site</h1>\n" + form
                    + "\n<script src=\"/origin-script.js\"></script></main></body></html>";
            String script = resource("origin-script.js");
            site.createContext("/", exchange -> {
                boolean js = exchange.getRequestURI().getPath().endsWith(".js");
                byte[] body = (js ? script : page).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", js ? "text/javascript" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            site.start();

            browser.driver.get(siteOrigin + "/shared-record/");
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
        } finally {
            site.stop(0);
        }
    }
}
