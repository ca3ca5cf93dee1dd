package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consultation team's view: behind the password, a table and chart per page, CSV, erasure. */
class AdminPagesTest {
    @TempDir
    Path dir;
    private TestServer server;
    private String auth;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(dir);
        auth = TestServer.basic(TestServer.PASSWORD);
        server.postJson(TestServer.goodJson("Costs are unclear"));
        server.postJson(TestServer.goodJson("=HYPERLINK(\\\"http://evil.example\\\")")
                .replace("Local authority leadership", "Data and digital consultant")
                .replace("I\u2019m unsure about this", "I disagree with this"));
        Map<String, String> form = TestServer.goodForm();
        form.put("page", "/governance");
        form.put("email", "Someone@Example.org");
        server.postForm("/governance", form);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void nothingPersonalWithoutThePassword() throws Exception {
        for (String path : List.of("/admin/feedback", "/admin/feedback.csv")) {
            HttpResponse<String> none = server.get(path);
            assertEquals(401, none.statusCode());
            assertTrue(none.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
            assertFalse(none.body().contains("reader@example.org"));
            assertEquals(401, server.get(path, "Authorization", TestServer.basic("wrong")).statusCode());
            assertEquals(401, server.get(path, "Authorization", "Basic !!!").statusCode());
        }
        assertEquals(401, server.send("POST", "/admin/feedback/erase", "application/x-www-form-urlencoded",
                "email=reader%40example.org").statusCode());
        assertEquals(3, server.stored().size());
    }

    @Test
    void theOverviewHasATableAndAChartPerPage() throws Exception {
        HttpResponse<String> response = server.get("/admin/feedback", "Authorization", auth);
        assertEquals(200, response.statusCode());
        Document doc = Jsoup.parse(response.body());
        Element shared = doc.select("section.page-feedback").stream()
                .filter(s -> s.selectFirst("h2").text().startsWith("/shared-record")).findFirst().orElseThrow();
        assertEquals("/shared-record (2)", shared.selectFirst("h2").text());
        Element svg = shared.selectFirst("svg");
        assertEquals("img", svg.attr("role"));
        assertTrue(svg.selectFirst("desc").text().contains("Local authority: 1 i\u2019m unsure about this"), svg.text());
        assertTrue(svg.selectFirst("desc").text().contains("Private sector: 1 i disagree with this"), svg.text());
        Element counts = shared.selectFirst("table.counts");
        assertEquals("1", counts.select("tr:has(th:contains(Local authority)) td").get(1).text());
        assertFalse(shared.text().contains("reader@example.org"), "submissions are a link away");
        Element more = shared.selectFirst("a:contains(Read the submissions on /shared-record (2))");
        Document list = Jsoup.parse(server.get(more.attr("href"), "Authorization", auth).body());
        assertEquals(2, list.select("table.submissions tbody tr").size());
        assertTrue(list.text().contains("reader@example.org"), "the team sees the email, behind the password");
    }

    /** A reader's line breaks survive to the team's table: kept in the text, and shown by the cell's style. */
    @Test
    void lineBreaksInDetailsAreKept() throws Exception {
        Document list = Jsoup.parse(server.get("/admin/feedback/submissions?page=%2Fgovernance", "Authorization", auth)
                .body());
        Element details = list.select("table.submissions tbody tr td").stream()
                .filter(td -> td.wholeText().contains("Line one")).findFirst().orElseThrow();
        assertEquals("Line one\nLine two", details.wholeText());
        assertEquals("text", details.className());
        String css = new String(AdminPagesTest.class.getResourceAsStream("/assets/site.css").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(css.contains(".admin td.text { white-space: pre-line; }"), "the style that shows them");
    }

    @Test
    void longListsComeAPageAtATime() throws Exception {
        for (int i = 0; i < io.github.consultation.admin.AdminViews.PAGE_SIZE + 5; i++) {
            server.postJson(TestServer.goodJson("Submission number " + i));
        }
        Document first = Jsoup.parse(server.get("/admin/feedback/submissions?page=%2Fshared-record", "Authorization", auth)
                .body());
        assertEquals(io.github.consultation.admin.AdminViews.PAGE_SIZE, first.select("table.submissions tbody tr").size());
        Element next = first.selectFirst("a:contains(Next " + io.github.consultation.admin.AdminViews.PAGE_SIZE + " submissions)");
        Document second = Jsoup.parse(server.get(next.attr("href"), "Authorization", auth).body());
        assertTrue(second.select("table.submissions tbody tr").size() >= 5);
        assertTrue(second.selectFirst("a:contains(Next)") == null, "the last page links no further");
        assertEquals(400, server.get("/admin/feedback/submissions?after=x", "Authorization", auth).statusCode());
    }

    @Test
    void theCsvHasTheOriginsColumnsAndDefusesFormulas() throws Exception {
        HttpResponse<String> response = server.get("/admin/feedback.csv", "Authorization", auth);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertEquals(List.of("timestamp", "tab", "page", "summary", "details", "role", "role_code", "org", "email", "nature",
                "nature_code"), records.get(0).getParser().getHeaderNames());
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of("../docs/docs/getting-started/demo.md")).contains(
                "\n`" + String.join(",", records.get(0).getParser().getHeaderNames()) + "`\n"),
                "demo.md shows the export's columns as they are");
        assertEquals(3, records.size());
        assertEquals("Costs are unclear", records.get(0).get("summary"));
        assertEquals("Local authority leadership", records.get(0).get("role"));
        assertEquals("la-leadership", records.get(0).get("role_code"), "each choice by its text and by its code");
        assertEquals("I\u2019m unsure about this", records.get(0).get("nature"));
        assertEquals("Feedback", records.get(0).get("tab"));
        assertTrue(records.get(1).get("summary").startsWith("'="), records.get(1).get("summary"));
    }

    @Test
    void everySubmissionWithAnEmailAddressCanBeErased() throws Exception {
        Document page = Jsoup.parse(server.get("/admin/feedback", "Authorization", auth).body());
        String token = page.selectFirst("form.erase input[name=token]").attr("value");
        HttpResponse<String> noToken = server.send("POST", "/admin/feedback/erase", "application/x-www-form-urlencoded",
                "email=reader%40example.org", "Authorization", auth);
        assertEquals(403, noToken.statusCode());
        HttpResponse<String> otherSite = server.send("POST", "/admin/feedback/erase", "application/x-www-form-urlencoded",
                "token=" + token + "&email=reader%40example.org", "Authorization", auth, "Origin", "https://evil.example");
        assertEquals(403, otherSite.statusCode());
        assertEquals(3, server.stored().size());
        HttpResponse<String> erased = server.send("POST", "/admin/feedback/erase", "application/x-www-form-urlencoded",
                "token=" + token + "&email=READER%40example.org", "Authorization", auth);
        assertEquals(200, erased.statusCode());
        assertTrue(erased.body().contains("Submissions erased with that email address: 2."), erased.body());
        assertEquals(1, server.stored().size());
        assertEquals("Someone@Example.org", server.stored().get(0).feedback().email());
    }
}
