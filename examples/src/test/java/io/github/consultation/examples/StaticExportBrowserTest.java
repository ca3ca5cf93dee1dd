package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.consultation.pages.SiteFile;
import io.github.consultation.render.Theme;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The static export, end to end in Chromium: {@code export} writes consultations/mkdocs-ferry into
 * a folder that a plain static web server serves under {@code /consultation/} (its own origin), the
 * demo server (another origin) is the feedback endpoint, and a reader sends feedback from a static
 * page with scripts on (JSON, across origins) and off (a form post, sent back to the page's thanks
 * on the static site, or shown its errors by the endpoint). Every image of the static pages loads.
 */
@Tag("browser")
class StaticExportBrowserTest {
    @TempDir
    Path dir;

    private HttpServer files;
    private Path site;

    /** A static web server as hosting has one: files under a path, a folder's index.html, a 404 page. */
    @BeforeEach
    void startStaticServer() throws IOException {
        site = dir.resolve("site");
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/consultation/", this::serve);
        files.start();
    }

    @AfterEach
    void stopStaticServer() {
        files.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
                .substring("/consultation/".length());
        Path file = site.resolve(path).normalize();
        int status = 200;
        if (!file.startsWith(site)) {
            file = site.resolve("404.html");
            status = 404;
        } else if (Files.isDirectory(file)) {
            if (!path.isEmpty() && !path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                exchange.sendResponseHeaders(301, -1);
                exchange.close();
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            file = site.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", SiteFile.contentType(file.getFileName().toString()));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String origin() {
        return "http://127.0.0.1:" + files.getAddress().getPort();
    }

    /** The demo server as the endpoint, taking the static site's origin; the site exported to post to it. */
    private TestServer endpoint() throws Exception {
        TestServer server = new TestServer(dir.resolve("endpoint"), Theme.ORIGIN, MkDocsSiteTest.FERRY,
                s -> s.allowOrigin(origin()));
        MainTest.Run export = MainTest.run("", "export", MkDocsSiteTest.FERRY.toString(), "--out", site.toString(),
                "--base-url", origin() + "/consultation/", "--endpoint", server.uri("/consultation/api/feedback").toString());
        assertEquals(0, export.status(), export.err());
        return server;
    }

    private static WebElement submit(Browser browser) {
        return browser.driver.findElement(By.cssSelector("#gs-form button[type=submit]"));
    }

    private void everyImageLoads(Browser browser) {
        List<?> broken = (List<?>) browser.js("return Array.from(document.images)"
                + ".filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src);");
        assertEquals(List.of(), broken, browser.driver.getCurrentUrl());
    }

    @Test
    void withScriptsOffTheFormPostsToTheEndpointAndTheReaderComesBackToThePagesThanks() throws Exception {
        try (TestServer server = endpoint(); Browser browser = Browser.start(false)) {
            browser.driver.get(origin() + "/consultation/proposal/costs/");
            assertEquals("What it would cost \u2013 The Riverside ferry", browser.driver.getTitle());
            BrowserFlowsTest.fillGood(browser, "Sent from the static site without scripts");
            submit(browser).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("sent.html"));
            assertEquals(origin() + "/consultation/proposal/costs/sent.html#sheets", browser.driver.getCurrentUrl());
            assertTrue(browser.byId("gs-ok").isDisplayed(), "the thanks, on the static site");
            assertEquals(1, server.stored().size());
            assertEquals("/consultation/proposal/costs/", server.stored().get(0).feedback().page());
            browser.screenshot("static-export-plain-post-thanks");
        }
    }

    @Test
    void withScriptsOffARefusedPostIsShownWithItsErrorsByTheEndpoint() throws Exception {
        try (TestServer server = endpoint(); Browser browser = Browser.start(false)) {
            browser.driver.get(origin() + "/consultation/timetable/");
            BrowserFlowsTest.fillRefusedByTheServerOnly(browser);
            submit(browser).click();
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            assertTrue(browser.byId("gs-error-summary").isDisplayed());
            assertEquals("abcd", browser.byId("gs-summary").getAttribute("value"));
            assertEquals(0, server.stored().size());
            everyImageLoads(browser);
            browser.screenshot("static-export-plain-post-errors");
        }
    }

    @Test
    void withScriptsOnTheFormIsSentAsJsonAcrossOriginsAndThanksOnThePage() throws Exception {
        try (TestServer server = endpoint(); Browser browser = Browser.start(true)) {
            for (String page : List.of("", "timetable/", "proposal/options/boats/", "proposal/options/piers/")) {
                browser.driver.get(origin() + "/consultation/" + page);
                everyImageLoads(browser);
            }
            String page = origin() + "/consultation/background/history/";
            browser.driver.get(page);
            BrowserFlowsTest.fillGood(browser, "Sent from the static site as JSON");
            submit(browser).click();
            browser.waitFor(d -> browser.byId("gs-ok").isDisplayed());
            assertEquals(page, browser.driver.getCurrentUrl(), "the reader stays on the page");
            assertEquals(1, server.stored().size());
            assertEquals("/consultation/background/history/", server.stored().get(0).feedback().page());
            browser.screenshot("static-export-json-thanks");
        }
    }

    @Test
    void aMissingAddressIsTheExportsOwn404() throws Exception {
        try (TestServer server = endpoint(); Browser browser = Browser.start(false)) {
            browser.driver.get(origin() + "/consultation/no-such-page/");
            assertEquals("Page not found \u2013 The Riverside ferry", browser.driver.getTitle());
        }
    }
}
