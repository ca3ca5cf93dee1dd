package io.github.consultation.pages;

import io.github.consultation.render.FormState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each sample page (one per construct, and one per legacy form) against its reviewed golden
 * HTML. Regenerate after a deliberate change with
 * {@code mvn -pl consultation-pages test -Dtest=PageGoldenTest -Dgolden.update=true} and read the diff.
 */
class PageGoldenTest {
    private static final Path PAGES = Path.of("src/test/resources/io/github/consultation/pages/pages");
    private static final List<String> SAMPLES = List.of("every-construct", "front-matter", "duplicate-headings",
            "hostile-html", "shared-record", "older-minimal", "demonstration", "no-marker");

    @TestFactory
    Stream<DynamicTest> everySamplePageMatchesItsGoldenHtml() {
        boolean update = Boolean.getBoolean("golden.update");
        PageRenderer renderer = PageRenderer.create();
        return SAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String html = renderer.render(PageRendererTest.load(name)).html(FormState.blank("/" + name));
            Path golden = PAGES.resolve(name + ".html");
            if (update) {
                Files.writeString(golden, html, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "missing " + golden + "; generate it with -Dgolden.update=true");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html, name);
        }));
    }
}
