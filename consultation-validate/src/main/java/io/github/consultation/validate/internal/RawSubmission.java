package io.github.consultation.validate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a binder read: one value per name that carries one (kept in the slots of the form's
 * {@link FieldNames.Shape}), the ticked options of each checklist, and the problems met while
 * reading them. Mutable while a binder fills it; used by one thread.
 */
public final class RawSubmission {
    private final FieldNames.Shape shape;
    private final @Nullable String[] slots;
    private @Nullable Map<String, String> others;
    private @Nullable Map<String, List<String>> lists;
    private @Nullable List<BindingProblem> problems;
    private @Nullable String unreadableCode;

    /** An empty submission of the form {@code shape} describes. */
    public RawSubmission(FieldNames.Shape shape) {
        this.shape = shape;
        this.slots = new String[shape.slots()];
    }

    /**
     * A field-level problem found by a binder: the field's name, the code, and what the submission
     * said that the problem is about (an unknown item's name, say), or empty.
     */
    public record BindingProblem(String field, String code, String detail) {
    }

    /** Records a value. */
    public void put(String field, String value) {
        int slot = shape.slot(field);
        if (slot >= 0) {
            slots[slot] = value;
        } else {
            if (others == null) {
                others = new LinkedHashMap<>();
            }
            others.put(field, value);
        }
    }

    /** Records a value in slot {@code slot}. */
    public void put(int slot, String value) {
        slots[slot] = value;
    }

    /** The value recorded in slot {@code slot}, or null. */
    public @Nullable String value(int slot) {
        return slots[slot];
    }

    /** The value recorded for {@code field}, or null. */
    public @Nullable String value(String field) {
        int slot = shape.slot(field);
        return slot >= 0 ? slots[slot] : others == null ? null : others.get(field);
    }

    /** Records a problem with one field; past {@link FieldNames#MAX_PROBLEMS}, no more are recorded. */
    public void problem(String field, String code) {
        problem(field, code, "");
    }

    /**
     * Records a problem with one field about {@code detail}, something the submission said; past
     * {@link FieldNames#MAX_PROBLEMS}, no more are recorded.
     */
    public void problem(String field, String code, String detail) {
        if (problems == null) {
            problems = new ArrayList<>(4);
        }
        if (problems.size() < FieldNames.MAX_PROBLEMS) {
            problems.add(new BindingProblem(field, code, detail));
        }
    }

    /** Records the values of a field answered as a list (a checklist), in order. */
    public void putList(String field, List<String> values) {
        if (lists == null) {
            lists = new LinkedHashMap<>();
        }
        lists.put(field, List.copyOf(values));
    }

    /** The lists read, by field. */
    public Map<String, List<String>> lists() {
        return lists == null ? Map.of() : lists;
    }

    /** Marks the whole input unreadable, for the reason {@code code}. */
    public void unreadable(String code) {
        this.unreadableCode = code;
    }

    /** Every value read, by name (made when asked: the slots in the form's order, then any other). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < slots.length; i++) {
            String value = slots[i];
            if (value != null) {
                values.put(shape.slotName(i), value);
            }
        }
        if (others != null) {
            values.putAll(others);
        }
        return values;
    }

    /** The field-level problems. */
    public List<BindingProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** The code of the reason the input is unreadable, or null if it was read. */
    public @Nullable String unreadableCode() {
        return unreadableCode;
    }
}
