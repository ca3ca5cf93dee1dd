package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reflection list must be the seed form's, with its typographic apostrophes. */
class ReflectionTest {
    private static final List<String> SEED_REFLECTION_TEXTS = List.of(
            "I\u2019m enthusiastic about this",
            "I\u2019m unsure about this",
            "I disagree with this",
            "I have a general reflection on this",
            "I\u2019ve identified a specific issue with this",
            "Other");

    @Test
    void textsAreTheSeedOptionsInOrder() {
        assertEquals(SEED_REFLECTION_TEXTS, Arrays.stream(Reflection.values()).map(Reflection::text).toList());
    }

    @Test
    void foundByTextStraightApostropheOrCode() {
        assertEquals(Reflection.ENTHUSIASTIC, Reflection.find("I'm enthusiastic about this").orElseThrow());
        assertEquals(Reflection.SPECIFIC_ISSUE, Reflection.find("I've identified a specific issue with this").orElseThrow());
        assertEquals(Reflection.UNSURE, Reflection.find("unsure").orElseThrow());
        for (Reflection r : Reflection.values()) {
            assertEquals(r, Reflection.find(r.text()).orElseThrow());
            assertEquals(r, Reflection.find(r.code()).orElseThrow());
        }
    }

    @Test
    void unknownTextIsNotFound() {
        assertTrue(Reflection.find("I love it").isEmpty());
        assertTrue(Reflection.find("\u2014 Select (optional) \u2014").isEmpty());
    }
}
