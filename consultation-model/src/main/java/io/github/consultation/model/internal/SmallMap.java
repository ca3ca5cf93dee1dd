package io.github.consultation.model.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An unmodifiable map of a few entries by text key: the keys a form's answers may have, fixed once
 * per form ({@link Keys}), and an array of this map's values beside them, null where a key has none;
 * looked up by comparing keys, not by hash. A validator makes the answers of every valid submission
 * into maps of a handful of entries; {@code Map.of} hashes each key and probes a table for it, and
 * checks that no key comes twice, on every submission (the profile of JSON to verdict put it at
 * about a tenth of Jackson's whole read); here the keys were checked once, and a lookup of so few is
 * a short scan. {@link io.github.consultation.model.Answers} keeps one as it is, as
 * {@code Map.copyOf} keeps a map of {@code Map.of}'s.
 *
 * <p>It behaves as {@code Map.of}'s maps do: no null key or value (asking for null throws
 * {@link NullPointerException}), every change refused with {@link UnsupportedOperationException},
 * {@code equals} and {@code hashCode} as {@link Map} defines them. Its iteration order is its keys'
 * order. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * SmallMap.Keys keys = SmallMap.Keys.of(List.of("summary", "details", "org"));
 * Map<String, String> texts = keys.map(new Object[] {"Too short", null, "Northshire Council"});
 * texts.size();        // 2
 * texts.get("org");    // "Northshire Council"
 * }</pre>
 *
 * @param <V> the type of its values
 */
public final class SmallMap<V> extends AbstractMap<String, V> {
    /** The most keys a map is kept so for; more are made into a {@code Map.ofEntries} map, which a scan would be slower than. */
    public static final int MAX_SIZE = 8;

    /** The keys' own array, never changed. */
    private final String[] keys;
    /** This map's own copy of the values, by the keys' index; null where a key has none. */
    private final Object[] values;
    private final int size;

    private SmallMap(String[] keys, Object[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    /**
     * The keys of the maps to make, in order: distinct, checked once. Immutable and safe to share
     * between threads.
     */
    public static final class Keys {
        private final String[] keys;

        private Keys(String[] keys) {
            this.keys = keys;
        }

        /**
         * The keys {@code keys}, in their order.
         *
         * @throws NullPointerException if one is null
         * @throws IllegalArgumentException if one is given twice
         */
        public static Keys of(List<String> keys) {
            String[] own = keys.toArray(new String[0]);
            for (int i = 0; i < own.length; i++) {
                Objects.requireNonNull(own[i], "key");
                for (int j = 0; j < i; j++) {
                    if (own[i].equals(own[j])) {
                        throw new IllegalArgumentException("duplicate key: " + own[i]);
                    }
                }
            }
            return new Keys(own);
        }

        /** How many keys there are. */
        public int size() {
            return keys.length;
        }

        /**
         * The unmodifiable map of each key to the value at its index in {@code values}, leaving out
         * a key whose value is null. The values are copied, so what the caller does with its array
         * afterwards changes nothing. A small map for up to {@link #MAX_SIZE} keys, a
         * {@code Map.ofEntries} map for more.
         *
         * @throws IllegalArgumentException if {@code values} is not as long as the keys
         * @throws ClassCastException if a value is not a {@code V}, when it is read
         */
        @SuppressWarnings("unchecked")
        public <V> Map<String, V> map(@Nullable Object[] values) {
            if (values.length != keys.length) {
                throw new IllegalArgumentException(values.length + " values for " + keys.length + " keys");
            }
            int size = 0;
            for (Object value : values) {
                if (value != null) {
                    size++;
                }
            }
            if (size == 0) {
                return Map.of();
            }
            if (keys.length > MAX_SIZE) {
                Map.Entry<String, V>[] entries = new Map.Entry[size];
                int e = 0;
                for (int i = 0; i < keys.length; i++) {
                    if (values[i] != null) {
                        entries[e++] = Map.entry(keys[i], (V) values[i]);
                    }
                }
                return Map.ofEntries(entries);
            }
            return new SmallMap<>(keys, values.clone(), size);
        }
    }

    /** The index of {@code key} if it has a value here, or -1. */
    private int index(Object key) {
        Objects.requireNonNull(key, "key");
        String[] k = keys;
        for (int i = 0; i < k.length; i++) {
            // Keys are most often the very strings the map was made with: the same object, no comparison of text.
            if (k[i] == key || k[i].equals(key)) {
                return values[i] == null ? -1 : i;
            }
        }
        return -1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable V get(Object key) {
        int i = index(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return index(key) >= 0;
    }

    @Override
    public boolean containsValue(Object value) {
        Objects.requireNonNull(value, "value");
        for (Object v : values) {
            if (v != null && v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super V> action) {
        Objects.requireNonNull(action, "action");
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                action.accept(keys[i], (V) values[i]);
            }
        }
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int next = skipAbsent(0);

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, V> entry = Map.entry(keys[next], (V) values[next]);
                        next = skipAbsent(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The first index from {@code i} on whose key has a value, or the number of keys. */
    private int skipAbsent(int i) {
        while (i < keys.length && values[i] == null) {
            i++;
        }
        return i;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < keys.length; i++) {
            if (values[i] != null) {
                h += keys[i].hashCode() ^ values[i].hashCode();
            }
        }
        return h;
    }

    // Every change is refused, as by Map.of's maps, even one that would change nothing.

    @Override
    public V put(String key, V value) {
        throw refused();
    }

    @Override
    public V remove(Object key) {
        throw refused();
    }

    @Override
    public void putAll(Map<? extends String, ? extends V> m) {
        throw refused();
    }

    @Override
    public void clear() {
        throw refused();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super V, ? extends V> function) {
        throw refused();
    }

    @Override
    public V putIfAbsent(String key, V value) {
        throw refused();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw refused();
    }

    @Override
    public boolean replace(String key, V oldValue, V newValue) {
        throw refused();
    }

    @Override
    public V replace(String key, V value) {
        throw refused();
    }

    @Override
    public V computeIfAbsent(String key, Function<? super String, ? extends V> mappingFunction) {
        throw refused();
    }

    @Override
    public V computeIfPresent(String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
        throw refused();
    }

    @Override
    public V compute(String key, BiFunction<? super String, ? super V, ? extends V> remappingFunction) {
        throw refused();
    }

    @Override
    public V merge(String key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw refused();
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("an unmodifiable map");
    }
}
