package io.github.consultation.model.internal;

import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the questions with options (choices, checklists, rating items) do with their lists alike:
 * one place for the lookup by code, the groups in order, and a question's list whatever its kind.
 */
public final class OptionLists {
    private OptionLists() {
    }

    /** The options of a choice or checklist, or the items of a rating question; empty for text. */
    public static List<Option> of(Question q) {
        if (q instanceof ChoiceQuestion) {
            return ((ChoiceQuestion) q).options();
        }
        if (q instanceof ChecklistQuestion) {
            return ((ChecklistQuestion) q).options();
        }
        if (q instanceof RatingQuestion) {
            return ((RatingQuestion) q).items();
        }
        return List.of();
    }

    /** The groups {@code options} are listed under, in the order their first options appear. */
    public static List<OptionGroup> groups(List<Option> options) {
        List<OptionGroup> groups = new ArrayList<>();
        for (Option option : options) {
            option.group().filter(g -> !groups.contains(g)).ifPresent(groups::add);
        }
        return List.copyOf(groups);
    }

    /** The option of {@code options} with {@code code}. */
    public static Optional<Option> byCode(List<Option> options, String code) {
        Checks.notNull(code, "code");
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
