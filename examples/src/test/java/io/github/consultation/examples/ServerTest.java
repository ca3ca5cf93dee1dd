package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server end to end over HTTP: a good post is stored, a bad one refused beside its field. */
class ServerTest {
    @TempDir
    Path dir;
    private FeedbackStore store;
    private ConsultationServer server;
    private final HttpClient client = HttpClient.newHttpClient();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        ConsultationServer.Settings settings = new ConsultationServer.Settings();
        settings.port = 0;
        settings.pages = SitePages.bundled(io.github.consultation.render.PageRenderer.create());
        store = FeedbackStore.open(dir.resolve("feedback.db").toString());
        settings.store = store;
        settings.log = new PrintStream(log, true, StandardCharsets.UTF_8);
        server = ConsultationServer.start(settings);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        store.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> good() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", "/shared-record");
        fields.put("hp_field", "");
        fields.put("nature", "");
        fields.put("summary", "The format should cover contact history");
        fields.put("details", "Line one\r\nLine two");
        fields.put("role", "Local authority children\u2019s social care professional");
        fields.put("org", "");
        fields.put("email", "");
        return fields;
    }

    @Test
    void eachPageIsServedWithItsForm() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/shared-record")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        Document doc = Jsoup.parse(response.body());
        assertEquals("/shared-record", doc.getElementById("gs-page").attr("value"));
        assertEquals("post", doc.getElementById("gs-form").attr("method"));
    }

    @Test
    void aGoodPostIsStoredAndRedirectedToTheThanks() throws Exception {
        HttpResponse<String> response = post("/shared-record", good());
        assertEquals(303, response.statusCode());
        assertEquals("/shared-record?sent=1#sheets", response.headers().firstValue("Location").orElseThrow());
        assertEquals(1, store.all().size());
        FeedbackStore.StoredFeedback row = store.all().get(0);
        assertEquals("The format should cover contact history", row.feedback().summary());
        assertEquals("Line one\nLine two", row.feedback().details());
        assertEquals(Role.LOCAL_AUTHORITY_SOCIAL_CARE, row.feedback().role().orElseThrow());

        HttpResponse<String> thanks = client.send(HttpRequest.newBuilder(uri("/shared-record?sent=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(Jsoup.parse(thanks.body()).getElementById("gs-ok").hasAttr("hidden") == false);
    }

    @Test
    void aBadPostIsRefusedWithTheMessageBesideTheField() throws Exception {
        Map<String, String> fields = good();
        fields.put("summary", "Hi");
        fields.put("org", "Acme <b>Ltd</b>");
        HttpResponse<String> response = post("/shared-record", fields);
        assertEquals(422, response.statusCode());
        Document doc = Jsoup.parse(response.body());
        assertTrue(doc.title().startsWith("Error: "), doc.title());
        assertEquals("Error: Summary must be 5 characters or more", doc.getElementById("gs-summary-error").text());
        assertEquals("Hi", doc.getElementById("gs-summary").attr("value"));
        assertEquals("Acme <b>Ltd</b>", doc.getElementById("mf-org").attr("value"));
        assertEquals(0, store.all().size());
    }

    @Test
    void spamIsThankedAndDropped() throws Exception {
        Map<String, String> fields = good();
        fields.put("hp_field", "https://spam.example");
        assertEquals(303, post("/shared-record", fields).statusCode());
        assertEquals(0, store.all().size());
    }

    @Test
    void wrongRequestsGetPlainAnswers() throws Exception {
        assertEquals(404, client.send(HttpRequest.newBuilder(uri("/no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(415, client.send(HttpRequest.newBuilder(uri("/shared-record")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        Map<String, String> huge = good();
        huge.put("details", "x".repeat(ConsultationServer.MAX_FORM_BYTES));
        assertEquals(413, post("/shared-record", huge).statusCode());
    }

    @Test
    void theLogHoldsNoFreeTextOrEmail() throws Exception {
        Map<String, String> fields = good();
        fields.put("email", "reader@example.org");
        post("/shared-record", fields);
        String text = log.toString(StandardCharsets.UTF_8);
        for (int i = 0; i < 200 && !text.contains("POST /shared-record 303"); i++) {
            Thread.sleep(10); // the access line is written once the answer has gone
            text = log.toString(StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("POST /shared-record 303"), text);
        assertTrue(!text.contains("reader@example.org") && !text.contains("contact history"), text);
    }
}
