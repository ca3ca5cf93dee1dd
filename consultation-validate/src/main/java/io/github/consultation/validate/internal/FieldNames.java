package io.github.consultation.validate.internal;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Question;
import io.github.consultation.validate.FormTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
     * What a binder needs to know of a form, worked out once: the names a submission may carry,
     * which of them are answered as a list (checklists) or an object of scores (rating questions),
     * which are read and dropped, and a slot for each name that carries one value (a text or choice
     * question, a rating question's item {@code <name>.<code>}, and the tab, token and honeypot), so
     * that what is read is kept in an array rather than looked up by name again. Immutable.
     */
    public static final class Shape {
        private final FormDefinition definition;
        private final Set<String> known;
        private final Map<String, Integer> slots;
        private final List<String> slotNames;
        private final Map<String, io.github.consultation.model.RatingQuestion> ratings;
        private final Set<String> checklists;
        private final boolean nests;
        private final Map<String, Name> names;

        /** What a name a submission carries is to its form. */
        public enum Kind {
            /** A name carrying one value, kept in its slot: a text or choice question, the tab, the token. */
            SINGLE,
            /** The honeypot. */
            HONEYPOT,
            /** Read and dropped. */
            ACCEPTED,
            /** A rating question, answered with an object of scores. */
            RATING,
            /** A checklist, answered with a list of ticks. */
            CHECKLIST
        }

        /**
         * A name the form knows: its index among the names it knows, its kind, its slot (for one that
         * has one, else -1), its rating question (for one).
         */
        public record Name(int index, Kind kind, int slot,
                io.github.consultation.model.@org.jspecify.annotations.Nullable RatingQuestion rating) {
        }

        private Shape(FormDefinition definition) {
            this.definition = definition;
            this.known = FieldNames.known(definition);
            List<String> names = new ArrayList<>();
            Map<String, io.github.consultation.model.RatingQuestion> ratings = new java.util.HashMap<>();
            Set<String> checklists = new java.util.HashSet<>();
            for (Question q : definition.questions()) {
                if (q instanceof io.github.consultation.model.RatingQuestion r) {
                    ratings.put(q.name(), r);
                    r.items().forEach(item -> names.add(r.controlName(item)));
                } else if (q instanceof io.github.consultation.model.ChecklistQuestion) {
                    checklists.add(q.name());
                } else {
                    names.add(q.name());
                }
            }
            names.addAll(List.of(HONEYPOT, TAB, TOKEN));
            names.addAll(definition.acceptedKeys());
            Map<String, Integer> slots = new java.util.HashMap<>();
            for (String name : names) {
                slots.putIfAbsent(name, slots.size());
            }
            this.slotNames = List.copyOf(new java.util.LinkedHashSet<>(names));
            // Hash maps, not Map.copyOf: looked up for every name a submission carries, and a hash map's
            // index is a mask where an unmodifiable copy's is a division.
            this.slots = java.util.Collections.unmodifiableMap(slots);
            this.ratings = Map.copyOf(ratings);
            this.checklists = Set.copyOf(checklists);
            this.nests = !ratings.isEmpty() || !checklists.isEmpty();
            Map<String, Name> byName = new java.util.HashMap<>();
            for (String name : known) {
                Kind kind = name.equals(HONEYPOT) ? Kind.HONEYPOT : definition.acceptedKeys().contains(name) ? Kind.ACCEPTED
                        : ratings.containsKey(name) ? Kind.RATING : checklists.contains(name) ? Kind.CHECKLIST : Kind.SINGLE;
                byName.put(name, new Name(byName.size(), kind, slots.getOrDefault(name, -1), ratings.get(name)));
            }
            this.names = java.util.Collections.unmodifiableMap(byName);
        }

        /** The name {@code name} as the form knows it, in one lookup; null for a name it does not know. */
        public @org.jspecify.annotations.Nullable Name name(String name) {
            return names.get(name);
        }

        /** The shape of {@code definition}. */
        public static Shape of(FormDefinition definition) {
            return new Shape(definition);
        }

        /** The form. */
        public FormDefinition definition() {
            return definition;
        }

        /** Every name a submission may carry, its questions first in form order. */
        public Set<String> known() {
            return known;
        }

        /** The slot of the name {@code name} that carries one value, or -1. */
        public int slot(String name) {
            Integer slot = slots.get(name);
            return slot == null ? -1 : slot;
        }

        /** How many slots there are. */
        public int slots() {
            return slotNames.size();
        }

        /** The name of slot {@code slot}. */
        public String slotName(int slot) {
            return slotNames.get(slot);
        }

        /** The rating question named {@code name}, if it is one. */
        public java.util.Optional<io.github.consultation.model.RatingQuestion> rating(String name) {
            return java.util.Optional.ofNullable(ratings.get(name));
        }

        /** Whether the question named {@code name} is a checklist. */
        public boolean checklist(String name) {
            return checklists.contains(name);
        }

        /** Whether {@code name} is read and dropped. */
        public boolean accepted(String name) {
            return definition.acceptedKeys().contains(name);
        }

        /** Whether any question is answered as a list or an object, which nests one level in JSON. */
        public boolean nests() {
            return nests;
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
