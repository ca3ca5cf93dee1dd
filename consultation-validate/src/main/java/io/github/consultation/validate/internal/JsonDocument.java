package io.github.consultation.validate.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON submission as one streaming pass read it, before anyone knows which form it is for: the
 * members of its object in order (repeats kept), each with its token and text, and one level of
 * children for an object or array (a rating question's scores, a checklist's ticks); or the reason
 * it could not be read. What the form makes of it is {@link JsonBinder}'s to say. Immutable.
 */
public final class JsonDocument {
    /**
     * One member: its name ({@code null} for an array's element), its first token, its text for a
     * scalar, and for an object or array at the top level its children (deeper ones are only named
     * by their token).
     */
    public record Member(@Nullable String name, JsonToken token, @Nullable String text, List<Member> children) {
    }

    private final @Nullable String unreadableCode;
    private final List<Member> members;
    private final int bytes;
    private final int depth;
    private final int longestNumber;

    JsonDocument(@Nullable String unreadableCode, List<Member> members, int bytes, int depth, int longestNumber) {
        this.unreadableCode = unreadableCode;
        this.members = members;
        this.bytes = bytes;
        this.depth = depth;
        this.longestNumber = longestNumber;
    }

    /** A document that could not be read, for the reason {@code code}. */
    static JsonDocument unreadable(String code, int bytes) {
        return new JsonDocument(code, List.of(), bytes, 0, 0);
    }

    /** The code of the reason it could not be read, or null if it was. */
    public @Nullable String unreadableCode() {
        return unreadableCode;
    }

    /** The members of its object, in order. */
    public List<Member> members() {
        return members;
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
        for (Member m : members) {
            if (name.equals(m.name())) {
                return m.token() == JsonToken.VALUE_STRING && m.text() != null ? m.text() : "";
            }
        }
        return "";
    }
}
