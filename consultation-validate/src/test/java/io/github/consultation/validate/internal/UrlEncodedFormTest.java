package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlEncodedFormTest {
    private static Optional<Map<String, List<String>>> parse(String body) {
        return UrlEncodedForm.parse(body.getBytes(StandardCharsets.US_ASCII), 10);
    }

    @Test
    void decodesPlusPercentAndUtf8() {
        assertEquals(Map.of("summary", List.of("I\u2019m sure & glad"), "role", List.of("")),
                parse("summary=I%E2%80%99m+sure+%26+glad&role=").orElseThrow());
    }

    @Test
    void keepsRepeatedNamesInOrder() {
        assertEquals(List.of("a", "b"), parse("x=a&x=b").orElseThrow().get("x"));
    }

    @Test
    void aNameWithoutEqualsHasAnEmptyValue() {
        assertEquals(Map.of("flag", List.of("")), parse("flag&&").orElseThrow());
    }

    @Test
    void refusesBrokenEscapesBadUtf8AndTooManyFields() {
        assertTrue(parse("x=%4").isEmpty());
        assertTrue(parse("x=%zz").isEmpty());
        assertTrue(parse("x=%C3%28").isEmpty());
        assertTrue(parse("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11").isEmpty());
    }
}
