package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server's pages and form posts, over HTTP. */
class ServerTest {
    private static final io.github.consultation.model.FormDefinition SEED =
            io.github.consultation.model.FormDefinition.pageFeedback();
    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(dir);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void eachPageIsServedWithItsFormAndItsNeighbours() throws Exception {
        HttpResponse<String> response = server.get("/shared-record");
        assertEquals(200, response.statusCode());
        Document doc = Jsoup.parse(response.body());
        assertEquals("/shared-record", doc.getElementById("gs-page").attr("value"));
        assertEquals("post", doc.getElementById("gs-form").attr("method"));
        assertEquals("/api/feedback", doc.getElementById("gs-form").attr("data-json-endpoint"));
        assertEquals("/introduction", doc.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("/governance", doc.selectFirst("a[rel=next]").attr("href"));
        assertEquals("Feedback regarding this page", Jsoup.parse(server.get("/governance").body()).selectFirst("#sheets h2").text());
    }

    @Test
    void imagesOfThePagesAreServedWithSpacesInTheirNames() throws Exception {
        Document costs = Jsoup.parse(server.get("/appendices/costs").body());
        String src = costs.selectFirst("img").attr("src");
        assertEquals("/appendices/images/cost%20breakdown.svg", src);
        HttpResponse<String> image = server.get(src);
        assertEquals(200, image.statusCode());
        assertEquals("image/svg+xml", image.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, server.get("/appendices/costs.md").statusCode(), "sources are not served");
        assertEquals(404, server.get("/pages.list").statusCode());
    }

    @Test
    void aGoodPostIsStoredAndRedirectedToTheThanks() throws Exception {
        HttpResponse<String> response = server.postForm("/shared-record", TestServer.goodForm());
        assertEquals(303, response.statusCode());
        assertEquals("/shared-record?sent=1#sheets", response.headers().firstValue("Location").orElseThrow());
        assertEquals(1, server.stored().size());
        TestServer.StoredFeedback row = server.stored().get(0);
        assertEquals("The format should cover contact history", row.feedback().summary());
        assertEquals("Line one\nLine two", row.feedback().details());
        assertEquals(SEED.option("role", "la-social-care").orElseThrow(), row.feedback().role().orElseThrow());
        HttpResponse<String> thanks = server.get("/shared-record?sent=1");
        assertFalse(Jsoup.parse(thanks.body()).getElementById("gs-ok").hasAttr("hidden"));
    }

    @Test
    void theMinimalFormNeedsNoRole() throws Exception {
        Map<String, String> fields = TestServer.goodForm();
        fields.remove("role");
        fields.put("page", "/governance");
        assertEquals(303, server.postForm("/governance", fields).statusCode());
        assertEquals(422, server.postForm("/shared-record", fields).statusCode());
    }

    @Test
    void aBadPostIsRefusedWithTheMessageBesideTheField() throws Exception {
        Map<String, String> fields = TestServer.goodForm();
        fields.put("summary", "Hi");
        fields.put("org", "Acme <b>Ltd</b>");
        HttpResponse<String> response = server.postForm("/shared-record", fields);
        assertEquals(422, response.statusCode());
        Document doc = Jsoup.parse(response.body());
        assertTrue(doc.title().startsWith("Error: "), doc.title());
        assertEquals("Error: Summary must be 5 characters or more", doc.getElementById("gs-summary-error").text());
        assertEquals("Hi", doc.getElementById("gs-summary").attr("value"));
        assertEquals("Acme <b>Ltd</b>", doc.getElementById("mf-org").attr("value"));
        assertEquals(0, server.stored().size());
    }

    @Test
    void inTheGovukThemeTheErrorSummaryOpensTheMainContentAndNoOtherTheme() throws Exception {
        Map<String, String> fields = TestServer.goodForm();
        fields.put("summary", "Hi");
        for (Theme theme : Theme.builtIn()) {
            try (TestServer themed = new TestServer(dir.resolve(theme.name()), theme, null, s -> { })) {
                Document doc = Jsoup.parse(themed.postForm("/shared-record", fields).body());
                assertEquals(1, doc.select("#gs-error-summary").size(), theme.name());
                Element summary = doc.getElementById("gs-error-summary");
                if (theme == Theme.GOVUK) {
                    assertEquals(doc.selectFirst("main").child(0), summary, "first in main");
                } else {
                    assertTrue(summary.parents().contains(doc.getElementById("sheets")), theme + ": in the form block");
                }
                assertEquals("#gs-summary", summary.selectFirst("a").attr("href"), theme.name());
            }
        }
    }

    @Test
    void spamIsThankedAndDropped() throws Exception {
        Map<String, String> fields = TestServer.goodForm();
        fields.put("hp_field", "https://spam.example");
        assertEquals(303, server.postForm("/shared-record", fields).statusCode());
        assertEquals(0, server.stored().size());
    }

    @Test
    void wrongRequestsGetPlainAnswers() throws Exception {
        assertEquals(404, server.get("/no-such-page").statusCode());
        assertEquals(415, server.send("POST", "/shared-record", "text/plain", "x").statusCode());
        Map<String, String> huge = TestServer.goodForm();
        huge.put("details", "x".repeat(server.site.flow().maxBodyBytes()));
        for (int i = 0; i < 20; i++) { // the client is still sending when the answer is ready
            assertEquals(413, server.postForm("/shared-record", huge).statusCode());
        }
        assertEquals(400, server.send("POST", "/shared-record", "application/x-www-form-urlencoded", "a=%zz").statusCode());
        assertEquals(405, server.send("PUT", "/shared-record", "text/plain", "x").statusCode());
    }

    @Test
    void aBodyDeclaredFarTooLongIsRefusedUnreadAndTheConnectionClosed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = head(in);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("connection: close"), answer);
        }
    }

    /** The status line and headers of an answer, read up to the blank line. */
    private static String head(InputStream in) throws java.io.IOException {
        StringBuilder head = new StringBuilder();
        for (int c; head.indexOf("\r\n\r\n") < 0 && (c = in.read()) >= 0;) {
            head.append((char) c);
        }
        return head.toString();
    }

    @Test
    void healthSaysWhetherTheDatabaseAnswers() throws Exception {
        HttpResponse<String> health = server.get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"ok\"}", health.body());
    }

    @Test
    void theLogHoldsNoFreeTextOrEmail() throws Exception {
        Map<String, String> fields = TestServer.goodForm();
        fields.put("email", "reader@example.org");
        server.postForm("/shared-record", fields);
        server.postJson(TestServer.goodJson("Logged nowhere at all"));
        String text = server.log();
        for (int i = 0; i < 200 && !(text.contains("POST /shared-record 303") && text.contains("POST /api/feedback 201")); i++) {
            Thread.sleep(10); // the access line is written once the answer has gone
            text = server.log();
        }
        assertTrue(text.contains("POST /shared-record 303") && text.contains("POST /api/feedback 201"), text);
        for (String secret : new String[] {"reader@example.org", "contact history", "Logged nowhere", "Northshire", "127.0.0.1"}) {
            assertFalse(text.contains(secret), secret + " in " + text);
        }
    }

    /** The log names the page a submission was about, which is what a reader of the log wants to know. */
    @Test
    void theLogNamesThePageNotTheEndpoint() throws Exception {
        server.postJson(TestServer.goodJson("Named by its page"));
        String text = server.log();
        assertTrue(text.matches("(?s).*stored feedback \\d+ for /shared-record.*"), text);
        assertFalse(text.contains("for /api/feedback"), text);
    }

    @Test
    void anAddressWithNothingAtItHasTheSitesLayoutAndAWayHome() throws Exception {
        HttpResponse<String> missing = server.get("/no-such-page");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document doc = Jsoup.parse(missing.body());
        assertEquals("Page not found", doc.selectFirst("main h1").text());
        assertEquals("/", doc.selectFirst("main a:contains(home page)").attr("href"));
        assertEquals(5, doc.select("header nav a").size(), "the site's navigation, as on every page");
        assertEquals("main", doc.selectFirst("a.skip-link").attr("href").substring(1));
    }

    @Test
    void theHomePageHasTheHeaderAndNavigationOfTheOthers() throws Exception {
        Document home = Jsoup.parse(server.get("/").body());
        Document page = Jsoup.parse(server.get("/governance").body());
        assertEquals(page.selectFirst("header .site-name").text(), home.selectFirst("header .site-name").text());
        assertEquals(page.select("header nav a").eachAttr("href"), home.select("header nav a").eachAttr("href"));
        assertEquals(5, home.select("main li a").size());
    }

    /** Every page declares it has no icon, so no browser asks for /favicon.ico and logs a 404 for it. */
    @Test
    void noPageSendsTheBrowserForAFavicon() throws Exception {
        for (String path : new String[] {"/", "/governance", "/no-such-page"}) {
            Element icon = Jsoup.parse(server.get(path).body()).selectFirst("link[rel=icon]");
            assertEquals("data:,", icon.attr("href"), path);
        }
    }

    /**
     * Issue 12.1's root: without TCP_NODELAY, every answer on a kept-alive connection waited about
     * 40 ms for the client's delayed acknowledgement. Jetty sets it on every connection it accepts,
     * and the server keeps it so (the figures are examples/scripts/load-test's, not this test's).
     */
    @Test
    void theServerAnswersWithoutNaglesDelay() {
        assertTrue(server.server.noDelay(), "TCP_NODELAY on accepted connections");
    }
}
