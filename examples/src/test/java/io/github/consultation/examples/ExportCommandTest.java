package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --token-endpoint}: a static copy posting to a Spring Boot starter's endpoint names
 * where its forms fetch their signed token, escaped, and nothing names one unless asked.
 */
class ExportCommandTest {
    private static final String ENDPOINT = "https://feedback.example.org/api/feedback";

    @TempDir
    Path dir;

    @Test
    void everyExportedFormNamesTheTokenEndpointEscaped() throws Exception {
        String token = ENDPOINT + "/token?site=ferry&x=\"<b>";
        Path site = dir.resolve("site");
        MainTest.Run export = MainTest.run("", "export", MkDocsSiteTest.FERRY.toString(), "--out", site.toString(),
                "--endpoint", ENDPOINT, "--token-endpoint", token);
        assertEquals(0, export.status(), export.err());
        List<Element> forms = forms(site);
        assertFalse(forms.isEmpty(), "the export has pages with forms");
        for (Element form : forms) {
            // Characters an address may not hold are percent-encoded, the ampersand written as an entity.
            assertEquals(ENDPOINT + "/token?site=ferry&x=%22%3Cb%3E", form.attr("data-token-endpoint"), form.outerHtml());
            assertEquals(ENDPOINT, form.attr("data-json-endpoint"));
        }
        String html = Files.readString(pageWithForm(site));
        assertTrue(html.contains("data-token-endpoint=\"" + ENDPOINT + "/token?site=ferry&amp;x="), html);
        assertFalse(html.contains("\"<b>"), "the quote and the tag are escaped");
    }

    @Test
    void withoutTheOptionNoFormNamesATokenEndpoint() throws Exception {
        Path site = dir.resolve("site");
        MainTest.Run export = MainTest.run("", "export", MkDocsSiteTest.FERRY.toString(), "--out", site.toString(),
                "--endpoint", ENDPOINT);
        assertEquals(0, export.status(), export.err());
        List<Element> forms = forms(site);
        assertFalse(forms.isEmpty(), "the export has pages with forms");
        forms.forEach(form -> assertFalse(form.hasAttr("data-token-endpoint"), form.outerHtml()));
    }

    @Test
    void aTokenEndpointNeedsAnEndpointAndAnAddress() {
        MainTest.Run alone = MainTest.run("", "export", MkDocsSiteTest.FERRY.toString(), "--out",
                dir.resolve("a").toString(), "--token-endpoint", ENDPOINT + "/token");
        assertEquals(2, alone.status(), alone.err());
        assertTrue(alone.err().contains("--token-endpoint needs --endpoint"), alone.err());
        MainTest.Run script = MainTest.run("", "export", MkDocsSiteTest.FERRY.toString(), "--out",
                dir.resolve("b").toString(), "--endpoint", ENDPOINT, "--token-endpoint", "javascript:alert(1)");
        assertEquals(2, script.status(), script.err());
        assertTrue(script.err().contains("--token-endpoint must be an http or https address"), script.err());
    }

    private static List<Element> forms(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).flatMap(f -> {
                try {
                    return Jsoup.parse(f.toFile(), "UTF-8").select("form[data-json-endpoint]").stream();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Path pageWithForm(Path site) throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).filter(f -> {
                try {
                    return Files.readString(f).contains("data-json-endpoint");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow();
        }
    }
}
