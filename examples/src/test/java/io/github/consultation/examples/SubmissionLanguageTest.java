package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.consultation.render.Theme;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every outcome of a submission through both paths, the form post and the JSON endpoint, on an
 * English and on a Welsh site. A form post, and JSON that names one of the site's pages, are
 * answered in the site's language whatever the browser asks; JSON that names no page (it could
 * not be read) is answered in the browser's language.
 */
class SubmissionLanguageTest {
    @TempDir
    Path dir;

    private record Texts(String tooShort, String notJson, String tooLarge, String mustBeForm, String mustBeJson,
            String errorPrefix) {
    }

    private static Texts texts(String language) {
        return language.equals("cy")
                ? new Texts("Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy", "Rhaid i\u2019r cyflwyniad fod yn wrthrych JSON",
                        "Rhaid i\u2019r cyflwyniad fod yn 65536 beit neu lai",
                        "Rhaid anfon y cyflwyniad fel application/x-www-form-urlencoded",
                        "Rhaid anfon y cyflwyniad fel application/json", "Gwall")
                : new Texts("Summary must be 5 characters or more", "The submission must be a JSON object",
                        "The submission must be 65536 bytes or smaller",
                        "The submission must be sent as application/x-www-form-urlencoded",
                        "The submission must be sent as application/json", "Error");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return VerdictJson.mapper().readTree(response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "cy"})
    void everyOutcomeOfBothPathsIsInTheSitesLanguage(String language) throws Exception {
        Texts t = texts(language);
        String other = language.equals("cy") ? "en" : "cy";
        Texts reader = texts(other);
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, null, s -> s.locale(Locale.forLanguageTag(language)))) {
            // Kept: the thanks.
            assertEquals(303, server.postForm("/shared-record", TestServer.goodForm(), "Accept-Language", other).statusCode());
            assertEquals(201, server.postJson(TestServer.goodJson("A fine summary"), "Accept-Language", other).statusCode());

            // Invalid: the errors, in the site's language, beside their fields or as JSON.
            Map<String, String> bad = TestServer.goodForm();
            bad.put("summary", "   abc   ");
            HttpResponse<String> form = server.postForm("/shared-record", bad, "Accept-Language", other);
            assertEquals(422, form.statusCode());
            Document page = Jsoup.parse(form.body());
            assertEquals(language, page.selectFirst("html").attr("lang"));
            assertTrue(page.title().startsWith(t.errorPrefix()), page.title());
            assertTrue(page.getElementById("gs-summary-error").text().contains(t.tooShort()),
                    page.getElementById("gs-summary-error").text());
            HttpResponse<String> invalid = server.postJson(TestServer.goodJson("abc"), "Accept-Language", other);
            assertEquals(422, invalid.statusCode());
            assertEquals(t.tooShort(), json(invalid).get("errors").get(0).get("message").asText());

            // Unreadable, too large, another media type: the same outcomes, the same language.
            HttpResponse<String> broken = server.send("POST", "/shared-record", "application/x-www-form-urlencoded",
                    "summary=%zz", "Accept-Language", other);
            assertEquals(400, broken.statusCode());
            HttpResponse<String> notJson = server.send("POST", FeedbackApi.PATH, "application/json", "summary=words",
                    "Accept-Language", other);
            assertEquals(400, notJson.statusCode());
            assertEquals(reader.notJson(), json(notJson).get("errors").get(0).get("message").asText());
            String huge = "x".repeat(70_000);
            HttpResponse<String> bigForm = server.send("POST", "/shared-record", "application/x-www-form-urlencoded",
                    "summary=" + huge, "Accept-Language", other);
            assertEquals(413, bigForm.statusCode());
            assertTrue(Jsoup.parse(bigForm.body()).text().contains(t.tooLarge()), bigForm.body());
            HttpResponse<String> bigJson = server.postJson(TestServer.goodJson(huge), "Accept-Language", other);
            assertEquals(413, bigJson.statusCode());
            assertEquals(reader.tooLarge(), json(bigJson).get("errors").get(0).get("message").asText());
            HttpResponse<String> jsonAsForm = server.send("POST", "/shared-record", "application/json", "{}",
                    "Accept-Language", other);
            assertEquals(415, jsonAsForm.statusCode());
            assertTrue(Jsoup.parse(jsonAsForm.body()).text().contains(t.mustBeForm()), jsonAsForm.body());
            HttpResponse<String> formAsJson = server.send("POST", FeedbackApi.PATH, "text/plain", "{}",
                    "Accept-Language", other);
            assertEquals(415, formAsJson.statusCode());
            assertEquals(reader.mustBeJson(), json(formAsJson).get("errors").get(0).get("message").asText());

            assertEquals(2, server.stored().size(), "only the two good submissions were kept");
        }
    }
}
