package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.store.AnswersSummary;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds up a form's answers one at a time into an {@link AnswersSummary}: for each rating question,
 * item and role group, how many readers gave each point of the scale (from which the mean and the
 * spread follow); for each checklist option, how often it was ticked. Used by one thread.
 */
public final class AnswersTally {
    /** Where the answers come from: each is given to the consumer in turn. */
    @FunctionalInterface
    public interface Source {
        /** Gives every answer to {@code each}. */
        void forEach(Consumer<Answers> each) throws SQLException;
    }

    private final FormDefinition form;
    /** By question, item, group: how many gave each point of the scale. */
    private final Map<String, Map<String, Map<String, long[]>>> points = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> ticks = new LinkedHashMap<>();
    private long count;

    private AnswersTally(FormDefinition form) {
        this.form = form;
        for (Question q : form.questions()) {
            if (q instanceof RatingQuestion) {
                Map<String, Map<String, long[]>> byItem = new LinkedHashMap<>();
                ((RatingQuestion) q).items().forEach(item -> byItem.put(item.code(), new LinkedHashMap<>()));
                points.put(q.name(), byItem);
            } else if (q instanceof ChecklistQuestion) {
                Map<String, Long> byOption = new LinkedHashMap<>();
                ((ChecklistQuestion) q).options().forEach(o -> byOption.put(o.code(), 0L));
                ticks.put(q.name(), byOption);
            }
        }
    }

    /** A tally of {@code form}'s answers. */
    public static AnswersTally of(FormDefinition form) {
        return new AnswersTally(form);
    }

    /** The role group of a reader: the group of their role, or the role itself where it has none. */
    static String group(Answers answers) {
        return answers.choice("role").map(r -> r.group().map(g -> g.code()).orElse(r.code())).orElse("none");
    }

    /** Adds every answer from {@code source}; returns the summary. */
    public AnswersSummary tally(Source source) throws SQLException {
        source.forEach(this::add);
        return summary();
    }

    void add(Answers answers) {
        count++;
        String group = group(answers);
        points.forEach((name, byItem) -> {
            RatingQuestion q = (RatingQuestion) form.question(name).orElseThrow();
            answers.scores(name).forEach((item, score) -> {
                Map<String, long[]> byGroup = byItem.get(item);
                if (byGroup != null && score >= q.lowest() && score <= q.highest()) {
                    for (String key : List.of(AnswersSummary.EVERYONE, group)) {
                        byGroup.computeIfAbsent(key, k -> new long[q.highest() - q.lowest() + 1])[score - q.lowest()]++;
                    }
                }
            });
        });
        ticks.forEach((name, byOption) -> {
            for (Option o : answers.ticked(name)) {
                byOption.computeIfPresent(o.code(), (code, n) -> n + 1);
            }
        });
    }

    AnswersSummary summary() {
        Map<String, Map<String, Map<String, AnswersSummary.Scores>>> scores = new LinkedHashMap<>();
        points.forEach((name, byItem) -> {
            RatingQuestion q = (RatingQuestion) form.question(name).orElseThrow();
            Map<String, Map<String, AnswersSummary.Scores>> items = new LinkedHashMap<>();
            byItem.forEach((item, byGroup) -> {
                Map<String, AnswersSummary.Scores> groups = new LinkedHashMap<>();
                byGroup.forEach((group, distribution) -> groups.put(group, scores(q, distribution)));
                items.put(item, Map.copyOf(groups));
            });
            scores.put(name, Map.copyOf(items));
        });
        Map<String, Map<String, Long>> ticked = new LinkedHashMap<>();
        ticks.forEach((name, byOption) -> {
            Map<String, Long> ordered = new LinkedHashMap<>();
            byOption.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
            ticked.put(name, java.util.Collections.unmodifiableMap(ordered));
        });
        return new AnswersSummary(form.tab(), count, scores, ticked);
    }

    /** Count, mean and standard deviation of a distribution over the scale of {@code q}. */
    static AnswersSummary.Scores scores(RatingQuestion q, long[] distribution) {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < distribution.length; i++) {
            n += distribution[i];
            sum += (double) distribution[i] * (q.lowest() + i);
        }
        double mean = n == 0 ? 0 : sum / n;
        double squares = 0;
        for (int i = 0; i < distribution.length; i++) {
            double d = q.lowest() + i - mean;
            squares += distribution[i] * d * d;
        }
        double spread = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        List<Long> points = new ArrayList<>(distribution.length);
        for (long p : distribution) {
            points.add(p);
        }
        return new AnswersSummary.Scores(n, mean, spread, points);
    }
}
