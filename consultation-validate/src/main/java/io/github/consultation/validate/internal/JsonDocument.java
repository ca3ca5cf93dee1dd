package io.github.consultation.validate.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A JSON submission as one streaming pass read it, before anyone knows which form it is for: the
 * members of its object in order (repeats kept), each with its token and text, and one level of
 * children for an object or array (a rating question's scores, a checklist's ticks); or the reason
 * it could not be read. What the form makes of it is {@link JsonBinder}'s to say.
 *
 * <p>The entries are kept flat, as a tape: each member, then its children, each child with its key
 * (none for an array's element); so that reading a submission makes a few arrays rather than an
 * object per value. Walk the members with {@code for (int i = 0; i < size(); i = next(i))}. Filled
 * by {@link JsonReader}, then immutable.
 */
public final class JsonDocument {
    private final @Nullable String unreadableCode;
    private final int bytes;
    private int size;
    private @Nullable String[] names;
    private JsonToken[] tokens;
    private @Nullable String[] texts;
    private int[] children;
    private int depth;
    private int longestNumber;

    private JsonDocument(@Nullable String unreadableCode, int bytes, int capacity) {
        this.unreadableCode = unreadableCode;
        this.bytes = bytes;
        this.names = new String[capacity];
        this.tokens = new JsonToken[capacity];
        this.texts = new String[capacity];
        this.children = new int[capacity];
    }

    /** A document being read, of {@code bytes} UTF-8 bytes. */
    static JsonDocument reading(int bytes) {
        return new JsonDocument(null, bytes, 16);
    }

    /** A document that could not be read, for the reason {@code code}. */
    static JsonDocument unreadable(String code, int bytes) {
        return new JsonDocument(code, bytes, 0);
    }

    /** Adds an entry; returns its index. */
    int add(@Nullable String name, JsonToken token, @Nullable String text) {
        if (size == tokens.length) {
            int capacity = size * 2;
            names = Arrays.copyOf(names, capacity);
            tokens = Arrays.copyOf(tokens, capacity);
            texts = Arrays.copyOf(texts, capacity);
            children = Arrays.copyOf(children, capacity);
        }
        names[size] = name;
        tokens[size] = token;
        texts[size] = text;
        return size++;
    }

    /** Says that the entry {@code index} has the {@code count} entries after it as its children. */
    void children(int index, int count) {
        children[index] = count;
    }

    /** Notes how deep the document nests and its longest number, as read. */
    void seen(int depth, int longestNumber) {
        this.depth = depth;
        this.longestNumber = longestNumber;
    }

    /** The code of the reason it could not be read, or null if it was. */
    public @Nullable String unreadableCode() {
        return unreadableCode;
    }

    /** How many entries there are, members and children. */
    public int size() {
        return size;
    }

    /** The entry after entry {@code i} and its children: the next member, for a member. */
    public int next(int i) {
        return i + 1 + children[i];
    }

    /** How many children entry {@code i} has (they are the entries just after it). */
    public int children(int i) {
        return children[i];
    }

    /** The name of entry {@code i}: a member's, an object child's key; null for an array's element. */
    public @Nullable String name(int i) {
        return names[i];
    }

    /** The first token of entry {@code i}. */
    public JsonToken token(int i) {
        return tokens[i];
    }

    /** The text of entry {@code i}, for a scalar; else null. */
    public @Nullable String text(int i) {
        return texts[i];
    }

    /** Its size in UTF-8 bytes. */
    public int bytes() {
        return bytes;
    }

    /** The deepest nesting of arrays and objects in it. */
    public int depth() {
        return depth;
    }

    /** The longest number in it, in characters. */
    public int longestNumber() {
        return longestNumber;
    }

    /** The text of the first member called {@code name}, if it is a string; else empty. */
    public String string(String name) {
        for (int i = 0; i < size; i = next(i)) {
            if (name.equals(names[i])) {
                String text = texts[i];
                return tokens[i] == JsonToken.VALUE_STRING && text != null ? text : "";
            }
        }
        return "";
    }
}
