package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.OptionLists;
import java.util.List;
import java.util.Optional;

/**
 * A question answered by choosing one option of a list, such as the reader's role (options
 * under group headings) or their reflection.
 *
 * <pre>{@code
 * ChoiceQuestion role = (ChoiceQuestion) definition.question("role").orElseThrow();
 * role.options().size();   // 14
 * role.groups();           // the five groups, in the order their first options appear
 * }</pre>
 *
 * @param name the control's name and the JSON key
 * @param id the control's id
 * @param required whether an option must be chosen
 * @param options the options in the order the form lists them
 */
public record ChoiceQuestion(String name, String id, boolean required, List<Option> options) implements Question {
    /** Copies the options and checks the names. */
    public ChoiceQuestion {
        Checks.name(name, "name");
        Checks.id(id, "id");
        options = List.copyOf(Checks.notNull(options, "options"));
        if (options.isEmpty()) {
            throw new IllegalArgumentException("A choice needs at least one option: " + name);
        }
    }

    /** The groups the options are listed under, in the order their first options appear; empty if none. */
    public List<OptionGroup> groups() {
        return OptionLists.groups(options);
    }

    /** The option with {@code code}. */
    public Optional<Option> option(String code) {
        return OptionLists.byCode(options, code);
    }
}
