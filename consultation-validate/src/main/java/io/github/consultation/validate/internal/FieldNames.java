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
        names.addAll(definition.acceptedKeys());
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names));
    }

    /**
     * Every name a problem may be reported under, in the order the form shows them: each question,
     * a rating question's items ({@code <name>.<code>}) just after it, then the names every form has.
     */
    public static List<String> inFormOrder(FormDefinition definition) {
        List<String> names = new ArrayList<>();
        for (Question q : definition.questions()) {
            names.add(q.name());
            if (q instanceof io.github.consultation.model.RatingQuestion) {
                io.github.consultation.model.RatingQuestion r = (io.github.consultation.model.RatingQuestion) q;
                r.items().forEach(item -> names.add(r.controlName(item)));
            }
        }
        names.addAll(List.of(HONEYPOT, TAB, TOKEN));
        return List.copyOf(names);
    }

    /**
     * What a binder needs to know of a form: the names it may carry, which of them are answered as
     * a list (checklists) or an object of scores (rating questions), and which are read and dropped.
     *
     * @param definition the form
     * @param known every name a submission may carry
     */
    public record Shape(FormDefinition definition, Set<String> known) {
        /** The shape of {@code definition}. */
        public static Shape of(FormDefinition definition) {
            return new Shape(definition, FieldNames.known(definition));
        }

        /** The rating question named {@code name}, if it is one. */
        public java.util.Optional<io.github.consultation.model.RatingQuestion> rating(String name) {
            return definition.question(name).filter(io.github.consultation.model.RatingQuestion.class::isInstance)
                    .map(io.github.consultation.model.RatingQuestion.class::cast);
        }

        /** Whether the question named {@code name} is a checklist. */
        public boolean checklist(String name) {
            return definition.question(name).filter(io.github.consultation.model.ChecklistQuestion.class::isInstance)
                    .isPresent();
        }

        /** Whether {@code name} is read and dropped. */
        public boolean accepted(String name) {
            return definition.acceptedKeys().contains(name);
        }

        /** Whether any question is answered as a list or an object, which nests one level in JSON. */
        public boolean nests() {
            return definition.questions().stream().anyMatch(q -> q instanceof io.github.consultation.model.RatingQuestion
                    || q instanceof io.github.consultation.model.ChecklistQuestion);
        }
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
