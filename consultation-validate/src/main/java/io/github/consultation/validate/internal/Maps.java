package io.github.consultation.validate.internal;

import java.util.Map;

/**
 * Unmodifiable maps made straight from their keys and values, without the entries and lists a
 * builder would make first: the answers of every valid submission are made so. Stateless.
 */
final class Maps {
    private Maps() {
    }

    /**
     * The unmodifiable map of the first {@code count} pairs of {@code pairs} (key, value, key,
     * value, ...), all of them keys of type {@link String} and values of type {@code V}, no key twice.
     */
    @SuppressWarnings("unchecked")
    static <V> Map<String, V> of(Object[] pairs, int count) {
        return switch (count) {
            case 0 -> Map.of();
            case 1 -> Map.of(k(pairs, 0), (V) pairs[1]);
            case 2 -> Map.of(k(pairs, 0), (V) pairs[1], k(pairs, 1), (V) pairs[3]);
            case 3 -> Map.of(k(pairs, 0), (V) pairs[1], k(pairs, 1), (V) pairs[3], k(pairs, 2), (V) pairs[5]);
            case 4 -> Map.of(k(pairs, 0), (V) pairs[1], k(pairs, 1), (V) pairs[3], k(pairs, 2), (V) pairs[5],
                    k(pairs, 3), (V) pairs[7]);
            case 5 -> Map.of(k(pairs, 0), (V) pairs[1], k(pairs, 1), (V) pairs[3], k(pairs, 2), (V) pairs[5],
                    k(pairs, 3), (V) pairs[7], k(pairs, 4), (V) pairs[9]);
            case 6 -> Map.of(k(pairs, 0), (V) pairs[1], k(pairs, 1), (V) pairs[3], k(pairs, 2), (V) pairs[5],
                    k(pairs, 3), (V) pairs[7], k(pairs, 4), (V) pairs[9], k(pairs, 5), (V) pairs[11]);
            default -> {
                Map.Entry<String, V>[] entries = new Map.Entry[count];
                for (int i = 0; i < count; i++) {
                    entries[i] = Map.entry(k(pairs, i), (V) pairs[2 * i + 1]);
                }
                yield Map.ofEntries(entries);
            }
        };
    }

    private static String k(Object[] pairs, int i) {
        return (String) pairs[2 * i];
    }
}
