package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.OptionLists;
import java.util.List;
import java.util.Optional;

/**
 * A question answered by ticking any number of options, listed under group headings: the
 * questionnaire's longlist of activities, say.
 *
 * <pre>{@code
 * ChecklistQuestion activities = (ChecklistQuestion) questionnaire.question("activities").orElseThrow();
 * activities.groups().size();    // 13 headings
 * activities.options().size();   // 39 activities
 * }</pre>
 *
 * @param name the controls' name and the JSON key
 * @param id the id of the first control; the others follow it as {@code <id>-2}, {@code <id>-3}, ...
 * @param required whether at least one option must be ticked
 * @param options every option, in the order the form lists them
 */
public record ChecklistQuestion(String name, String id, boolean required, List<Option> options) implements Question {
    /** Copies the options and checks the names. */
    public ChecklistQuestion {
        Checks.name(name, "name");
        Checks.id(id, "id");
        options = List.copyOf(Checks.notNull(options, "options"));
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A checklist needs at least one option: " + name);
        }
    }

    /** The headings the options are listed under, in the order their first options appear. */
    public List<OptionGroup> groups() {
        return OptionLists.groups(options);
    }

    /** The option with {@code code}. */
    public Optional<Option> option(String code) {
        return OptionLists.byCode(options, code);
    }
}
