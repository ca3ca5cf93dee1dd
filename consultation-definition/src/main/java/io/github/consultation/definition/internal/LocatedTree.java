package io.github.consultation.definition.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML or JSON document read into a small tree whose every node knows its line and column, so
 * that a problem found in it can say where it is. Read token by token with Jackson's streaming
 * parsers; a key given twice is a problem, never silently the last one.
 */
public final class LocatedTree {
    /** A value of the document and where it starts. */
    public static final class Node {
        private final Object value;
        private final int line;
        private final int column;

        Node(Object value, int line, int column) {
            this.value = value;
            this.line = line;
            this.column = column;
        }

        /** The line, from 1. */
        public int line() {
            return line;
        }

        /** The column, from 1. */
        public int column() {
            return column;
        }

        /** Whether this is a mapping of keys to nodes. */
        public boolean isMap() {
            return value instanceof Map;
        }

        /** Whether this is a list of nodes. */
        public boolean isList() {
            return value instanceof List;
        }

        /** Whether this is a scalar: text, a number or a boolean. */
        public boolean isScalar() {
            return value instanceof String || value instanceof Number || value instanceof Boolean;
        }

        /** Whether this is a scalar written as text (not a number or a boolean). */
        public boolean isText() {
            return value instanceof String;
        }

        /** Whether this is empty: {@code null} or nothing at all. */
        public boolean isNull() {
            return value == null;
        }

        /** The mapping, keys in document order; empty if this is no mapping. */
        @SuppressWarnings("unchecked")
        public Map<String, Entry> map() {
            return isMap() ? (Map<String, Entry>) value : Map.of();
        }

        /** The list; empty if this is no list. */
        @SuppressWarnings("unchecked")
        public List<Node> list() {
            return isList() ? (List<Node>) value : List.of();
        }

        /** The scalar as text, if this is one. */
        public Optional<String> text() {
            return isScalar() ? Optional.of(String.valueOf(value)) : Optional.empty();
        }

        /** The scalar, if it is a whole number. */
        public Optional<Long> number() {
            return value instanceof Long || value instanceof Integer ? Optional.of(((Number) value).longValue())
                    : Optional.empty();
        }

        /** The scalar, if it is a boolean. */
        public Optional<Boolean> bool() {
            return value instanceof Boolean ? Optional.of((Boolean) value) : Optional.empty();
        }

        /** The node under {@code key}, if this is a mapping that has it. */
        public Optional<Node> get(String key) {
            Entry e = map().get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }

        /** What kind of value this is, in words: "a list", "text", ... */
        public String kind() {
            return isMap() ? "a mapping" : isList() ? "a list" : value == null ? "empty" : value instanceof Boolean
                    ? "true or false" : value instanceof Number ? "a number" : "text";
        }
    }

    /** A key of a mapping, where the key stands, and its value. */
    public record Entry(String key, int line, int column, Node value) {
    }

    /** A problem met while reading: where and what. */
    public record Problem(int line, int column, String message) {
    }

    /** The document's root (empty if the document is), and the problems met reading it. */
    public record Result(Node root, List<Problem> problems) {
    }

    private LocatedTree() {
    }

    /** Reads {@code text} as YAML ({@code yaml} true) or JSON. Never throws: a document it cannot read is a problem. */
    public static Result read(String text, boolean yaml) {
        JsonFactory factory = yaml ? new YAMLFactory() : new JsonFactory();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Result(new Node(null, 1, 1), problems);
            }
            Node root = node(p, problems);
            return new Result(root, problems);
        } catch (MarkedYAMLException e) {
            // The parser's own words for what it expected, where it found something else, and what
            // it was reading then and from where: a missing '}' is found on a later line.
            Mark at = e.getProblemMark();
            StringBuilder message = new StringBuilder("the YAML cannot be read here: ").append(e.getProblem());
            if (e.getContext() != null && e.getContextMark() != null) {
                message.append(" (").append(e.getContext()).append(" that starts at line ")
                        .append(e.getContextMark().getLine() + 1).append(", column ").append(e.getContextMark().getColumn() + 1)
                        .append(')');
            }
            message.append("; correct the YAML there or just before it");
            problems.add(new Problem(at == null ? 1 : at.getLine() + 1, at == null ? 1 : at.getColumn() + 1,
                    message.toString()));
            return new Result(new Node(null, 1, 1), problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().split("\n")[0];
            problems.add(new Problem(at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "the " + (yaml ? "YAML" : "JSON") + " cannot be read here: " + message + "; correct it there or just before it"));
            return new Result(new Node(null, 1, 1), problems);
        } catch (IOException e) {
            problems.add(new Problem(1, 1, "cannot be read: " + e.getMessage()));
            return new Result(new Node(null, 1, 1), problems);
        }
    }

    private static Node node(JsonParser p, List<Problem> problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = Math.max(1, at.getLineNr());
        int column = Math.max(1, at.getColumnNr());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Entry> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    p.nextToken();
                    Node value = node(p, problems);
                    Entry earlier = map.get(key);
                    if (earlier != null) {
                        problems.add(new Problem(keyAt.getLineNr(), keyAt.getColumnNr(), "'" + key
                                + "' is given twice (first at line " + earlier.line() + ")"));
                    } else {
                        map.put(key, new Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                return new Node(Collections.unmodifiableMap(map), line, column);
            }
            case START_ARRAY: {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(node(p, problems));
                }
                return new Node(Collections.unmodifiableList(list), line, column);
            }
            case VALUE_STRING:
                return new Node(p.getText(), line, column);
            case VALUE_NUMBER_INT:
                return new Node(p.getLongValue(), line, column);
            case VALUE_NUMBER_FLOAT:
                return new Node(p.getDoubleValue(), line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(p.getBooleanValue(), line, column);
            default:
                return new Node(null, line, column);
        }
    }
}
