package io.github.consultation.model.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds an enum option from its exact display text, the same text written with straight
 * apostrophes ({@code '}) in place of typographic ones ({@code ’}), or its stable code.
 *
 * @param <E> the option type
 */
public final class OptionIndex<E extends Enum<E>> {
    private static final char STRAIGHT = '\'';
    private static final char TYPOGRAPHIC = '\u2019';

    private final Map<String, E> bySpelling;

    private OptionIndex(Map<String, E> bySpelling) {
        this.bySpelling = bySpelling;
    }

    /** Indexes every constant of {@code type} by its text, its straight-apostrophe text and its code. */
    public static <E extends Enum<E>> OptionIndex<E> of(
            Class<E> type, Function<E, String> text, Function<E, String> code) {
        Map<String, E> bySpelling = new LinkedHashMap<>();
        for (E option : type.getEnumConstants()) {
            String t = text.apply(option);
            put(bySpelling, t, option);
            put(bySpelling, t.replace(TYPOGRAPHIC, STRAIGHT), option);
            put(bySpelling, code.apply(option), option);
        }
        return new OptionIndex<>(java.util.Collections.unmodifiableMap(bySpelling));
    }

    private static <E> void put(Map<String, E> bySpelling, String spelling, E option) {
        E previous = bySpelling.put(spelling, option);
        if (previous != null && previous != option) {
            throw new IllegalStateException("Two options share the spelling '" + spelling + "'");
        }
    }

    /** Returns the option spelt exactly {@code spelling}. */
    public Optional<E> find(String spelling) {
        return Optional.ofNullable(bySpelling.get(spelling));
    }

    /** Every accepted spelling, options in their order. */
    public List<String> spellings() {
        return List.copyOf(bySpelling.keySet());
    }
}
