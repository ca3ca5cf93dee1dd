package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The repository's third consultation, written from the README alone (consultations/buses: a
 * town's bus network; eight roles, six in two groups and two in none; an extra choice, an extra
 * rating question and a stop code with a pattern; email required, no organisation; a
 * questionnaire of its own on one page and no form on others; English, Welsh, and French given by
 * the texts that differ from English), served by the demo in every theme and language: every word
 * is the consultation's own or the library's in that language, refusals are in that language beside
 * their fields, a good post is kept, and the CSV and the team's view have its questions and no others.
 */
class BusesConsultationTest {
    static final Path BUSES = Path.of("consultations/buses");
    private static final Locale CY = Locale.forLanguageTag("cy");

    @TempDir
    Path dir;

    /** Words only another consultation, or another language, would show. */
    private static final List<String> FOREIGN = List.of("Reflection on our thinking", "Local authority",
            "Brief summary", "Your organisation", "Page feedback", "Organisation", "you@example.org");

    /** What each language says where every language says something. */
    record Language(Locale locale, String skipLink, String heading, String site, String problem,
            String summaryRequired, String emailRequired, String stopFormat, String riders) {
    }

    static final Map<String, Language> LANGUAGES = Map.of(
            "en", new Language(Locale.ENGLISH, "Skip to main content", "Tell us what you think of the new routes",
                    "Aberhaf bus network review", "There is a problem", "Tell us your view in a sentence",
                    "Enter your email address, so that we can tell you what we heard",
                    "Enter the stop code as three letters and three numbers, like ABH123", "People who ride the buses"),
            "cy", new Language(CY, "Neidio i\u2019r prif gynnwys", "Dywedwch wrthym beth yw eich barn am y llwybrau newydd",
                    "Adolygiad rhwydwaith bysiau Aberhaf", "Mae problem wedi codi", "Dywedwch wrthym eich barn mewn brawddeg",
                    "Rhowch eich cyfeiriad e-bost, er mwyn i ni ddweud wrthych beth a glywsom",
                    "Rhowch y cod arhosfan fel tair llythyren a thri rhif, fel ABH123", "Pobl sy\u2019n teithio ar y bysiau"),
            "fr", new Language(Locale.FRENCH, "Aller au contenu principal",
                    "Dites-nous ce que vous pensez des nouvelles lignes", "R\u00e9vision du r\u00e9seau de bus d\u2019Aberhaf",
                    "Il y a un probl\u00e8me", "Donnez-nous votre avis en une phrase",
                    "Saisissez votre adresse e-mail, pour que nous puissions vous dire ce que nous avons entendu",
                    "Saisissez le code d\u2019arr\u00eat en trois lettres et trois chiffres, comme ABH123",
                    "Personnes qui prennent le bus"));

