package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/feedback} as the existing site's script uses it. */
class FeedbackApiTest {
    private static final io.github.consultation.model.FormDefinition SEED =
            io.github.consultation.model.FormDefinition.pageFeedback();
    private static final String SITE = "https://consult.example.org";

    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(dir, s -> s.allowOrigin(SITE));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return VerdictJson.mapper().readTree(response.body());
    }

    @Test
    void aGoodSubmissionIsCommittedThenAnswered201() throws Exception {
        HttpResponse<String> response = server.postJson(TestServer.goodJson("Costs are unclear"), "Origin", SITE);
        assertEquals(201, response.statusCode());
        assertEquals("received", json(response).get("status").asText());
        assertEquals(SITE, response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        TestServer.StoredFeedback row = server.stored().get(0);
        assertEquals("/shared-record/", row.feedback().page());
        assertEquals(SEED.option("nature", "unsure").orElseThrow(), row.feedback().reflection().orElseThrow());
        assertEquals("reader@example.org", row.feedback().email());
    }

    @Test
    void errorsComeBackAsJson() throws Exception {
        HttpResponse<String> response = server.postJson(TestServer.goodJson("Hi"));
        assertEquals(422, response.statusCode());
        JsonNode body = json(response);
        assertEquals("invalid", body.get("status").asText());
        assertEquals("summary", body.get("errors").get(0).get("field").asText());
        assertEquals("Summary must be 5 characters or more", body.get("errors").get(0).get("message").asText());
    }

    @Test
    void badRequestsGetTheirOwnStatus() throws Exception {
        assertEquals(400, server.postJson("{not json").statusCode());
        assertEquals(415, server.send("POST", FeedbackApi.PATH, "text/plain", TestServer.goodJson("Costs are unclear")).statusCode());
        String big = TestServer.goodJson("x".repeat(server.site.flow().maxBodyBytes()));
        assertEquals(413, server.postJson(big).statusCode());
        assertEquals(405, server.get(FeedbackApi.PATH).statusCode());
        assertEquals(422, server.postJson(TestServer.goodJson("A page nobody serves").replace("/shared-record/", "/elsewhere/"))
                .statusCode(), "feedback for a page this server does not serve");
        assertEquals(0, server.stored().size());
    }

    @Test
    void spamAndDuplicatesLookLikeSuccessAndStoreNothingNew() throws Exception {
        String spam = TestServer.goodJson("Buy cheap watches").replace("\"hp_field\":\"\"", "\"hp_field\":\"x\"");
        HttpResponse<String> dropped = server.postJson(spam);
        assertEquals(201, dropped.statusCode());
        assertEquals("{\"status\":\"received\"}", dropped.body());
        assertEquals(201, server.postJson(TestServer.goodJson("Sent twice by a double click")).statusCode());
        HttpResponse<String> again = server.postJson(TestServer.goodJson("Sent twice by a double click"));
        assertEquals(201, again.statusCode());
        assertEquals("{\"status\":\"received\"}", again.body());
        assertEquals(1, server.stored().size());
    }

    @Test
    void thePreflightIsAnsweredForAllowedOriginsOnly() throws Exception {
        HttpResponse<String> allowed = server.send("OPTIONS", FeedbackApi.PATH, null, "", "Origin", SITE,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals(204, allowed.statusCode());
        assertEquals(SITE, allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Methods").orElseThrow().contains("POST"));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().contains("Content-Type"));
        HttpResponse<String> refused = server.send("OPTIONS", FeedbackApi.PATH, null, "", "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertEquals(403, refused.statusCode());
        assertFalse(refused.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertEquals(403, server.postJson(TestServer.goodJson("From elsewhere"), "Origin", "https://evil.example").statusCode());
        assertEquals(List.of(), server.stored());
    }

    @Test
    void theServersOwnPagesMayPost() throws Exception {
        String own = "http://127.0.0.1:" + server.server.port();
        assertEquals(201, server.postJson(TestServer.goodJson("From the demo's own page"), "Origin", own).statusCode());
    }
}
