package io.github.consultation.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.consultation.model.Answers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A small map behaves as {@code Map.of}'s map of the same entries, and {@link Answers} keeps it. */
class SmallMapTest {
    private static final List<String> NAMES = List.of("q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10");

    /** Generated: how many of the names are keys, and which of those have a value (0 for none). */
    @Test
    void behavesAsAMapOfTheSameEntries() {
        qt().withExamples(20_000).forAll(integers().between(0, NAMES.size()), lists().of(integers().between(0, 3))
                .ofSizeBetween(NAMES.size(), NAMES.size()))
                .checkAssert((keyCount, picks) -> {
                    SmallMap.Keys keys = SmallMap.Keys.of(NAMES.subList(0, keyCount));
                    Object[] values = new Object[keyCount];
                    Map<String, String> expected = new LinkedHashMap<>();
                    for (int i = 0; i < keyCount; i++) {
                        if (picks.get(i) > 0) {
                            values[i] = "v" + picks.get(i);
                            expected.put(NAMES.get(i), "v" + picks.get(i));
                        }
                    }
                    Map<String, String> map = keys.map(values);
                    if (keyCount > 0) {
                        values[0] = "changed afterwards";
                    }
                    assertEquals(expected, map);
                    assertEquals(map, expected);
                    assertEquals(expected.hashCode(), map.hashCode());
                    assertEquals(Map.copyOf(expected), Map.copyOf(map));
                    assertEquals(expected.size(), map.size());
                    assertEquals(expected.isEmpty(), map.isEmpty());
                    for (String key : NAMES) {
                        assertEquals(expected.get(key), map.get(key), key);
                        assertEquals(expected.containsKey(key), map.containsKey(key), key);
                        // A key equal to one of the keys but not the same object is found as well.
                        assertEquals(expected.get(key), map.get(new String(key)), key);
                    }
                    for (String value : List.of("v1", "v2", "v3", "changed afterwards")) {
                        assertEquals(expected.containsValue(value), map.containsValue(value), value);
                    }
                    List<String> seen = new ArrayList<>();
                    map.forEach((k, v) -> seen.add(k + "=" + v));
                    List<String> iterated = new ArrayList<>();
                    map.entrySet().forEach(e -> iterated.add(e.getKey() + "=" + e.getValue()));
                    List<String> wanted = new ArrayList<>();
                    expected.forEach((k, v) -> wanted.add(k + "=" + v));
                    if (keyCount <= SmallMap.MAX_SIZE) {
                        // In the keys' order (past MAX_SIZE, Map.ofEntries's order).
                        assertEquals(wanted, seen);
                        assertEquals(wanted, iterated);
                        assertEquals(expected.toString(), map.toString());
                    } else {
                        assertEquals(Set.copyOf(wanted), Set.copyOf(seen));
                        assertEquals(Set.copyOf(wanted), Set.copyOf(iterated));
                    }
                });
    }

    @Test
    void refusesWhatMapOfRefuses() {
        assertThrows(IllegalArgumentException.class, () -> SmallMap.Keys.of(List.of("a", "b", "a")));
        assertThrows(IllegalArgumentException.class, () -> SmallMap.Keys.of(List.of("a", new String("a"))));
        assertThrows(NullPointerException.class, () -> SmallMap.Keys.of(java.util.Arrays.asList("a", null)));
        assertThrows(IllegalArgumentException.class, () -> SmallMap.Keys.of(List.of("a")).map(new Object[2]));
        Map<String, String> small = SmallMap.Keys.of(List.of("a", "b")).map(new Object[] {"1", null});
        assertThrows(NullPointerException.class, () -> small.get(null));
        assertThrows(NullPointerException.class, () -> small.containsKey(null));
        assertThrows(NullPointerException.class, () -> small.containsValue(null));
        assertNull(small.get("b"));
        assertFalse(small.containsKey("b"));
        assertThrows(java.util.NoSuchElementException.class, () -> {
            var it = small.entrySet().iterator();
            it.next();
            it.next();
        });
        assertThrows(UnsupportedOperationException.class, () -> small.put("b", "2"));
        assertThrows(UnsupportedOperationException.class, () -> small.remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> small.remove("a", "1"));
        assertThrows(UnsupportedOperationException.class, small::clear);
        assertThrows(UnsupportedOperationException.class, () -> small.putAll(Map.of()));
        assertThrows(UnsupportedOperationException.class, () -> small.putIfAbsent("a", "1"));
        assertThrows(UnsupportedOperationException.class, () -> small.replace("a", "2"));
        assertThrows(UnsupportedOperationException.class, () -> small.replace("a", "1", "2"));
        assertThrows(UnsupportedOperationException.class, () -> small.replaceAll((k, v) -> v));
        assertThrows(UnsupportedOperationException.class, () -> small.computeIfAbsent("b", k -> "2"));
        assertThrows(UnsupportedOperationException.class, () -> small.computeIfPresent("a", (k, v) -> "2"));
        assertThrows(UnsupportedOperationException.class, () -> small.compute("a", (k, v) -> "2"));
        assertThrows(UnsupportedOperationException.class, () -> small.merge("a", "2", (x, y) -> y));
        assertThrows(UnsupportedOperationException.class, () -> small.entrySet().iterator().next().setValue("2"));
        assertThrows(UnsupportedOperationException.class, () -> small.keySet().remove("a"));
        assertThrows(UnsupportedOperationException.class, () -> small.values().clear());
        assertEquals(Map.of("a", "1"), small);
    }

    @Test
    void answersKeepASmallMapAndCopyAnyOther() {
        Map<String, String> texts = SmallMap.Keys.of(List.of("summary", "details")).map(new Object[] {"Too short", null});
        Map<String, String> plain = new HashMap<>(Map.of("summary", "Too short"));
        Answers kept = new Answers("Feedback", "/p", texts, Map.of(), Map.of(), Map.of());
        Answers copied = new Answers("Feedback", "/p", plain, Map.of(), Map.of(), Map.of());
        assertSame(texts, kept.texts());
        assertNotSame(plain, copied.texts());
        plain.put("org", "changed");
        assertEquals(Map.of("summary", "Too short"), copied.texts());
        assertEquals(kept, copied);
        assertEquals(kept.hashCode(), copied.hashCode());
    }
}
