package io.github.consultation.validate.internal;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Spellings;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One choice question's options by every spelling its definition accepts, found as
 * {@link FormDefinition#option(String, String)} finds them (the value as it is, then
 * {@linkplain Spellings#fold folded}), but looked up by length rather than by hash: a submitted
 * value is a new string whose hash is not yet known, and hashing an option's text of fifty
 * characters costs more than comparing it with the one or two spellings of its length. Built
 * once from the definition; immutable and safe to share between threads.
 */
final class OptionSpellings {
    /** The spellings of each length, in the definition's order, with their options. */
    private final String[][] spellings;
    private final Option[][] options;
    /** Whether each spelling is already what {@link TextNormaliser} makes of it, as a choice's value. */
    private final boolean[][] clean;

    private OptionSpellings(String[][] spellings, Option[][] options, boolean[][] clean) {
        this.spellings = spellings;
        this.options = options;
        this.clean = clean;
    }

    /** The spellings of the options of {@code definition}'s choice question {@code name}. */
    static OptionSpellings of(FormDefinition definition, String name) {
        List<String> accepted = definition.rules(name).acceptedSpellings();
        int longest = 0;
        for (String s : accepted) {
            longest = Math.max(longest, s.length());
        }
        List<List<String>> byLength = new ArrayList<>();
        List<List<Option>> optionsByLength = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            byLength.add(new ArrayList<>());
            optionsByLength.add(new ArrayList<>());
        }
        for (String s : accepted) {
            byLength.get(s.length()).add(s);
            optionsByLength.get(s.length()).add(definition.option(name, s).orElseThrow());
        }
        String[][] spellings = new String[longest + 1][];
        Option[][] options = new Option[longest + 1][];
        boolean[][] clean = new boolean[longest + 1][];
        for (int i = 0; i <= longest; i++) {
            spellings[i] = byLength.get(i).toArray(String[]::new);
            options[i] = optionsByLength.get(i).toArray(Option[]::new);
            clean[i] = new boolean[spellings[i].length];
            for (int j = 0; j < spellings[i].length; j++) {
                // As the validator normalises a choice's value: one line, under a choice's hard limit.
                TextNormaliser.Result normal = TextNormaliser.normalise(spellings[i][j], false, Decider.CHOICE_HARD_LIMIT);
                clean[i][j] = !normal.refused() && normal.value().equals(spellings[i][j]);
            }
        }
        return new OptionSpellings(spellings, options, clean);
    }

    /**
     * The option {@code raw}, a value not yet normalised, spells exactly, if that spelling is
     * already normal (so that normalising {@code raw} would give {@code raw}); else null. Most
     * choices arrive spelled as the form wrote them, so that this saves normalising them: a
     * value that is not found so is normalised, then {@linkplain #find found}.
     */
    @Nullable Option exactAndClean(String raw) {
        int i = indexOf(raw);
        return i >= 0 && clean[raw.length()][i] ? options[raw.length()][i] : null;
    }

    /** The option {@code value} spells, or null if it spells none. */
    @Nullable Option find(String value) {
        Option found = exactly(value);
        return found != null ? found : exactly(Spellings.fold(value));
    }

    private @Nullable Option exactly(String value) {
        int i = indexOf(value);
        return i < 0 ? null : options[value.length()][i];
    }

    /** Where {@code value} stands among the spellings of its length, or -1 if it is none of them. */
    private int indexOf(String value) {
        int length = value.length();
        if (length >= spellings.length) {
            return -1;
        }
        String[] candidates = spellings[length];
        for (int i = 0; i < candidates.length; i++) {
            if (candidates[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }
}
