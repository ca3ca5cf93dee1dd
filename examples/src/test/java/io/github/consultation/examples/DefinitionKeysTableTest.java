package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.definition.FormDefinitionFile;
import io.github.consultation.validate.ReadmeTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table of the definition file's keys in docs/docs/form/definition.md ("The definition file's
 * keys") is held to the file's own JSON Schema, {@link FormDefinitionFile#schema()} (whose published
 * copy, consultation-definition/feedback-form.schema.json, DefinitionSchemaTest keeps equal to it),
 * both ways.
 *
 * <p>How a key path is read from the schema: a {@code properties} entry is a segment of its own
 * name; a {@code patternProperties} entry is a placeholder, written in the table in capitals
 * ({@code NAME}, {@code LANG}, {@code KEY}, {@code Q}), and the names the library knows at that
 * level (the form {@code page}, the question {@code nature}) are read as that placeholder; the
 * keys of an array's items are the array key's own ({@code languages} has {@code code} and
 * {@code base}); the alternatives of {@code anyOf} and {@code oneOf} are merged; a deprecated key
 * (an old one, still read) is not walked.
 *
 * <p>The rule, schema to table: every key from the top down is either the key of a row, or a
 * prefix of one ({@code site} for {@code site.name}), or, one level below a row's key, named as a
 * key in that row's text (in a code span, as {@code `kind`} or {@code `scale: {from, to}`}); a
 * placeholder below a row's key needs no word, the row's prose says what its names are ("per
 * language"). Keys deeper than that are not required. Each deprecated key is named on the page.
 *
 * <p>Table to schema: every row's key is a path of the schema, each capitals word standing for one
 * pattern everywhere in the table; every word a row's text gives as a key (in a code span, not just
 * after {@code :} or {@code |}, where it is an example value) is a key at the row's level or below,
 * or a value the schema lists ({@code enum}, {@code const}); a span {@code prefix.*} is a family of
 * names its row's last placeholder accepts; a code span that is a link's text names a command or a
 * page, not a key, and is not read.
 */
class DefinitionKeysTableTest {
    static final String HEADING = "## The definition file's keys";
    /** A code span, unless it is a link's text (which names a command or a page, not a key). */
    private static final Pattern SPAN = Pattern.compile("(?<!\\[)`([^`]+)`(?!\\])");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern CAPITALS = Pattern.compile("[A-Z]+");

    private static JsonNode schema;
    private static List<ReadmeTables.Row> rows;

    @BeforeAll
    static void read() throws IOException {
        schema = new ObjectMapper().readTree(FormDefinitionFile.schema());
        rows = ReadmeTables.table(HEADING);
    }

    /** The keys one level down from some schema nodes: named ones, and placeholders by their pattern. */
    private record Level(Map<String, List<JsonNode>> named, Map<String, List<JsonNode>> patterns) {
        static Level of(List<JsonNode> nodes) {
            Map<String, List<JsonNode>> named = new LinkedHashMap<>();
            Map<String, List<JsonNode>> patterns = new LinkedHashMap<>();
            for (JsonNode node : expand(nodes)) {
                node.path("properties").fields().forEachRemaining(e -> {
                    if (!e.getValue().path("deprecated").asBoolean()) {
                        named.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
                    }
                });
                node.path("patternProperties").fields().forEachRemaining(e ->
                        patterns.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                if (node.path("additionalProperties").isObject()) {
                    patterns.computeIfAbsent("(any)", k -> new ArrayList<>()).add(node.get("additionalProperties"));
                }
            }
            if (!patterns.isEmpty()) {
                // The names the library knows at a level of names are read as its placeholder.
                List<JsonNode> known = named.values().stream().flatMap(List::stream).toList();
                patterns.replaceAll((regex, found) -> {
                    List<JsonNode> all = new ArrayList<>(found);
                    all.addAll(known);
                    return all;
                });
            }
            return new Level(named, patterns);
        }

        /** Every key below, at any depth, by name. */
        Set<String> allNamesBelow(int depth) {
            Set<String> names = new TreeSet<>(named.keySet());
            if (depth > 0) {
                for (List<JsonNode> nodes : named.values()) {
                    names.addAll(Level.of(nodes).allNamesBelow(depth - 1));
                }
                for (List<JsonNode> nodes : patterns.values()) {
                    names.addAll(Level.of(nodes).allNamesBelow(depth - 1));
                }
            }
            return names;
        }
    }

