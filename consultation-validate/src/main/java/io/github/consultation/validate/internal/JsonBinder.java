package io.github.consultation.validate.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.consultation.model.Option;
import io.github.consultation.model.RatingQuestion;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.consultation.validate.ErrorCodes;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the JSON object the existing site's script sends into a {@link RawSubmission}, with
 * Jackson's streaming parser under limits on size, nesting and number length. Immutable and
 * safe to share between threads.
 */
public final class JsonBinder {
    private final JsonFactory factory;
    private final int maxBytes;

    /**
     * A binder refusing documents over {@code maxBytes} bytes, nested deeper than
     * {@code maxDepth}, or holding numbers of more than {@code maxNumberLength} characters.
     */
    public JsonBinder(int maxBytes, int maxDepth, int maxNumberLength) {
        this.maxBytes = maxBytes;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxNumberLength(maxNumberLength)
                        .maxStringLength(Math.max(maxBytes, 1))
                        .build())
                .build();
    }

    private static final JsonFactory PEEK = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build()).build();

    /**
     * The top-level {@code "tab"} of a JSON submission, which says which form it is, or empty when
     * it has none or cannot be read (the validator then says why, in full).
     */
    public static String peekTab(byte[] bytes) {
        try (JsonParser p = PEEK.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return "";
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals(FieldNames.TAB)) {
                    return value == JsonToken.VALUE_STRING ? p.getText().strip() : "";
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return "";
    }

    /** The size limit in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * Binds UTF-8 bytes; bytes that are not well-formed UTF-8 are refused as a whole. Names the
     * form does not know ({@code shape}) are refused one by one.
     */
    public RawSubmission bind(byte[] bytes, FieldNames.Shape shape) {
        if (bytes.length > maxBytes) {
            return RawSubmission.unreadableBecause(ErrorCodes.TOO_LARGE);
        }
        if (!Utf8.isWellFormed(bytes)) {
            return RawSubmission.unreadableBecause(ErrorCodes.INVALID_ENCODING);
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return parse(factory.createParser(bytes, offset, bytes.length - offset), shape);
        } catch (IOException e) {
            return RawSubmission.unreadableBecause(ErrorCodes.UNREADABLE);
        }
    }

    /** Binds a document already decoded to characters. */
    public RawSubmission bind(String json, FieldNames.Shape shape) {
        if (utf8LengthExceeds(json, maxBytes)) {
            return RawSubmission.unreadableBecause(ErrorCodes.TOO_LARGE);
        }
        return parse(json.toCharArray(), 0, json.length(), shape);
    }

    private static boolean utf8LengthExceeds(String s, int limit) {
        if (s.length() > limit) {
            return true;
        }
        if ((long) s.length() * 3 <= limit) {
            return false;
        }
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes > limit;
    }

    private RawSubmission parse(char[] chars, int offset, int length, FieldNames.Shape shape) {
        if (offset < offset + length && chars[offset] == '\uFEFF') {
            offset++;
            length--;
        }
        try {
            return parse(factory.createParser(chars, offset, length), shape);
        } catch (IOException e) {
            return RawSubmission.unreadableBecause(ErrorCodes.UNREADABLE);
        }
    }

    private RawSubmission parse(JsonParser parser, FieldNames.Shape shape) {
        RawSubmission raw = new RawSubmission();
        try (JsonParser p = parser) {
            JsonToken token = p.nextToken();
            if (token == null) {
                raw.unreadable(ErrorCodes.EMPTY);
                return raw;
            }
            if (token != JsonToken.START_OBJECT) {
                raw.unreadable(ErrorCodes.NOT_AN_OBJECT);
                return raw;
            }
            readFields(p, raw, shape);
            if (p.nextToken() != null) {
                raw.unreadable(ErrorCodes.NOT_JSON);
            }
        } catch (StreamConstraintsException e) {
            raw.unreadable(constraintCode(e));
        } catch (JsonParseException e) {
            raw.unreadable(ErrorCodes.NOT_JSON);
        } catch (IOException e) {
            raw.unreadable(ErrorCodes.UNREADABLE);
        }
        return raw;
    }

    private static void readFields(JsonParser p, RawSubmission raw, FieldNames.Shape shape) throws IOException {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            boolean first = seen.add(name);
            if (!shape.known().contains(name)) {
                if (first) {
                    raw.problem(FieldNames.echoable(name), ErrorCodes.UNKNOWN_FIELD);
                }
                p.skipChildren();
            } else if (name.equals(FieldNames.HONEYPOT)) {
                readHoneypot(p, value, raw);
            } else if (!first) {
                raw.problem(name, ErrorCodes.REPEATED);
                p.skipChildren();
            } else if (shape.accepted(name)) {
                p.skipChildren(); // read and dropped: the form has no such question
            } else if (shape.rating(name).isPresent()) {
                readScores(p, value, raw, shape.rating(name).get(), shape);
            } else if (shape.checklist(name)) {
                readTicked(p, value, raw, name, shape);
            } else if (value != JsonToken.VALUE_STRING) {
                raw.problem(name, ErrorCodes.WRONG_TYPE);
                p.skipChildren();
            } else {
                raw.put(name, p.getText());
            }
        }
    }

    /**
     * A rating question's object of scores, as the existing site's script sends it: each item by its
     * text (or code), its score a number or a string of one, an item left unscored absent or null.
     */
    private static void readScores(JsonParser p, JsonToken value, RawSubmission raw, RatingQuestion q,
            FieldNames.Shape shape) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            raw.problem(q.name(), ErrorCodes.WRONG_TYPE);
            p.skipChildren();
            return;
        }
        Set<String> scored = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken score = p.nextToken();
            java.util.Optional<Option> item = shape.definition().option(q.name(), key);
            if (item.isEmpty()) {
                raw.problem(q.name(), ErrorCodes.UNKNOWN_ITEM, FieldNames.echoable(key));
                p.skipChildren();
                continue;
            }
            String control = q.controlName(item.get());
            if (!scored.add(control)) {
                raw.problem(control, ErrorCodes.REPEATED);
                p.skipChildren(); // a score sent as a list or object is read past, not taken for fields
            } else if (score == JsonToken.VALUE_NUMBER_INT || score == JsonToken.VALUE_STRING) {
                raw.put(control, p.getText());
            } else if (score == JsonToken.VALUE_NUMBER_FLOAT) {
                raw.problem(control, ErrorCodes.NOT_ON_SCALE);
            } else if (score != JsonToken.VALUE_NULL) {
                raw.problem(control, ErrorCodes.WRONG_TYPE);
                p.skipChildren();
            }
        }
    }

    /** A checklist's array of ticked options, each by its text (or {@code "<heading>: <text>"}, or code). */
    private static void readTicked(JsonParser p, JsonToken value, RawSubmission raw, String name,
            FieldNames.Shape shape) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            raw.problem(name, ErrorCodes.WRONG_TYPE);
            p.skipChildren();
            return;
        }
        List<String> ticked = new ArrayList<>();
        for (JsonToken element = p.nextToken(); element != JsonToken.END_ARRAY; element = p.nextToken()) {
            if (element != JsonToken.VALUE_STRING) {
                raw.problem(name, ErrorCodes.WRONG_TYPE);
                p.skipChildren();
                continue;
            }
            java.util.Optional<Option> option = shape.definition().option(name, p.getText().strip());
            if (option.isEmpty()) {
                raw.problem(name, ErrorCodes.UNKNOWN_OPTION, FieldNames.echoable(p.getText()));
            } else if (!ticked.contains(option.get().code())) {
                ticked.add(option.get().code());
            }
        }
        raw.putList(name, ticked);
    }

    /** Any honeypot value other than an empty string means a bot filled it. */
    private static void readHoneypot(JsonParser p, JsonToken value, RawSubmission raw) throws IOException {
        String text = value == JsonToken.VALUE_STRING ? p.getText() : value.name();
        p.skipChildren();
        if (!text.isEmpty()) {
            raw.put(FieldNames.HONEYPOT, text);
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
