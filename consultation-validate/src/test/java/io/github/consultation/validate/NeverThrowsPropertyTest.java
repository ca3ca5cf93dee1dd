package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Whatever arrives, the facade answers with a verdict and never throws. */
class NeverThrowsPropertyTest {
    private static final FeedbackValidator VALIDATOR = FeedbackValidator.create();
    private static final String[] NAMES = {"page", "nature", "summary", "details", "role", "org", "email", "hp_field",
        "tab", "form_token", "other"};

    private static void answered(Verdict v) {
        assertNotNull(v);
        assertFalse(v.isValid() && !v.errors().isEmpty());
        assertFalse(!v.isValid() && !v.isSpam() && v.errors().isEmpty());
    }

    @Test
    void anyStringAsJson() {
        qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 200))
                .checkAssert(s -> answered(VALIDATOR.validateJson(s)));
    }

    @Test
    void anyBytesAsJson() {
        Gen<byte[]> bytes = lists().of(integers().between(0, 255)).ofSizeBetween(0, 200).map(list -> {
            byte[] b = new byte[list.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = list.get(i).byteValue();
            }
            return b;
        });
        qt().withExamples(3000).forAll(bytes).checkAssert(b -> answered(VALIDATOR.validateJson(b)));
    }

    @Test
    void jsonObjectsWithAnyValues() {
        Gen<String> value = strings().allPossible().ofLengthBetween(0, 40);
        qt().withExamples(3000).forAll(integers().between(0, NAMES.length - 1), value, value, integers().between(0, 4))
                .checkAssert((name, a, b, shape) -> {
                    String quoted = "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    String v = switch (shape) {
                        case 0 -> quoted;
                        case 1 -> "[" + quoted + "]";
                        case 2 -> "{\"k\":" + quoted + "}";
                        case 3 -> "null";
                        default -> "12.5e3";
                    };
                    String json = "{\"" + NAMES[name] + "\":" + v + ",\"summary\":\"" + b.replace("\\", "\\\\")
                            .replace("\"", "\\\"") + "\",\"role\":\"x\"}";
                    answered(VALIDATOR.validateJson(json));
                    answered(VALIDATOR.validateJson(json.getBytes(StandardCharsets.UTF_8)));
                });
    }

    @Test
    void anyFormFields() {
        Gen<String> text = strings().allPossible().ofLengthBetween(0, 40);
        qt().withExamples(3000).forAll(integers().between(0, NAMES.length - 1), text, text, integers().between(0, 3))
                .checkAssert((name, a, b, shape) -> {
                    Map<String, List<String>> fields = new HashMap<>();
                    fields.put(NAMES[name], switch (shape) {
                        case 0 -> List.of(a);
                        case 1 -> List.of(a, b);
                        case 2 -> List.of();
                        default -> java.util.Arrays.asList((String) null);
                    });
                    fields.put("summary", List.of(b));
                    fields.put(a, List.of(b));
                    answered(VALIDATOR.validateForm(fields));
                });
    }
}
