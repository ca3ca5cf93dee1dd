package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.SmallMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The valid answers to one form, whatever its questions: the page-feedback form's, a
 * questionnaire's, a host's own. Each kind of question has its map: words by question name,
 * choices as the form's {@link Option}s, a checklist's ticked options, a rating question's scores
 * by item code. Unanswered questions are absent. Immutable.
 *
 * <pre>{@code
 * Answers answers = verdict.answers().orElseThrow();
 * answers.tab();                                        // "MainFeedback"
 * answers.choice("role").map(Option::text);             // "Local authority leadership"
 * answers.scores("rank_usefulness").get("improving-data-quality");   // 4
 * answers.ticked("activities").size();                 // 3
 * }</pre>
 *
 * @param tab the form's {@code tab}
 * @param page the address of the page the form was on
 * @param texts the words given, by question name (the page address aside)
 * @param choices the options chosen, by question name
 * @param ticked the options ticked, by checklist name, in the form's order
 * @param scores the scores given, by rating question name, then item code
 */
public record Answers(String tab, String page, Map<String, String> texts, Map<String, Option> choices,
        Map<String, List<Option>> ticked, Map<String, Map<String, Integer>> scores) {
    /** Copies the maps and checks that nothing is null. */
    public Answers {
        Checks.notEmpty(tab, "tab");
        Checks.notNull(page, "page");
        // Kept as they are when already unmodifiable (Map.copyOf keeps its own kind; a SmallMap, which a
        // validator's answers are, is kept here), so a validator's answers are copied no more.
        texts = unmodifiable(Checks.notNull(texts, "texts"));
        choices = unmodifiable(Checks.notNull(choices, "choices"));
        if (!Checks.notNull(ticked, "ticked").isEmpty()) {
            Map<String, List<Option>> lists = new LinkedHashMap<>();
            ticked.forEach((name, options) -> lists.put(name, List.copyOf(options)));
            ticked = Map.copyOf(lists);
        } else {
            ticked = Map.of();
        }
        if (!Checks.notNull(scores, "scores").isEmpty()) {
            Map<String, Map<String, Integer>> all = new LinkedHashMap<>();
            scores.forEach((name, byItem) -> all.put(name, Map.copyOf(byItem)));
            scores = Map.copyOf(all);
        } else {
            scores = Map.of();
        }
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return map instanceof SmallMap ? map : Map.copyOf(map);
    }

    /** The words given to question {@code name}, or empty. */
    public String text(String name) {
        return texts.getOrDefault(name, "");
    }

    /** The option chosen for question {@code name}, if any. */
    public Optional<Option> choice(String name) {
        return Optional.ofNullable(choices.get(name));
    }

    /** The options ticked in checklist {@code name}: empty if none. */
    public List<Option> ticked(String name) {
        return ticked.getOrDefault(name, List.of());
    }

    /** The scores given in rating question {@code name}, by item code: empty if none. */
    public Map<String, Integer> scores(String name) {
        return scores.getOrDefault(name, Map.of());
    }

    /**
     * The answers of a page-feedback form as {@link Feedback}: the same questions by their
     * {@link FeedbackField} names. Empty for a form that is not one (no summary question).
     */
    public Optional<Feedback> asFeedback(FormDefinition definition) {
        if (definition.question(FeedbackField.SUMMARY).isEmpty()) {
            return Optional.empty();
        }
        Feedback.Builder b = Feedback.builder().page(page)
                .summary(text(FeedbackField.SUMMARY.formName()))
                .details(text(FeedbackField.DETAILS.formName()))
                .organisation(text(FeedbackField.ORGANISATION.formName()))
                .email(text(FeedbackField.EMAIL.formName()));
        choice(FeedbackField.ROLE.formName()).ifPresent(b::role);
        choice(FeedbackField.REFLECTION.formName()).ifPresent(b::reflection);
        return Optional.of(b.build());
    }

    /**
     * The answers {@code feedback} gives the page-feedback form {@code definition}: the reverse of
     * {@link #asFeedback}. Its texts and choices are taken as they are (a validator's
     * {@code validate(feedback)} checks them against the form); empty texts are left out.
     */
    public static Answers of(FormDefinition definition, Feedback feedback) {
        Checks.notNull(definition, "definition");
        Checks.notNull(feedback, "feedback");
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Option> choices = new LinkedHashMap<>();
        feedback.reflection().ifPresent(o -> choices.put(FeedbackField.REFLECTION.formName(), o));
        putText(texts, FeedbackField.SUMMARY, feedback.summary());
        putText(texts, FeedbackField.DETAILS, feedback.details());
        feedback.role().ifPresent(o -> choices.put(FeedbackField.ROLE.formName(), o));
        putText(texts, FeedbackField.ORGANISATION, feedback.organisation());
        putText(texts, FeedbackField.EMAIL, feedback.email());
        return new Answers(definition.tab(), feedback.page(), texts, choices, Map.of(), Map.of());
    }

    private static void putText(Map<String, String> texts, FeedbackField field, String value) {
        if (!value.isEmpty()) {
            texts.put(field.formName(), value);
        }
    }

    /** Describes the answers by their questions, without anything the reader wrote. */
    @Override
    public String toString() {
        return "Answers[" + tab + ", " + page + ", texts " + texts.keySet() + ", choices " + choices.keySet()
                + ", ticked " + ticked.keySet() + ", scores " + scores.keySet() + "]";
    }
}
