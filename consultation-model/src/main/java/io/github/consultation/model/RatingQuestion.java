package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.OptionLists;
import java.util.List;
import java.util.Optional;

/**
 * A question that scores each of a list of items on a scale, such as "score our ideas by
 * usefulness, 1 = not at all likely, 5 = very likely": a matrix of one scale per item. Each item
 * may be left unscored unless the question is required, in which case every item needs a score.
 *
 * <pre>{@code
 * RatingQuestion usefulness = (RatingQuestion) questionnaire.question("rank_usefulness").orElseThrow();
 * usefulness.items().size();   // 13 ideas
 * usefulness.lowest();         // 1
 * usefulness.highest();        // 5
 * }</pre>
 *
 * @param name the JSON key of the object of scores; in a form post each item's control is named
 *     {@code <name>.<item code>}
 * @param id the prefix of the items' control ids: {@code <id>-<item code>}
 * @param required whether every item must be scored
 * @param items the items to score, in order
 * @param lowest the lowest score
 * @param highest the highest score
 */
public record RatingQuestion(String name, String id, boolean required, List<Option> items, int lowest, int highest)
        implements Question {
    /** The most points a scale may have: more than ten is no longer a scale a reader can use. */
    public static final int MAX_POINTS = 10;

    /** Copies the items and checks the names and the scale. */
    public RatingQuestion {
        Checks.name(name, "name");
        Checks.id(id, "id");
        items = List.copyOf(Checks.notNull(items, "items"));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A rating question needs at least one item: " + name);
        }
        if (lowest < 0 || highest <= lowest || highest - lowest + 1 > MAX_POINTS) {
            throw new IllegalArgumentException("The scale of " + name + " must run up from 0 or more over 2 to "
                    + MAX_POINTS + " points, not " + lowest + " to " + highest);
        }
    }

    /** The item with {@code code}. */
    public Optional<Option> item(String code) {
        return OptionLists.byCode(items, code);
    }

    /** The name of one item's control in a form post: {@code <name>.<code>}. */
    public String controlName(Option item) {
        return name + "." + item.code();
    }
}
