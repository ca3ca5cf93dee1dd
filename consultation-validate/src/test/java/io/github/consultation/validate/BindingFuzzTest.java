package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzz targets for the JSON and form binding. {@code mvn verify} runs them in
 * regression mode on the committed seed corpus under {@code BindingFuzzTestInputs}; to fuzz,
 * run with {@code JAZZER_FUZZ=1 mvn -pl consultation-validate test -Dtest=BindingFuzzTest}.
 */
class BindingFuzzTest {
    private static final FeedbackValidator VALIDATOR = FeedbackValidator.create();
    private static final String[] NAMES = {"page", "nature", "summary", "details", "role", "org", "email", "hp_field",
        "tab", "form_token", "_csrf"};

    private static void wellFormed(Verdict verdict) {
        assertNotNull(verdict);
        assertFalse(verdict.isValid() && verdict.feedback().isEmpty());
        assertFalse(verdict.status() == Verdict.Status.INVALID && verdict.errors().isEmpty());
        verdict.feedback().ifPresent(f -> assertFalse(f.summary().isBlank()));
    }

    @FuzzTest
    void jsonBinding(byte[] data) {
        wellFormed(VALIDATOR.validateJson(data));
    }

    @FuzzTest
    void formBinding(FuzzedDataProvider data) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count; i++) {
            String name = data.consumeBoolean() ? NAMES[data.consumeInt(0, NAMES.length - 1)] : data.consumeString(20);
            List<String> values = new ArrayList<>();
            int n = data.consumeInt(0, 3);
            for (int j = 0; j < n; j++) {
                values.add(data.consumeBoolean() ? null : data.consumeString(400));
            }
            fields.put(name, values);
        }
        wellFormed(VALIDATOR.validateForm(fields));
    }
}
