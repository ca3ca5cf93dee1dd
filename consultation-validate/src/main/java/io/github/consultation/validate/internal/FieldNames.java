package io.github.consultation.validate.internal;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Question;
import io.github.consultation.validate.FormTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The names a submission may carry: a form's questions, and the few every form has besides. */
public final class FieldNames {
    /** The origin's form selector, such as {@code "Feedback"} for page feedback. */
    public static final String TAB = "tab";
    /** The honeypot. */
    public static final String HONEYPOT = FormDefinition.HONEYPOT;
    /** The signed form token. */
    public static final String TOKEN = FormTokens.FIELD;

    /** The most field problems reported for one submission; the rest are not listed. */
    public static final int MAX_PROBLEMS = 20;

    /** The longest unknown field name echoed in a message; longer ones are cut. */
    public static final int MAX_ECHOED_NAME = 40;

    private FieldNames() {
    }

    /** Every name a submission of {@code definition} may carry, its questions first in form order. */
    public static Set<String> known(FormDefinition definition) {
        List<String> names = new ArrayList<>();
        for (Question q : definition.questions()) {
            names.add(q.name());
        }
        names.addAll(List.of(HONEYPOT, TAB, TOKEN));
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names));
    }

    /** {@code name} cut to a length fit to echo, without splitting a character. */
    public static String echoable(String name) {
        if (name.length() <= MAX_ECHOED_NAME) {
            return name;
        }
        int end = MAX_ECHOED_NAME;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + "\u2026";
    }
}
