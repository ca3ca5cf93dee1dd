package io.github.consultation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.consultation.definition.internal.DefinitionSchema;
import io.github.consultation.definition.internal.LocatedTree;
import io.github.consultation.definition.internal.ShapeCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The JSON Schema of a definition file, which an editor reads, and the reader's own check of a
 * file are made from one description of the file ({@link DefinitionSchema}): they agree on every
 * file, good or broken; the copy published in the repository is that schema; and the
 * repository's own definition files are valid by it.
 */
class DefinitionSchemaTest {
    /** Where the repository publishes the schema, for editors. */
    static final Path PUBLISHED = Path.of("feedback-form.schema.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(FormDefinitionFile.schema());

    @Test
    void thePublishedSchemaIsTheReadersOwn() throws IOException {
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(PUBLISHED, FormDefinitionFile.schema());
        }
        assertEquals(FormDefinitionFile.schema(), Files.readString(PUBLISHED), "consultation-definition/" + PUBLISHED
                + " is written from the reader's description of the file: regenerate it with"
                + " mvn -q -pl consultation-definition test -Dtest=DefinitionSchemaTest -Dregenerate=true");
    }

    @Test
    void theRepositorysDefinitionFilesAreValidByIt() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(Path.of("../examples/consultations"))) {
            walk.filter(p -> p.getFileName().toString().equals("feedback-form.yml")).forEach(files::add);
        }
        assertTrue(files.size() >= 1, files.toString());
        for (Path file : files) {
            JsonNode tree = YAML.readTree(file.toFile());
            assertEquals(List.of(), SCHEMA.validate(tree).stream().map(Object::toString).toList(), file.toString());
        }
        assertEquals(List.of(), SCHEMA.validate(YAML.readTree(FormDefinitionFileTest.BUSES)).stream()
                .map(Object::toString).toList());
    }

    /** What the reader's check says of {@code yaml}'s structure: no problem, or some. */
    private static boolean readerAccepts(String yaml) {
        LocatedTree.Result tree = LocatedTree.read(yaml, true);
        return tree.problems().isEmpty() && ShapeCheck.of(tree.root(), DefinitionSchema.FILE).problems().isEmpty();
    }

    @Test
    void theSchemaAndTheReaderAgreeOnEveryFile() throws IOException {
        JsonNode good = YAML.readTree(FormDefinitionFileTest.BUSES);
        int[] counts = new int[2];
        qt().withExamples(800).forAll(SourceDSL.longs().all()).checkAssert(seed -> {
            JsonNode mutated = mutate(good.deepCopy(), new Random(seed));
            String yaml;
            try {
                yaml = YAML.writeValueAsString(mutated);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            boolean schemaSays = SCHEMA.validate(mutated).isEmpty();
            assertEquals(schemaSays, readerAccepts(yaml), () -> yaml + "\nschema: " + SCHEMA.validate(mutated));
            counts[schemaSays ? 1 : 0]++;
        });
        assertTrue(counts[0] > 300 && counts[1] > 100, "both kinds of file: " + counts[0] + " broken, " + counts[1] + " good");
    }

    /** One to three changes anywhere in the tree: a key dropped, renamed or added, a value of another kind, a list emptied. */
    private static JsonNode mutate(JsonNode root, Random r) {
        int changes = 1 + r.nextInt(3);
        for (int i = 0; i < changes; i++) {
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(r.nextInt(containers.size()));
            if (target instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String name = names.get(r.nextInt(names.size()));
                switch (r.nextInt(6)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.set(name.substring(0, name.length() - 1) + (r.nextBoolean() ? "x" : "_"), object.remove(name));
                    case 2 -> object.set(name, other(object.get(name), r));
                    case 3 -> object.set(r.nextBoolean() ? "colour" : "Kind", JsonNodeFactory.instance.textNode("x"));
                    case 4 -> object.set(name, JsonNodeFactory.instance.booleanNode(false));
                    default -> { }   // no change: the corpus keeps good files too
                }
            } else if (target instanceof ArrayNode array && array.size() > 0) {
                switch (r.nextInt(3)) {
                    case 0 -> array.removeAll();
                    case 1 -> array.set(r.nextInt(array.size()), other(array.get(0), r));
                    default -> array.remove(r.nextInt(array.size()));
                }
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            Iterator<JsonNode> children = node.elements();
            children.forEachRemaining(child -> collect(child, into));
        }
    }

    /** A value of another kind than {@code value}, or a near one of the same kind. */
    private static JsonNode other(JsonNode value, Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> choices = List.of(f.textNode("x"), f.textNode(""), f.textNode("choice"), f.textNode("en"),
                f.numberNode(r.nextInt(30000) - 5), f.booleanNode(r.nextBoolean()), f.arrayNode(), f.objectNode(),
                f.textNode("Lower-Case code"), f.objectNode().put("en", "Words"));
        JsonNode chosen = choices.get(r.nextInt(choices.size()));
        return chosen.equals(value) ? f.numberNode(7) : chosen;
    }

    /** {@code node}, or the definition it refers to. */
    private static JsonNode resolved(JsonNode schema, JsonNode node) {
        return node.has("$ref") ? schema.at(node.get("$ref").asText().substring(1)) : node;
    }

    @Test
    void theSchemaDescribesEveryKeyTheReaderKnows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(FormDefinitionFile.schema());
        JsonNode properties = schema.get("properties");
        for (String key : List.of("site", "languages", "texts", "forms", "pages")) {
            assertTrue(properties.get(key).get("description").asText().length() > 10, key);
        }
        assertTrue(properties.get("roles").get("deprecated").asBoolean(), "an old key is marked as such");
        JsonNode form = resolved(schema, properties.get("forms").get("properties").get("page"));
        JsonNode questions = resolved(schema, form.get("properties").get("questions"));
        for (Map.Entry<String, String> known : DefinitionSchema.KNOWN.entrySet()) {
            assertTrue(questions.get("properties").has(known.getKey()), known.getKey());
        }
    }
}
