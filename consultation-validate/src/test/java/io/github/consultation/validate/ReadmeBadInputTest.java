package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.Submission;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every row of the README's validation tables, run through the validator. */
class ReadmeBadInputTest {
    private static final FeedbackValidator VALIDATOR = FeedbackValidator.create();

    private static Verdict verdictOf(ReadmeTables.Row row) {
        return row.isJson() ? VALIDATOR.validateJson(row.jsonBytes()) : VALIDATOR.validateForm(row.formFields());
    }

    @Test
    void theTablesAreThere() {
        assertFalse(ReadmeTables.refused().size() < 40, "refused rows");
        assertFalse(ReadmeTables.cleaned().size() < 10, "cleaned rows");
    }

    @TestFactory
    Stream<DynamicTest> everyRefusedRowGetsItsAnswer() {
        return ReadmeTables.refused().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            Verdict verdict = verdictOf(row);
            assertEquals(row.get("answer"), verdict.status().name().toLowerCase(Locale.ROOT), verdict.toString());
            String field = row.get("field").equals("—") ? FieldError.WHOLE_SUBMISSION : row.get("field");
            if (verdict.isSpam()) {
                assertEquals(row.get("code"), verdict.spamReason().orElseThrow());
            } else {
                assertEquals(List.of(new FieldError(field, row.get("code"), row.get("message"))), verdict.errors());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyCleanedRowIsAcceptedAsDescribed() {
        return ReadmeTables.cleaned().stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            Verdict verdict = verdictOf(row);
            assertEquals(Verdict.Status.VALID, verdict.status(), verdict.toString());
            String answer = row.get("answer");
            if (answer.startsWith("valid, ")) {
                String rest = answer.substring("valid, ".length());
                String property = rest.substring(0, rest.indexOf(' '));
                String expected = rest.substring(rest.indexOf('`') + 1, rest.lastIndexOf('`'))
                        .replace("\\n", "\n").replace("\\t", "\t");
                FeedbackField field = Stream.of(FeedbackField.values())
                        .filter(f -> f.formName().equals(property) || f.name().equalsIgnoreCase(property))
                        .findFirst().orElseThrow();
                assertEquals(expected, Submission.of(verdict.feedback().orElseThrow()).value(field));
            }
        }));
    }
}
