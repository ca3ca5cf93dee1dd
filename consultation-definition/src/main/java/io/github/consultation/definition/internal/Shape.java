package io.github.consultation.definition.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a value of a definition file may be: the file's structure as data, written once
 * ({@link DefinitionSchema}), from which both the JSON Schema that editors read and the reader's
 * own check of a file are made ({@link ShapeCheck}, {@link JsonSchemaWriter}), so that the two
 * cannot disagree. Each shape carries the words that describe it, for the schema's descriptions
 * and the reader's messages.
 */
public sealed interface Shape {
    /** What the value is, in a few words: "a role's code", "the least length". */
    String description();

    /** Text (a string), matching {@code pattern} if there is one, which {@code rule} puts in words. */
    record Words(String description, Optional<Pattern> pattern, String rule) implements Shape {
        /** Checks that nothing is null. */
        public Words {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** {@code true} or {@code false}; only {@code only} if it is given (a question left out is {@code false}). */
    record Flag(String description, Optional<Boolean> only) implements Shape {
    }

    /** A whole number from {@code min} to {@code max}. */
    record Whole(String description, long min, long max) implements Shape {
    }

    /** One of a few words. */
    record OneOf(String description, List<String> values) implements Shape {
        /** Copies the values. */
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** A list of at least {@code minItems} values of one shape. */
    record ListOf(String description, Shape item, int minItems) implements Shape {
    }

    /**
     * A mapping of known keys ({@code fields}, in the order a writer lists them) and, if
     * {@code named} is given, of any other key matching its pattern.
     */
    record Fields(String description, List<Field> fields, @Nullable Named named) implements Shape {
        /** Copies the fields. */
        public Fields {
            fields = List.copyOf(fields);
        }

        /** The field called {@code name}. */
        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    /**
     * One key of a mapping.
     *
     * @param name the key
     * @param shape its value
     * @param required whether the mapping must have it
     * @param replacedBy for an old key still read, where its value is written now; empty for a current key
     */
    record Field(String name, Shape shape, boolean required, Optional<String> replacedBy) {
        /** A key a mapping may have. */
        public static Field optional(String name, Shape shape) {
            return new Field(name, shape, false, Optional.empty());
        }

        /** A key a mapping must have. */
        public static Field required(String name, Shape shape) {
            return new Field(name, shape, true, Optional.empty());
        }

        /** An old key, still read, whose value is now written at {@code replacedBy}. */
        public static Field old(String name, Shape shape, String replacedBy) {
            return new Field(name, shape, false, Optional.of(replacedBy));
        }
    }

    /** Any key matching {@code pattern} (which {@code rule} puts in words), each with a value of {@code value}'s shape. */
    record Named(Pattern pattern, String rule, Shape value) implements Shape {
        @Override
        public String description() {
            return value.description();
        }
    }

    /** Any of several shapes, told apart by what the value is: text, a number, true or false, a list or a mapping. */
    record Either(String description, List<Shape> choices) implements Shape {
        /** Copies the choices. */
        public Either {
            choices = List.copyOf(choices);
        }
    }

    /**
     * A mapping whose key {@code key} says which of {@code kinds} it is, each kind with its own
     * fields (the {@code key} among them).
     */
    record ByKind(String description, String key, Map<String, Fields> kinds) implements Shape {
        /** Copies the kinds, in order. */
        public ByKind {
            kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
        }
    }
}
