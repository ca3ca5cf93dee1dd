package io.github.consultation.validate.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a binder read: string values by field name, and the problems met while reading them.
 * Mutable while a binder fills it; used by one thread.
 */
public final class RawSubmission {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final List<BindingProblem> problems = new ArrayList<>();
    private String unreadableCode;

    /**
     * A field-level problem found by a binder: the field's name, the code, and what the submission
     * said that the problem is about (an unknown item's name, say), or empty.
     */
    public record BindingProblem(String field, String code, String detail) {
    }

    /** Records a value. */
    public void put(String field, String value) {
        values.put(field, value);
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
        if (problems.size() < FieldNames.MAX_PROBLEMS) {
            problems.add(new BindingProblem(field, code, detail));
        }
    }

    /** Records the values of a field answered as a list (a checklist), in order. */
    public void putList(String field, List<String> values) {
        lists.put(field, List.copyOf(values));
    }

    /** The lists read, by field. */
    public Map<String, List<String>> lists() {
        return lists;
    }

    /** Marks the whole input unreadable, for the reason {@code code}. */
    public void unreadable(String code) {
        this.unreadableCode = code;
    }

    /** The values read. */
    public Map<String, String> values() {
        return values;
    }

    /** The field-level problems. */
    public List<BindingProblem> problems() {
        return problems;
    }

    /** The code of the reason the input is unreadable, or null if it was read. */
    public String unreadableCode() {
        return unreadableCode;
    }

    /** A submission that could not be read, for the reason {@code code}. */
    public static RawSubmission unreadableBecause(String code) {
        RawSubmission raw = new RawSubmission();
        raw.unreadable(code);
        return raw;
    }

    /** Whether a value or problem has been recorded for {@code field}. */
    public boolean seen(String field) {
        return values.containsKey(field) || lists.containsKey(field) || problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
