package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo serves the existing site's questionnaire on its own page, in place of the legacy
 * block: answered with a plain form post (scripts off) and with the existing site's JSON; a score
 * of 7 and an unknown idea refused with a clear message; the team's view adds the scores up.
 */
class QuestionnaireServerTest {
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

    /** A plain form post of the questionnaire, as a browser with scripts off sends it. */
    static Map<String, String> form(String usefulness) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", "/feedback");
        fields.put("tab", "MainFeedback");
        fields.put("hp_field", "");
        fields.put("role", "Local authority leadership");
        fields.put("rank_usefulness.data-tool-collaboration", usefulness);
        fields.put("rank_likelihood.discovering-what-works", "2");
        fields.put("activities", "Curating standards: Managing processes for changes to relevant standards");
        fields.put("comments", "Useful work.");
        return fields;
    }

    static String json(String scores) {
        return "{\"tab\":\"MainFeedback\",\"page\":\"/feedback\",\"role\":\"Data and digital consultant\",\"org\":\"\","
                + "\"email\":\"\",\"rank_usefulness\":{" + scores + "},\"rank_likelihood\":{},\"activities\":"
                + "[\"Discovering what works: Mapping innovation and improvement activity relevant to the sector\"],"
                + "\"section\":\"\",\"comments\":\"\",\"hp_field\":\"\"}";
    }

    @Test
    void theQuestionnaireTakesThePlaceOfItsLegacyBlock() throws Exception {
        Document page = Jsoup.parse(server.get("/feedback").body());
        assertEquals(1, page.select("#main-feedback").size());
        assertEquals("MainFeedback", page.getElementById("main-form").attr("data-tab"));
        assertEquals(39, page.select("input[name=activities]").size());
        assertEquals(0, page.select("#idea-rows").size(), "the legacy block is gone");
    }

    @Test
    void aPlainPostIsKeptAndAScoreOfSevenIsRefused() throws Exception {
        HttpResponse<String> kept = server.postForm("/feedback", form("4"));
        assertEquals(303, kept.statusCode());
        assertEquals("/feedback?sent=1#main-feedback", kept.headers().firstValue("Location").orElseThrow());
        assertEquals(1, server.store.count("MainFeedback"));

        HttpResponse<String> refused = server.postForm("/feedback", form("7"));
        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertEquals("#use-data-tool-collaboration", page.selectFirst("#main-error-summary a").attr("href"));
        Element item = page.getElementById("use-data-tool-collaboration").closest("fieldset");
        assertTrue(item.text().contains("Score \u2018Data tool collaboration\u2019 from 1 to 5"), item.text());
        assertTrue(page.getElementById("like-discovering-what-works-2").hasAttr("checked"), "the other answers are kept");
        assertEquals(1, server.store.count("MainFeedback"));
    }

    @Test
    void theExistingSitesJsonIsKeptAndAnUnknownIdeaRefused() throws Exception {
        assertEquals(201, server.postJson(json("\"Data tool collaboration\":5,\"Improving data quality\":\"3\"")).statusCode());
        HttpResponse<String> unknown = server.postJson(json("\"Flying cars\":3"));
        assertEquals(422, unknown.statusCode());
        assertTrue(unknown.body().contains("Usefulness score: there is no \u2018Flying cars\u2019 to score"), unknown.body());
        HttpResponse<String> seven = server.postJson(json("\"Data tool collaboration\":7"));
        assertEquals(422, seven.statusCode());
        assertTrue(seven.body().contains("Score \u2018Data tool collaboration\u2019 from 1 to 5"), seven.body());
        assertEquals(1, server.store.count("MainFeedback"));
        assertEquals(0, server.stored().size(), "no page feedback");
    }

    @Test
    void theTeamSeesTheScoresByRoleGroup() throws Exception {
        server.postForm("/feedback", form("4"));
        server.postJson(json("\"Data tool collaboration\":2"));
        String auth = TestServer.basic(TestServer.PASSWORD);
        Document admin = Jsoup.parse(server.get("/admin/feedback", "Authorization", auth).body());
        Element section = admin.selectFirst("section.questionnaire");
        assertEquals("Your feedback (answers: 2)", section.selectFirst("h2").text(), "the form's own heading");
        assertEquals(3, section.select("svg").size(), "one chart per score, one of the ticks");
        Element row = section.selectFirst("table.scores tbody tr");
        assertEquals("Data tool collaboration", row.selectFirst("th").text());
        assertEquals("3.0 \u00b1 1.4 (2)", row.select("td").get(0).text(), "everyone");
        assertEquals("4.0 \u00b1 0.0 (1)", row.select("td").get(1).text(), "local authority");
        String csv = server.get(AdminPages.QUESTIONNAIRE_CSV, "Authorization", auth).body();
        assertTrue(csv.startsWith("timestamp,tab,page,role,role_code,org,email,rank_usefulness: Data tool collaboration"), csv);
        Element ticks = section.selectFirst("table.ticks");
        assertEquals("Activities most often ticked", ticks.selectFirst("caption").text());
        assertEquals(List.of("Curating standards: Managing processes for changes to relevant standards 1",
                "Discovering what works: Mapping innovation and improvement activity relevant to the sector 1"),
                ticks.select("tbody tr").eachText());
        assertEquals(2, section.select("svg.chart").last().select("rect").size(), "a bar per activity ticked");
    }
}
