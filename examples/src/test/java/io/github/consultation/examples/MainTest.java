package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, as a script or a person would call it. */
class MainTest {
    static final String BAD = "{\"tab\":\"Feedback\",\"page\":\"/p\",\"summary\":\"Hi\",\"details\":\"\",\"role\":\"\","
            + "\"org\":\"\",\"email\":\"bad\",\"nature\":\"\",\"hp_field\":\"\"}";
    static final String GOOD = "{\"tab\":\"Feedback\",\"page\":\"/p\",\"summary\":\"Costs are unclear\",\"details\":\"\","
            + "\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}";

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return VerdictJson.mapper().readTree(out);
        }
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validateAcceptsAGoodSubmission() throws Exception {
        Run run = run(GOOD, "validate");
        assertEquals(0, run.status());
        assertTrue(run.json().get("valid").asBoolean());
        assertEquals("Costs are unclear", run.json().get("feedback").get("summary").asText());
        assertEquals("", run.err());
    }

    @Test
    void numberOptionsOutOfRangeOrNotNumbersAreRefusedBeforeAnythingStarts() {
        Run port = run("", "serve", "--port", "70000");
        assertEquals(2, port.status());
        assertTrue(port.err().startsWith("consultation: --port must be between 0 and 65535 (run with --help for usage)\n"), port.err());
        Run rate = run("", "serve", "--rate-per-minute", "0");
        assertTrue(rate.err().startsWith("consultation: --rate-per-minute must be between 0.001 and 1000000 (run"), rate.err());
        Run threads = run("", "serve", "--threads", "1.5");
        assertTrue(threads.err().startsWith("consultation: --threads must be a number (run"), threads.err());
    }

    @Test
    void validateRefusesABadOneWithMessages() throws Exception {
        Run run = run(BAD, "validate", "-");
        assertEquals(1, run.status());
        JsonNode errors = run.json().get("errors");
        assertEquals(3, errors.size());
        assertEquals("Summary must be 5 characters or more", errors.get(0).get("message").asText());
        assertEquals("role", errors.get(1).get("field").asText());
        assertTrue(run.json().get("feedback").isNull());
    }

    @Test
    void validateReadsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, GOOD);
        assertEquals(0, run("", "validate", file.toString()).status());
    }

    @Test
    void unreadableInputExitsTwoWithOneLineAndNoStackTrace() {
        Run run = run("this is not json", "validate");
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        Run missing = run("", "validate", "/no/such/file.json");
        assertEquals(2, missing.status());
        assertEquals("consultation: there is no file /no/such/file.json\n", missing.err());
    }

    @Test
    void spamExitsOneAndSaysSo() throws Exception {
        Run run = run(GOOD.replace("\"hp_field\":\"\"", "\"hp_field\":\"buy now\""), "validate");
        assertEquals(1, run.status());
        assertTrue(run.json().get("spam").asBoolean());
    }

    @Test
    void formWithASubmissionShowsErrorsBesideFieldsAndTheValues() {
        Run run = run(BAD, "form", "--page", "/governance", "--submission", "-");
        assertEquals(1, run.status());
        Document doc = Jsoup.parseBodyFragment(run.out());
        assertEquals("Hi", doc.getElementById("gs-summary").attr("value"));
        assertEquals("bad", doc.getElementById("mf-email").attr("value"));
        assertEquals("Error: Summary must be 5 characters or more", doc.getElementById("gs-summary-error").text());
        assertEquals("/governance", doc.getElementById("gs-page").attr("value"));
    }

    @Test
    void formWithoutASubmissionIsBlank() {
        Run run = run("", "form", "--page", "/governance");
        assertEquals(0, run.status());
        assertTrue(Jsoup.parseBodyFragment(run.out()).select("[aria-invalid]").isEmpty());
    }

    @Test
    void renderPrintsThePageWithItsForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("my page.md");
        Files.writeString(file, "title: Trying it\n\n# Heading\n\nText <sup>1</sup>\n\n<!-- feedback form -->\n");
        Run run = run("", "render", file.toString());
        assertEquals(0, run.status(), run.err());
        Document doc = Jsoup.parse(run.out());
        assertEquals("Trying it \u2013 Sample consultation", doc.title());
        assertEquals("/my-page", doc.getElementById("gs-page").attr("value"));
        assertFalse(doc.text().contains("title:"));
    }

    @Test
    void mistakesInTheCallAreExplained() {
        Run unknown = run("", "frobnicate");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown command"));
        Run option = run("", "form", "--pgae", "x");
        assertEquals(2, option.status());
        assertTrue(option.err().contains("unknown option --pgae"));
        assertEquals(0, run("", "--help").status());
    }

    @Test
    void validateSpeaksWelsh() throws Exception {
        Run run = run(BAD, "validate", "--locale", "cy");
        assertEquals(1, run.status());
        assertEquals("Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy", run.json().get("errors").get(0).get("message").asText());
        assertEquals(2, run("", "validate", "--locale", "fr").status());
    }

    @Test
    void schemaPrintsTheGeneratedSchema() throws Exception {
        Run run = run("", "schema");
        assertEquals(0, run.status());
        JsonNode schema = run.json();
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(5, schema.get("properties").get("summary").get("minLength").asInt());
        assertFalse(run("", "schema", "--variant", "minimal").json().get("required").toString().contains("role"));
    }

    @Test
    void formInEveryThemeLinksEachErrorToItsFieldAndKeepsTheValues() {
        for (String theme : java.util.List.of("origin", "govuk", "plain")) {
            Run run = run(BAD, "form", "--theme", theme, "--page", "/p", "--submission", "-");
            assertEquals(1, run.status(), theme);
            Document doc = Jsoup.parseBodyFragment(run.out());
            java.util.List<org.jsoup.nodes.Element> links = doc.select("#gs-error-summary a");
            assertEquals(3, links.size(), theme);
            for (org.jsoup.nodes.Element link : links) {
                String id = link.attr("href").substring(1);
                assertTrue(doc.getElementById(id) != null, theme + " " + id);
                assertEquals("Error: " + link.text(), doc.getElementById(id + "-error").text(), theme);
            }
            assertEquals("Hi", doc.getElementById("gs-summary").attr("value"), theme);
            assertEquals("bad", doc.getElementById("mf-email").attr("value"), theme);
        }
    }

    @Test
    void formTakesTheVariantAndLocale() {
        Run minimal = run("{\"page\":\"/p\",\"summary\":\"A clear proposal\"}", "form", "--variant", "minimal",
                "--page", "/p", "--submission", "-");
        assertEquals(0, minimal.status(), minimal.out());
        Run welsh = run("", "form", "--theme", "govuk", "--locale", "cy", "--page", "/p");
        assertEquals("Anfon adborth", Jsoup.parseBodyFragment(welsh.out()).selectFirst("button").text());
        assertEquals(2, run("", "form", "--theme", "fancy", "--page", "/p").status());
    }
}
