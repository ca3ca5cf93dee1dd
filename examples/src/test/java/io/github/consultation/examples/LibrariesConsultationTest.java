package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import io.github.consultation.model.FormDefinition;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's second consultation (consultations/libraries: a council's libraries, four roles
 * in two groups, its own reflections, no organisation question, a longer least summary, English
 * and Welsh) served by the demo in Welsh, in every theme: its form, its refusals in Welsh beside
 * their fields, a good post kept, and the team's CSV and chart in its roles.
 */
class LibrariesConsultationTest {
    static final Path LIBRARIES = Path.of("consultations/libraries");

    @TempDir
    Path dir;

    static List<Theme> themes() {
        return Theme.builtIn();
    }

    private static Map<String, String> post(String summary, String role) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", "/opening-hours");
        fields.put("hp_field", "");
        fields.put("nature", "");
        fields.put("summary", summary);
        fields.put("details", "");
        fields.put("role", role);
        fields.put("email", "");
        return fields;
    }

    @ParameterizedTest
    @MethodSource("themes")
    void servedInWelshItAsksRefusesAndKeepsInItsOwnTerms(Theme theme) throws Exception {
        try (TestServer server = new TestServer(dir, theme, LIBRARIES, s -> s.locale(FormDefinition.WELSH))) {
            Document page = Jsoup.parse(server.get("/opening-hours").body());
            List<String> roles = page.select("select[name=role] option").eachText();
            assertEquals(List.of("Preswylydd", "Aelod o'r llyfrgell", "Staff y llyfrgell", "Cynghorydd"),
                    roles.subList(1, roles.size()), theme.name());
            assertTrue(page.select("[name=org]").isEmpty(), "no organisation question");

            HttpResponse<String> refused = server.postForm("/opening-hours", post("Byr", ""));
            assertEquals(422, refused.statusCode());
            Document errors = Jsoup.parse(refused.body());
            assertTrue(errors.title().startsWith("Gwall: "), errors.title());
            String summaryError = errors.selectFirst("#" + errors.selectFirst("[name=summary]").attr("aria-describedby")
                    .replaceAll(".* ", "")).text();
            assertTrue(summaryError.contains("Dywedwch ychydig mwy wrthym, mewn 10 nod neu fwy"), summaryError);
            String roleError = errors.selectFirst("#" + errors.selectFirst("[name=role]").attr("aria-describedby")
                    .replaceAll(".* ", "")).text();
            assertTrue(roleError.contains("Dewiswch eich rôl"), roleError);

            HttpResponse<String> kept = server.postForm("/opening-hours", post("Agor yn hwyrach ar ddydd Iau", "Aelod o'r llyfrgell"));
            assertEquals(303, kept.statusCode());
            assertEquals(1, server.store.count(server.store.forms().get(0).tab()));

            String csv = server.get("/admin/feedback.csv", "Authorization", TestServer.basic(TestServer.PASSWORD)).body();
            assertTrue(csv.lines().skip(1).findFirst().orElseThrow().contains(",Library member,"), csv);
            Document admin = Jsoup.parse(server.get("/admin/feedback", "Authorization",
                    TestServer.basic(TestServer.PASSWORD)).body());
            assertEquals(List.of("Aelodau o'r cyhoedd", "Y cyngor"), admin.select("table").first().select("tbody th").eachText(),
                    "the team's view speaks the site's language");
            assertFalse(admin.select("table").first().select("thead th").eachText().contains("Other"),
                    "the consultation's own reflections head the columns");
        }
    }
}