    static Stream<Arguments> themesAndLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (Theme theme : Theme.builtIn()) {
            for (String language : List.of("en", "cy", "fr")) {
                all.add(Arguments.of(theme, language));
            }
        }
        return all.stream();
    }

    private TestServer serve(Theme theme, Locale locale) throws Exception {
        return new TestServer(dir.resolve(theme.name() + "-" + locale.getLanguage()), theme, BUSES, s -> s.locale(locale));
    }

    static String errorOf(Document doc, String name) {
        Element control = doc.selectFirst("[name=" + name + "]");
        String describedBy = control.attr("aria-describedby");
        return doc.getElementById(describedBy.substring(describedBy.lastIndexOf(' ') + 1)).text();
    }

    /**
     * Every {@code lang} the served document has names the language it is served in, and every
     * {@code hreflang} one the definition speaks: a language written into the code in place of
     * the definition's fails here under the two other languages.
     */
    private static void languageAttributes(Document doc, String code, String where) {
        assertEquals(code, doc.selectFirst("html").attr("lang"), where);
        for (Element element : doc.select("[lang]")) {
            assertEquals(code, element.attr("lang"), where + ": " + element.cssSelector());
        }
        for (Element element : doc.select("[hreflang]")) {
            assertTrue(LANGUAGES.containsKey(element.attr("hreflang")), where + ": " + element.outerHtml());
        }
    }

    @ParameterizedTest
    @MethodSource("themesAndLanguages")
    void everyDocumentTheSiteServesNamesItsLanguage(Theme theme, String code) throws Exception {
        String where = theme.name() + " " + code;
        try (TestServer server = serve(theme, LANGUAGES.get(code).locale())) {
            String auth = TestServer.basic(TestServer.PASSWORD);
            for (String path : List.of("/", "/routes", "/have-your-say", "/background/history", "/no-such-page")) {
                languageAttributes(Jsoup.parse(server.get(path).body()), code, where + " " + path);
            }
            languageAttributes(Jsoup.parse(server.postForm("/routes", Map.of("page", "/routes")).body()), code,
                    where + " refused post");
            for (String path : List.of("/admin/feedback", "/admin/feedback/submissions?page=%2Froutes")) {
                languageAttributes(Jsoup.parse(server.get(path, "Authorization", auth).body()), code, where + " " + path);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("themesAndLanguages")
    void everyThemeAndLanguageShowsTheConsultationsOwnFormRefusalsAndLayout(Theme theme, String code) throws Exception {
        Language language = LANGUAGES.get(code);
        String where = theme.name() + " " + code;
        try (TestServer server = serve(theme, language.locale())) {
            Document page = Jsoup.parse(server.get("/routes").body());
            assertEquals(code, page.selectFirst("html").attr("lang"), where);
            assertTrue(page.title().endsWith(language.site()), where + ": " + page.title());
            assertEquals(language.skipLink(), page.selectFirst("a[href=#main]").text(), where);
            assertEquals(language.heading(), page.selectFirst("#gs-heading").text(), where);
            for (String foreign : FOREIGN) {
                assertFalse(page.text().contains(foreign), where + " shows '" + foreign + "'");
            }
            if (!code.equals("en")) {
                for (String english : List.of("Skip to main content", "On this page", "Previous:", "Next:", "Your email",
                        "Submit feedback", "optional)")) {
                    assertFalse(page.text().contains(english), where + " shows '" + english + "'");
                }
            }
            // The roles: six under their two groups, two under none, in the definition's order.
            Element role = page.selectFirst("select[name=role]");
            assertEquals(9, role.select("option").size(), where);
            if (theme != Theme.ORIGIN) {
                assertEquals(language.riders(), role.selectFirst("optgroup").attr("label"), where);
                assertEquals(2, role.select("optgroup").size(), where);
                assertEquals(2, role.select("> option:not([value=\"\"])").size(), where + ": two roles in no group");
            }
            assertTrue(page.select("[name=org]").isEmpty(), where + ": no organisation question");
            assertTrue(page.selectFirst("[name=email]").hasAttr("required"), where + ": email required");
            assertEquals(5, page.select("select[name=route] option").size(), where + ": the extra choice");
            assertEquals(List.of("satisfaction.frequency", "satisfaction.reliability", "satisfaction.fares",
                    "satisfaction.comfort"), page.select("input[type=radio][name^=satisfaction.]").eachAttr("name").stream()
                    .distinct().toList(), where + ": the extra rating question");
            assertEquals("[A-Z]{3}[0-9]{3}", page.selectFirst("[name=stop]").attr("pattern"), where);

            Map<String, String> bad = new LinkedHashMap<>();
            bad.put("page", "/routes");
            bad.put("summary", "");
            bad.put("stop", "abc");
            HttpResponse<String> refused = server.postForm("/routes", bad);
            assertEquals(422, refused.statusCode(), where);
            Document errors = Jsoup.parse(refused.body());
            assertEquals(language.problem(), errors.selectFirst("[id$=error-summary-title], .govuk-error-summary__title")
                    .text(), where);
            assertTrue(errorOf(errors, "summary").contains(language.summaryRequired()), where + ": " + errorOf(errors, "summary"));
            assertTrue(errorOf(errors, "email").contains(language.emailRequired()), where + ": " + errorOf(errors, "email"));
            assertTrue(errorOf(errors, "stop").contains(language.stopFormat()), where + ": " + errorOf(errors, "stop"));
            for (String foreign : FOREIGN) {
                assertFalse(errors.text().contains(foreign), where + " refusal shows '" + foreign + "'");
            }

            Document missing = Jsoup.parse(server.get("/no-such-page").body());
            assertEquals(code, missing.selectFirst("html").attr("lang"), where);
            if (!code.equals("en")) {
                assertFalse(missing.text().contains("Page not found"), where);
            }
        }
    }

    private static Map<String, String> goodPost() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("page", "/routes");
        fields.put("hp_field", "");
        fields.put("nature", "I am worried about these changes");
        fields.put("summary", "Route 2 should still stop on Quay Street");
        fields.put("details", "");
        // A reader's straight apostrophe finds the role written with a typographic one, and a no-break space a space.
        fields.put("role", "Visitor to\u00a0Aberhaf");
        fields.put("email", "rider@example.org");
        fields.put("route", "Route 2: the harbour to the college");
        fields.put("satisfaction.frequency", "2");
        fields.put("satisfaction.fares", "4");
        fields.put("stop", "ABH123");
        return fields;
    }

    @Test
    void aGoodPostIsKeptAndTheCsvAndTheTeamsViewHaveItsQuestionsOnly() throws Exception {
        try (TestServer server = serve(Theme.PLAIN, Locale.FRENCH)) {
            HttpResponse<String> kept = server.postForm("/routes", goodPost());
            assertEquals(303, kept.statusCode(), kept.body());
            String auth = TestServer.basic(TestServer.PASSWORD);
            String csv = server.get("/admin/feedback.csv", "Authorization", auth).body();
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv)).getRecords();
            assertEquals(List.of("timestamp", "tab", "page", "nature", "nature_code", "summary", "details", "role",
                    "role_code", "email", "route", "route_code", "satisfaction: How often buses come",
                    "satisfaction: Buses on time", "satisfaction: Fares", "satisfaction: Comfort and cleanliness", "stop"),
                    records.get(0).getParser().getHeaderNames(), "no organisation column; each choice as text and code");
            CSVRecord row = records.get(0);
            assertEquals("BusFeedback", row.get("tab"));
            assertEquals("visitor", row.get("role_code"));
            assertEquals("Visitor to Aberhaf", row.get("role"));
            assertEquals("r2", row.get("route_code"));
            assertEquals("2", row.get("satisfaction: How often buses come"));
            assertEquals("", row.get("satisfaction: Buses on time"));
            assertEquals("ABH123", row.get("stop"));

            Document admin = Jsoup.parse(server.get("/admin/feedback", "Authorization", auth).body());
            assertEquals("fr", admin.selectFirst("html").attr("lang"));
            assertEquals("Avis re\u00e7us", admin.selectFirst("h1").text());
            assertNull(admin.selectFirst("h2:containsOwn(/background)"), "a page without a form has no count");
            Element questionnaire = admin.selectFirst("section.questionnaire");
            assertNotNull(questionnaire, "the site's questionnaire, carried by one page");
            assertTrue(questionnaire.selectFirst("h2").text().startsWith("Donnez votre avis sur l\u2019ensemble du r\u00e9seau"));
            Document list = Jsoup.parse(server.get("/admin/feedback/submissions?page=%2Froutes", "Authorization", auth)
                    .body());
            List<String> columns = list.select("table.submissions thead th").eachText();
            assertEquals(List.of("Re\u00e7u le", "Votre avis sur le projet", "Votre avis", "Autre chose", "Ce qui vous d\u00e9crit",
                    "Adresse e-mail", "Ligne", "Note", "Code d\u2019arr\u00eat"), columns, "the form's questions, in French");
            assertTrue(list.text().contains("Visiteur d\u2019Aberhaf"), "the role in the site's language");
        }
    }

    /**
     * French gives general messages where English has particular ones (details too long, a
     * reflection not on the list): a French reader reads the French general message, naming what
     * was chosen, never the English particular one.
     */
    @Test
    void frenchRefusalsAreFrenchWhereEnglishHasAParticularMessage() throws Exception {
        try (TestServer server = serve(Theme.PLAIN, Locale.FRENCH)) {
            Map<String, String> bad = goodPost();
            bad.put("details", "d".repeat(5001));
            bad.put("nature", "Nope");
            bad.put("route", "Route 9");
            Document errors = Jsoup.parse(server.postForm("/routes", bad).body());
            assertTrue(errorOf(errors, "details").contains("Autre chose : 5000 caract\u00e8res au plus"),
                    errorOf(errors, "details"));
            assertTrue(errorOf(errors, "nature").contains("Votre avis sur le projet : \u00ab Nope \u00bb ne fait pas partie"
                    + " des choix"), errorOf(errors, "nature"));
            assertTrue(errorOf(errors, "route").contains("Ligne : \u00ab Route 9 \u00bb ne fait pas partie des choix"),
                    errorOf(errors, "route"));
        }
    }

    @Test
    void theQuestionnaireIsOnItsPageAndNoFormOnThePagesThatSayNone() throws Exception {
        try (TestServer server = serve(Theme.GOVUK, CY)) {
            Document survey = Jsoup.parse(server.get("/have-your-say").body());
            assertEquals("Dweud eich dweud am y rhwydwaith cyfan", survey.selectFirst("h2").text());
            assertEquals("BusSurvey", survey.selectFirst("form").attr("data-tab"));
            Element bikes = survey.selectFirst("label:containsOwn(Raciau beiciau)");
            assertNotNull(bikes);
            assertFalse(bikes.parents().stream().anyMatch(p -> p.is("fieldset") && p.selectFirst("> legend") != null
                    && p.selectFirst("> legend").text().equals("Arian")), "an option in no group stands under no heading");
            assertTrue(survey.select("form").size() == 1 && survey.select("[name=summary]").isEmpty(), "one form: the questionnaire");

            Document history = Jsoup.parse(server.get("/background/history").body());
            assertTrue(history.select("form").isEmpty(), "the background folder carries no form");
            Document home = Jsoup.parse(server.get("/").body());
            assertTrue(home.select("form").isEmpty(), "the home page's front matter says feedback: none");

            HttpResponse<String> kept = server.postJson("{\"tab\":\"BusSurvey\",\"page\":\"/have-your-say\","
                    + "\"ideas\":[\"A daily fare cap\",\"Racks for bicycles\"],\"changes\":{\"signs\":5},"
                    + "\"comments\":\"\",\"email\":\"\",\"hp_field\":\"\"}");
            assertEquals(201, kept.statusCode(), kept.body());
            String csv = server.get(AdminPages.QUESTIONNAIRE_CSV, "Authorization", TestServer.basic(TestServer.PASSWORD)).body();
            assertTrue(csv.startsWith("timestamp,tab,page,ideas: Money: A daily fare cap,"), csv);
            assertTrue(csv.contains("BusSurvey,/have-your-say,yes,"), csv);
        }
    }

    @Test
    void aSiteWithoutAQuestionnairePageHasNoQuestionnaireView() throws Exception {
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, LibrariesConsultationTest.LIBRARIES, s -> { })) {
            String auth = TestServer.basic(TestServer.PASSWORD);
            Document admin = Jsoup.parse(server.get("/admin/feedback", "Authorization", auth).body());
            assertTrue(admin.select("section.questionnaire").isEmpty(), admin.text());
            assertFalse(admin.text().contains("questionnaire"));
            assertEquals(404, server.get(AdminPages.QUESTIONNAIRE_CSV, "Authorization", auth).statusCode());
        }
    }

    @Test
    void aLanguageTheSiteDoesNotSpeakIsRefusedAtStart() {
        Exception refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> serve(Theme.ORIGIN, Locale.GERMAN));
        assertEquals("--locale de: the site speaks en, cy, fr", refused.getMessage());
    }

    /** A page rule that names no file or folder of the pages is named by check, where it stands. */
    @Test
    void checkNamesAPageRuleOfNoPage() throws Exception {
        Path copy = copy("rules");
        Path definition = copy.resolve("feedback-form.yml");
        Files.writeString(definition, Files.readString(definition).replace("  background/: none\n",
                "  background/: none\n  nowhere.md: page\n  gone/: none\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Main(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run("check", copy.toString());
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("pages: '")).toList();
        assertEquals(1, status);
        int line = Files.readAllLines(definition).indexOf("  nowhere.md: page") + 1;
        assertEquals(List.of(
                definition + ":" + line + ":3: pages: 'nowhere.md' is no page of the site; name a page's file from the pages'"
                        + " folder (such as proposal/costs.md), a folder ending in / (proposal/), or / for every page",
                definition + ":" + (line + 1) + ":3: pages: 'gone/' is no folder of the site; name a page's file from the pages'"
                        + " folder (such as proposal/costs.md), a folder ending in / (proposal/), or / for every page"), printed);
    }

    /** A copy of the consultation, to change. */
    private Path copy(String name) throws Exception {
        Path copy = dir.resolve(name);
        try (Stream<Path> files = Files.walk(BUSES)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(BUSES.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    /** A copy of the consultation with its definition file broken in several places. */
    private Path broken() throws Exception {
        Path copy = copy("broken");
        Path definition = copy.resolve("feedback-form.yml");
        String text = Files.readString(definition)
                .replace("      org: false\n", "      org: flase\n")
                .replace("scale: {from: 1, to: 5}\n        items:\n          - {code: frequency",
                        "scale: {from: 5, to: 1}\n        items:\n          - {code: frequency")
                .replace("{code: trader, text:", "{code: trader, group: shops, text:")
                .replace("message.stop.format: Enter the stop code", "message.stop.format: Enter the {stop} code");
        Files.writeString(definition, text);
        return copy;
    }

    @Test
    void aBrokenFileListsEveryProblemWithItsPathLineAndColumn() throws Exception {
        Path copy = broken();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("serve", "--pages", copy.toString(), "--port", "0",
                "--db", dir.resolve("x.db").toString());
        assertEquals(2, status);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        String file = copy.resolve("feedback-form.yml").toString();
        assertEquals("consultation: 4 problems in " + file + ":", lines.get(0));
        List<String> problems = lines.subList(1, lines.size());
        assertEquals(4, problems.size(), problems.toString());
        for (String problem : problems) {
            assertTrue(problem.matches(java.util.regex.Pattern.quote(file) + ":\\d+:\\d+: [a-z].*; .*"), problem);
        }
        assertTrue(problems.stream().anyMatch(p -> p.contains("forms.page.questions.org is text; it is false, or a mapping"
                + " (the question org, or false to leave it out)")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("role.options[6].group is 'shops', which is not one of"
                + " forms.page.questions.role.groups (riders, operators); list it under")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("satisfaction.scale runs from 5 to 1")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("{stop} is no placeholder of 'message.stop.format'")),
                problems.toString());

        ByteArrayOutputStream checked = new ByteArrayOutputStream();
        int checkStatus = new Main(new java.io.ByteArrayInputStream(new byte[0]),
                new PrintStream(checked, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run("check", copy.toString());
        assertEquals(1, checkStatus, "check lists the definition's problems as findings");
        assertEquals(problems, checked.toString(StandardCharsets.UTF_8).lines().limit(4).toList());
        assertTrue(checked.toString(StandardCharsets.UTF_8).strip().endsWith(" findings in the definition file; the pages"
                + " are checked once it can be read"), "no '0 of 0 pages': " + checked);
    }

    @Test
    void checkListsWhatIsLeftToTranslate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Main(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run("check", BUSES.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, printed);
        String untranslated = printed.lines().filter(l -> l.contains("forms.page: ")).findFirst().orElseThrow();
        assertTrue(untranslated.startsWith(BUSES.resolve("feedback-form.yml") + ":16:5: forms.page: "),
                "at the languages entry of fr: " + untranslated);
        assertTrue(untranslated.endsWith(" texts have no French of their own and are shown in English; `texts " + BUSES
                + " --missing fr` prints them, each with its text to translate"), untranslated);

        // What that command prints: each text with the English shown instead, sorted, as YAML to translate.
        ByteArrayOutputStream texts = new ByteArrayOutputStream();
        assertEquals(0, new Main(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(texts, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run("texts", BUSES.toString(), "--missing", "fr"));
        String yaml = texts.toString(StandardCharsets.UTF_8);
        com.fasterxml.jackson.databind.JsonNode missing = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                .readTree(yaml).path("texts").path("fr");
        assertEquals("Back to the overview", missing.path("admin.back").asText(), yaml);
        assertTrue(missing.path("layout.skip-link").isMissingNode(), "what the file translates is not listed");
        List<String> keys = new java.util.ArrayList<>();
        missing.fieldNames().forEachRemaining(keys::add);
        assertEquals(keys.stream().sorted().toList(), keys);
        int count = Integer.parseInt(untranslated.replaceAll(".*forms\\.page: (\\d+) texts.*", "$1"));
        assertTrue(keys.size() >= count, keys.size() + " of " + count);
    }
}
