package io.github.consultation.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Submission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The exact markup of every theme × variant × state, against reviewed golden files under
 * {@code src/test/resources/.../golden}. After a deliberate change to the markup, regenerate
 * them with {@code mvn -pl consultation-render test -Dtest=GoldenFormTest -Dgolden.update=true},
 * read the diff, and commit it with the change.
 */
class GoldenFormTest {
    private static final Path GOLDEN = Path.of("src/test/resources/io/github/consultation/render/golden");

    /** Values and errors as a reader might leave them, markup characters included. */
    static FormState failed() {
        Submission entered = Submission.of(Map.of(
                "summary", "Cost <b>&</b> \"time\"", "details", "\nFirst line\nSecond line",
                "role", "Local authority children\u2019s social care professional", "nature", "Other",
                "org", "O'Brien & Sons", "email", "not an address"));
        return FormState.failed("/shared-record?x=<1>", entered, List.of(
                new FieldError("summary", "too-short", "Summary must be 5 characters or more"),
                new FieldError("email", "format", "Enter an email address in the correct format, like name@example.com")));
    }

    static Map<String, FormState> states() {
        return Map.of("blank", FormState.blank("/shared-record"), "failed", failed(),
                "succeeded", FormState.succeeded("/shared-record"));
    }

    @TestFactory
    Stream<DynamicTest> everyThemeVariantAndStateMatchesItsGoldenFile() {
        boolean update = Boolean.getBoolean("golden.update");
        List<DynamicTest> tests = new ArrayList<>();
        for (Theme theme : Theme.builtIn()) {
            FormRenderer renderer = FormRenderer.builder().theme(theme).jsonEndpoint("/api/feedback").build();
            for (FormVariant variant : FormVariant.values()) {
                for (Map.Entry<String, FormState> state : states().entrySet()) {
                    String name = (theme.name() + "-" + variant + "-" + state.getKey()).toLowerCase(Locale.ROOT) + ".html";
                    tests.add(DynamicTest.dynamicTest(name, () -> check(name,
                            renderer.render(variant, state.getValue()), update)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String name, String html, boolean update) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (update) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, html, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "missing golden file " + file + "; generate it with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), html, name);
    }
}
