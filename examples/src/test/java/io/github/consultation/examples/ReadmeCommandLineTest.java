package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.consultation.validate.ReadmeTables;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** {@code validate} answers every JSON row of the README's "What is refused" table as it says. */
class ReadmeCommandLineTest {
    @TestFactory
    Stream<DynamicTest> everyRefusedJsonRowExitsOneOrTwoWithItsMessage() {
        return ReadmeTables.refused().stream().filter(ReadmeTables.Row::isJson)
                .map(row -> DynamicTest.dynamicTest(row.name(), () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    ByteArrayOutputStream err = new ByteArrayOutputStream();
                    int status = new Main(new ByteArrayInputStream(row.jsonBytes()),
                            new PrintStream(out, true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8)).run("validate", "-");
                    String answer = row.get("answer");
                    assertEquals(answer.equals("unreadable") ? 2 : 1, status);
                    String stderr = err.toString(StandardCharsets.UTF_8);
                    assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
                    JsonNode verdict = VerdictJson.mapper().readTree(out.toString(StandardCharsets.UTF_8));
                    if (answer.equals("spam")) {
                        assertEquals(true, verdict.get("spam").asBoolean());
                    } else {
                        assertEquals(row.get("message"), verdict.get("errors").get(0).get("message").asText());
                        assertEquals(row.get("code"), verdict.get("errors").get(0).get("code").asText());
                    }
                    if (answer.equals("unreadable")) {
                        assertEquals("consultation: " + row.get("message"), stderr.strip());
                    }
                }));
    }
}
