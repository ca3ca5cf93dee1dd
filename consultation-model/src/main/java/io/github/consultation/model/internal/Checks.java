package io.github.consultation.model.internal;

import java.util.Objects;

/** Argument checks used at the model's public entry points. */
public final class Checks {
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
}
