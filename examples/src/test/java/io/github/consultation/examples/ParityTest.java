package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.render.Theme;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.ReadmeTables;
import io.github.consultation.validate.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * For the origin theme, where the browser's own constraint check decides first: a corpus of
 * inputs typed into the form, judged by {@code checkValidity()} and by the library's validator.
 * Every disagreement must be one the README documents; for each of those, the server's message
 * must then stand beside the field. The report is written to {@code target/parity-report.md}.
 */
@Tag("browser")
class ParityTest {
    /** One input: what is typed into which fields; the rest of the form is filled validly. */
    record Case(String name, Map<String, String> typed, boolean role) {
    }

    private static Case summary(String name, String value) {
        return new Case(name, Map.of("gs-summary", value), true);
    }

    private static Case email(String name, String value) {
        return new Case(name, Map.of("gs-summary", "A clear proposal", "mf-email", value), true);
    }

    static List<Case> corpus() {
        return List.of(
                summary("empty summary", ""),
                summary("white space only", "     "),
                summary("4 characters", "abcd"),
                summary("5 characters", "abcde"),
                summary("white space around 4 characters", "  abcd  "),
                summary("2 emoji (4 UTF-16 units)", "\uD83D\uDE00\uD83D\uDE00"),
                summary("3 emoji (6 UTF-16 units)", "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDF89"),
                summary("combining mark: 5 units, 4 characters", "cafe\u0301"),
                summary("combining marks: 6 units, 3 characters", "e\u0301e\u0301e\u0301"),
                summary("line break typed in the summary", "one\ntwo"),
                summary("summary longer than its limit", "words of a long summary ".repeat(20)),
                new Case("line breaks in the details", Map.of("gs-summary", "A clear proposal", "gs-details", "a\nb\nc"), true),
                new Case("details longer than their limit, with line breaks",
                        Map.of("gs-summary", "A clear proposal", "gs-details", ("line\n").repeat(1100)), true),
                email("good email address", "name@example.com"),
                email("email address with nothing after @", "name@"),
                email("email address with two dots in a row", "first..last@example.com"),
                email("email address on a dotless domain", "name@localhost"),
                email("email address with an accented local part", "caf\u00e9@example.com"),
                email("email address with an accented domain", "name@b\u00fccher.example"),
                email("email address with spaces around it", "  name@example.com  "),
                email("email address with a 65-character local part", "x".repeat(65) + "@example.com"),
                email("email address with a space inside", "a b@example.com"),
                new Case("no role chosen", Map.of("gs-summary", "A clear proposal"), false));
    }

    @TempDir
    Path dir;

    @Test
    void browserAndServerAgreeButForTheDocumentedCases() throws Exception {
        FeedbackValidator validator = FeedbackValidator.create();
        List<String> report = new ArrayList<>(List.of("# Browser and server: the origin theme's constraint checks", "",
                "| case | browser (checkValidity) | server (validator) | agree |", "|---|---|---|---|"));
        List<String> disagreements = new ArrayList<>();
        try (TestServer server = new TestServer(dir, Theme.ORIGIN, BrowserFlowsTest.site(), s -> { });
                Browser browser = Browser.start(true)) {
            for (Case c : corpus()) {
                browser.driver.get(server.uri("/full").toString());
                c.typed().forEach((id, value) -> browser.type(browser.byId(id), value));
                if (c.role()) {
                    new Select(browser.byId("mf-role")).selectByVisibleText("Data and digital consultant");
                }
                @SuppressWarnings("unchecked")
                List<String> browserInvalid = (List<String>) browser.js("return Array.prototype.filter.call("
                        + "document.getElementById('gs-form').elements, function (e) { return e.name && !e.checkValidity(); })"
                        + ".map(function (e) { return e.name; });");
                @SuppressWarnings("unchecked")
                List<List<String>> entries = (List<List<String>>) browser.js("var out = [];"
                        + " new FormData(document.getElementById('gs-form')).forEach(function (v, k) { out.push([k, v]); });"
                        + " return out;");
                Map<String, List<String>> fields = new LinkedHashMap<>();
                entries.forEach(e -> fields.computeIfAbsent(e.get(0), k -> new ArrayList<>()).add(e.get(1)));
                Verdict verdict = validator.validateForm(fields);
                TreeSet<String> serverInvalid = new TreeSet<>();
                verdict.errors().forEach(e -> serverInvalid.add(e.field()));
                boolean agree = new TreeSet<>(browserInvalid).equals(serverInvalid);
                assertFalse(verdict.isSpam(), c.name() + " is not meant to look like spam");
                report.add("| " + c.name() + " | " + (browserInvalid.isEmpty() ? "valid" : "refuses " + browserInvalid)
                        + " | " + (verdict.isValid() ? "valid" : "refuses " + serverInvalid) + " | " + (agree ? "yes" : "**no**") + " |");
                if (!agree) {
                    disagreements.add(c.name());
                    if (browserInvalid.isEmpty()) {
                        serverMessageStandsBesideTheField(browser, verdict, c);
                    }
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "parity-report.md"), String.join("\n", report) + "\n", StandardCharsets.UTF_8);
        List<String> documented = ReadmeTables.table("### Browser and server").stream().map(r -> r.get("case")).toList();
        assertEquals(new TreeSet<>(documented), new TreeSet<>(disagreements),
                "every disagreement is documented in the README, and every documented one still happens:\n"
                        + String.join("\n", report));
    }

    /** The browser lets the form go; the server's message must then appear beside the field. */
    private static void serverMessageStandsBesideTheField(Browser browser, Verdict verdict, Case c) throws Exception {
        browser.js("HTMLFormElement.prototype.submit.call(document.getElementById('gs-form'));");
        browser.waitFor(d -> d.getTitle().startsWith("Error: "));
        String field = verdict.errors().get(0).field();
        String controlId = Map.of("summary", "gs-summary", "details", "gs-details", "email", "mf-email").get(field);
        String inline = browser.byId(controlId + "-error").getText().replaceAll("\\s+", " ").strip();
        assertEquals("Error: " + verdict.errors().get(0).message(), inline, c.name());
        assertTrue(browser.byId(controlId).getAttribute("aria-describedby").contains(controlId + "-error"), c.name());
        assertFalse(inline.isEmpty());
        browser.screenshot("parity-" + c.name().replaceAll("[^A-Za-z0-9]+", "-"));
    }
}
