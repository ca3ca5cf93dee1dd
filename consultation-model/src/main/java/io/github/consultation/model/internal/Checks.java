package io.github.consultation.model.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks used at the model's public entry points, in one place. */
public final class Checks {
    /** A stable code: lower-case letters, digits and hyphens, starting with a letter or digit. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");
    /** A control's name: letters, digits and underscores, starting with a letter. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    /** An element id: a letter, then letters, digits, underscores and hyphens. */
    public static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private Checks() {
    }

    /**
     * Returns {@code value} if it is not null.
     *
     * @throws NullPointerException naming {@code name} if it is
     */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, name);
    }

    /**
     * Returns {@code value} if it is neither null nor empty.
     *
     * @throws IllegalArgumentException naming {@code name} if it is empty
     */
    public static String notEmpty(String value, String name) {
        if (notNull(value, name).isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    /** Returns {@code value} if it is a {@link #CODE code}. */
    public static String code(String value, String name) {
        return matching(CODE, value, name, "lower-case letters, digits and hyphens, at most 128");
    }

    /** Returns {@code value} if it is a control {@link #NAME name}. */
    public static String name(String value, String name) {
        return matching(NAME, value, name, "a letter, then letters, digits and underscores");
    }

    /** Returns {@code value} if it is an element {@link #ID id}. */
    public static String id(String value, String name) {
        return matching(ID, value, name, "a letter, then letters, digits, underscores and hyphens");
    }

    private static String matching(Pattern pattern, String value, String name, String rule) {
        if (!pattern.matcher(notNull(value, name)).matches()) {
            throw new IllegalArgumentException(name + " must be " + rule + ", not '" + value + "'");
        }
        return value;
    }
}