    /** The nodes themselves, their references followed, their alternatives and their items. */
    private static List<JsonNode> expand(List<JsonNode> nodes) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode node : nodes) {
            JsonNode n = node.has("$ref") ? schema.at(node.get("$ref").asText().substring(1)) : node;
            out.add(n);
            for (String alternatives : List.of("anyOf", "oneOf")) {
                n.path(alternatives).forEach(alternative -> out.addAll(expand(List.of(alternative))));
            }
            if (n.has("items")) {
                out.addAll(expand(List.of(n.get("items"))));
            }
        }
        return out;
    }

    /** A row's key as segments, and what its words in code spans say. */
    private record Documented(String key, List<String> segments, Set<String> keys, Set<String> families) {
        static Documented of(ReadmeTables.Row row) {
            Set<String> keys = new LinkedHashSet<>();
            Set<String> families = new LinkedHashSet<>();
            Matcher span = SPAN.matcher(row.get("what it says"));
            while (span.find()) {
                String text = span.group(1);
                if (text.endsWith(".*")) {
                    families.add(text.substring(0, text.length() - 1));
                    continue;
                }
                Matcher word = WORD.matcher(text);
                while (word.find()) {
                    String before = text.substring(0, word.start()).replace("\\", "").stripTrailing();
                    boolean value = before.endsWith(":") || before.endsWith("|");
                    if (!value) {
                        keys.add(word.group());
                    }
                }
            }
            return new Documented(row.get("key"), List.of(row.get("key").split("\\.")), keys, families);
        }

        boolean startsWith(List<String> path) {
            if (path.size() > segments.size()) {
                return false;
            }
            for (int i = 0; i < path.size(); i++) {
                if (!matches(segments.get(i), path.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A table's segment against a schema's: a capitals word stands for any placeholder. */
    private static boolean matches(String documented, String walked) {
        return walked.startsWith("{") ? CAPITALS.matcher(documented).matches() : documented.equals(walked);
    }

    private static List<Documented> documented() {
        return rows.stream().map(Documented::of).toList();
    }

    @Test
    void theTableIsFoundAndHasRows() {
        assertTrue(rows.size() >= 5, "rows under " + HEADING + ": " + rows.size());
    }

    @Test
    void everyKeyTheSchemaAllowsIsInTheTable() {
        List<String> missing = new ArrayList<>();
        walk(List.of(), List.of(schema), null, documented(), missing);
        assertEquals(List.of(), missing, "keys of the definition file's schema that the table under " + HEADING
                + " in docs/docs/form/definition.md does not document (add a row, or name the key in its parent row's"
                + " text in a code span)");
    }

    private static void walk(List<String> path, List<JsonNode> nodes, Documented row, List<Documented> table,
            List<String> missing) {
        Level level = Level.of(nodes);
        Map<String, List<JsonNode>> children = new LinkedHashMap<>();
        if (level.patterns().isEmpty()) {
            children.putAll(level.named());
        }
        level.patterns().forEach((regex, found) -> children.put("{" + regex + "}", found));
        children.forEach((segment, found) -> {
            List<String> child = new ArrayList<>(path);
            child.add(segment);
            List<Documented> covering = table.stream().filter(d -> d.startsWith(child)).toList();
            if (!covering.isEmpty()) {
                Documented own = covering.stream().filter(d -> d.segments().size() == child.size()).findFirst().orElse(null);
                walk(child, found, own, table, missing);
            } else if (row == null || !(segment.startsWith("{") || row.keys().contains(segment))) {
                missing.add(String.join(".", child));
            }
        });
    }

    @Test
    void everyKeyTheTableNamesIsInTheSchema() {
        List<String> unknown = new ArrayList<>();
        Map<String, String> placeholders = new LinkedHashMap<>();
        Set<String> literals = new TreeSet<>();
        collectLiterals(schema, literals);
        for (Documented row : documented()) {
            List<JsonNode> parent = List.of(schema);
            List<JsonNode> nodes = List.of(schema);
            String lastPattern = null;
            for (String segment : row.segments()) {
                Level level = Level.of(nodes);
                parent = nodes;
                if (CAPITALS.matcher(segment).matches() && level.patterns().size() == 1) {
                    lastPattern = level.patterns().keySet().iterator().next();
                    String before = placeholders.putIfAbsent(segment, lastPattern);
                    if (before != null && !before.equals(lastPattern)) {
                        unknown.add(row.key() + ": " + segment + " stands for two kinds of name");
                    }
                    nodes = level.patterns().get(lastPattern);
                } else if (level.named().containsKey(segment)) {
                    nodes = level.named().get(segment);
                } else {
                    nodes = null;
                    break;
                }
            }
            if (nodes == null) {
                unknown.add(row.key());
                continue;
            }
            Set<String> allowed = new TreeSet<>(Level.of(parent).named().keySet());
            allowed.addAll(Level.of(nodes).allNamesBelow(8));
            allowed.addAll(literals);
            for (String key : row.keys()) {
                if (!allowed.contains(key) && !CAPITALS.matcher(key).matches()) {
                    unknown.add(row.key() + " names " + key);
                }
            }
            for (String family : row.families()) {
                if (lastPattern == null || !Pattern.compile(lastPattern).matcher(family + "x").find()) {
                    unknown.add(row.key() + " names " + family + "*");
                }
            }
        }
        assertEquals(List.of(), unknown, "keys the table under " + HEADING + " names that the definition file's"
                + " schema does not have");
        assertEquals(placeholders.size(), new TreeSet<>(placeholders.values()).size(),
                "two capitals words for one kind of name: " + placeholders);
    }

    private static void collectLiterals(JsonNode node, Set<String> into) {
        if (node.has("const")) {
            into.add(node.get("const").asText());
        }
        node.path("enum").forEach(value -> into.add(value.asText()));
        node.elements().forEachRemaining(child -> collectLiterals(child, into));
    }

    /** The old keys, still read, are not in the table, but the page names each of them. */
    @Test
    void theOldKeysAreNamedOnThePage() throws IOException {
        String page = Files.readString(Path.of("../docs/docs/form/definition.md"));
        List<String> old = new ArrayList<>();
        schema.get("properties").fields().forEachRemaining(e -> {
            if (e.getValue().path("deprecated").asBoolean()) {
                old.add(e.getKey());
            }
        });
        assertTrue(old.size() >= 1, "the schema marks old keys deprecated");
        List<String> unnamed = old.stream().filter(key -> !page.contains("`" + key + "`")).toList();
        assertEquals(List.of(), unnamed, "old keys the page does not name");
        for (Documented row : documented()) {
            assertTrue(!old.contains(row.segments().get(0)), "an old key has a row: " + row.key());
        }
    }
}
