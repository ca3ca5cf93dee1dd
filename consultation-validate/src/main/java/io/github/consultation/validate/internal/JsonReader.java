package io.github.consultation.validate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.consultation.validate.ErrorCodes;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON submission in one streaming pass (Jackson's parser, under limits on size, nesting
 * and number length) into a {@link JsonDocument}, whatever form it is for, so that the form, the
 * page and the language can be known before anything is validated. Immutable and safe to share
 * between threads.
 */
public final class JsonReader {
    private final JsonFactory factory;
    private final int maxBytes;
    private final int maxDepth;
    private final int maxNumberLength;

    /**
     * A reader refusing documents over {@code maxBytes} bytes, nested deeper than {@code maxDepth},
     * or holding numbers of more than {@code maxNumberLength} characters.
     */
    public JsonReader(int maxBytes, int maxDepth, int maxNumberLength) {
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.maxNumberLength = maxNumberLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(maxNumberLength)
                        .maxStringLength(Math.max(maxBytes, 1))
                        .build())
                .build();
    }

    /** The size limit in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /** A reader whose every limit is the larger of this one's and {@code other}'s. */
    public JsonReader loosest(JsonReader other) {
        return new JsonReader(Math.max(maxBytes, other.maxBytes), Math.max(maxDepth, other.maxDepth),
                Math.max(maxNumberLength, other.maxNumberLength));
    }

    /**
     * The reason {@code document} (read by a reader whose limits may be looser) breaks this one's
     * limits, or null if it keeps them.
     */
    public @Nullable String refusal(JsonDocument document) {
        if (document.bytes() > maxBytes) {
            return ErrorCodes.TOO_LARGE;
        }
        if (document.unreadableCode() != null) {
            return document.unreadableCode();
        }
        if (document.depth() > maxDepth) {
            return ErrorCodes.TOO_DEEP;
        }
        return document.longestNumber() > maxNumberLength ? ErrorCodes.NUMBER_TOO_LONG : null;
    }

    /** Reads UTF-8 bytes; bytes that are not well-formed UTF-8 are refused as a whole. */
    public JsonDocument read(byte[] bytes) {
        if (bytes.length > maxBytes) {
            return JsonDocument.unreadable(ErrorCodes.TOO_LARGE, bytes.length);
        }
        if (!Utf8.isWellFormed(bytes)) {
            return JsonDocument.unreadable(ErrorCodes.INVALID_ENCODING, bytes.length);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return read(factory.createParser(bytes, offset, bytes.length - offset), bytes.length);
        } catch (IOException e) {
            return JsonDocument.unreadable(ErrorCodes.UNREADABLE, bytes.length);
        }
    }

    /** Reads a document already decoded to characters. */
    public JsonDocument read(String json) {
        long length = Utf8.length(json);
        if (length > maxBytes) {
            return JsonDocument.unreadable(ErrorCodes.TOO_LARGE, (int) Math.min(length, Integer.MAX_VALUE));
        }
        char[] chars = json.toCharArray();
        int offset = chars.length > 0 && chars[0] == '\uFEFF' ? 1 : 0;
        try {
            return read(factory.createParser(chars, offset, chars.length - offset), (int) length);
        } catch (IOException e) {
            return JsonDocument.unreadable(ErrorCodes.UNREADABLE, (int) length);
        }
    }

    /** What the pass has seen so far of the document's depth and numbers. */
    private static final class Seen {
        int depth;
        int longestNumber;

        void number(JsonParser p) throws IOException {
            longestNumber = Math.max(longestNumber, p.getTextLength());
        }
    }

    private static JsonDocument read(JsonParser parser, int bytes) {
        Seen seen = new Seen();
        try (JsonParser p = parser) {
            JsonToken token = p.nextToken();
            if (token == null) {
                return JsonDocument.unreadable(ErrorCodes.EMPTY, bytes);
            }
            if (token != JsonToken.START_OBJECT) {
                return JsonDocument.unreadable(ErrorCodes.NOT_AN_OBJECT, bytes);
            }
            seen.depth = 1;
            JsonDocument document = JsonDocument.reading(bytes);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                entry(p, document, name, p.nextToken(), 1, seen);
            }
            if (p.nextToken() != null) {
                return JsonDocument.unreadable(ErrorCodes.NOT_JSON, bytes);
            }
            document.seen(seen.depth, seen.longestNumber);
            return document;
        } catch (StreamConstraintsException e) {
            return JsonDocument.unreadable(constraintCode(e), bytes);
        } catch (JsonParseException e) {
            return JsonDocument.unreadable(ErrorCodes.NOT_JSON, bytes);
        } catch (IOException e) {
            return JsonDocument.unreadable(ErrorCodes.UNREADABLE, bytes);
        }
    }

    /**
     * Adds the entry whose first token {@code value} the parser is at, inside containers
     * {@code depth} deep: a scalar with its text; an object or array with its children after it if
     * it is at the top level, else only its token (read past).
     */
    private static void entry(JsonParser p, JsonDocument document, @Nullable String name, JsonToken value, int depth,
            Seen seen) throws IOException {
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            seen.depth = Math.max(seen.depth, depth + 1);
            int index = document.add(name, value, null);
            if (depth > 1) {
                skip(p, depth + 1, seen);
                return;
            }
            boolean object = value == JsonToken.START_OBJECT;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (object) {
                    String key = p.currentName();
                    entry(p, document, key, p.nextToken(), depth + 1, seen);
                } else {
                    entry(p, document, null, t, depth + 1, seen);
                }
            }
            document.children(index, document.size() - index - 1);
            return;
        }
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            seen.number(p);
        }
        document.add(name, value, p.getText());
    }

    /** Reads past the rest of a container that is {@code depth} deep, noting its depth and numbers. */
    private static void skip(JsonParser p, int depth, Seen seen) throws IOException {
        int open = 1;
        int level = depth;
        while (open > 0) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return;
            }
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                open++;
                level++;
                seen.depth = Math.max(seen.depth, level);
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                open--;
                level--;
            } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                seen.number(p);
            }
        }
    }

    private static String constraintCode(StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("nesting depth")) {
            return ErrorCodes.TOO_DEEP;
        }
        if (message.contains("Number value length")) {
            return ErrorCodes.NUMBER_TOO_LONG;
        }
        return ErrorCodes.TOO_LARGE;
    }
}
