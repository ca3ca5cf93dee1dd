package io.github.consultation.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a form's answers add up to, for the consultation team: how many answered; for each rating
 * question and item, each role group's count, mean and spread of scores; and how often each
 * checklist option was ticked. Counted from the stored answers one at a time, so that it takes
 * little memory however many there are. Immutable.
 *
 * <pre>{@code
 * AnswersSummary summary = store.summarise("MainFeedback");
 * summary.scores().get("rank_usefulness").get("improving-data-quality").get("local-authority").mean();
 * summary.ticks().get("activities");   // option code -> times ticked, most first
 * }</pre>
 *
 * @param tab the form's tab
 * @param count how many answers in all
 * @param scores by rating question, then item code, then role group (or role, for roles without
 *     groups; {@link #EVERYONE} for all readers together)
 * @param ticks by checklist, then option code, most ticked first
 */
public record AnswersSummary(String tab, long count, Map<String, Map<String, Map<String, Scores>>> scores,
        Map<String, Map<String, Long>> ticks) {
    /** The key of the scores of all readers, whatever their role. */
    public static final String EVERYONE = "";

    /** Copies the maps. */
    public AnswersSummary {
        Objects.requireNonNull(tab, "tab");
        scores = Map.copyOf(Objects.requireNonNull(scores, "scores"));
        ticks = Map.copyOf(Objects.requireNonNull(ticks, "ticks"));
    }

    /**
     * The scores one group gave one item.
     *
     * @param count how many scored it
     * @param mean their mean score
     * @param spread their standard deviation (0 for fewer than two scores)
     * @param distribution how many gave each point of the scale, lowest first
     */
    public record Scores(long count, double mean, double spread, List<Long> distribution) {
        /** Copies the distribution. */
        public Scores {
            distribution = List.copyOf(distribution);
        }
    }
}
