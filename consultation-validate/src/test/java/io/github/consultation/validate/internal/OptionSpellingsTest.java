package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Options found by length find what the definition's own lookup finds, for every spelling and its neighbours. */
class OptionSpellingsTest {
    /** A spelling the form accepts for one of its choices, with that choice's spellings found by length. */
    private record Spelling(FormDefinition definition, String question, OptionSpellings spellings, String spelling) {
        /** The option the definition's own lookup finds for {@code said}, or null. */
        Option definitionsOption(String said) {
            return definition.option(question, said).orElse(null);
        }
    }

    /** Every spelling of every choice in the library's forms. */
    private static List<Spelling> everySpelling() {
        List<Spelling> all = new ArrayList<>();
        for (FormDefinition definition : List.of(FormDefinition.pageFeedback(), FormDefinition.questionnaire())) {
            for (Question q : definition.questions()) {
                if (q instanceof ChoiceQuestion) {
                    OptionSpellings spellings = OptionSpellings.of(definition, q.name());
                    for (String s : definition.rules(q.name()).acceptedSpellings()) {
                        all.add(new Spelling(definition, q.name(), spellings, s));
                    }
                }
            }
        }
        return all;
    }

    @Test
    void findsWhatTheDefinitionFinds() {
        int checked = 0;
        for (Spelling c : everySpelling()) {
            String s = c.spelling();
            for (String said : List.of(s, s.replace('\'', '\u2019'), s.replace('\u2019', '\''), s.replace(' ', '\u00a0'),
                    s + " ", s.toUpperCase(Locale.ROOT), s.substring(1))) {
                assertEquals(c.definitionsOption(said), c.spellings().find(said), c.question() + ": " + said);
                checked++;
            }
        }
        assertTrue(checked > 100, "the forms have choices to check: " + checked);
    }

    @Test
    void findsNothingForAnEmptyOrOverlongValue() {
        for (Spelling c : everySpelling()) {
            assertNull(c.spellings().find(""), c.question());
            assertNull(c.spellings().find("x".repeat(500)), c.question());
        }
    }

    /**
     * The validator's shortcut for a choice spelled as the form spells it: it gives the option only
     * for a value that normalising leaves as it is, and then the option the value names; never for
     * a value normalising would change (spaces, controls, another form of a character).
     */
    @Test
    void anExactSpellingIsTakenAsItIsOnlyWhenNormalisingWouldKeepIt() {
        int taken = 0;
        for (Spelling c : everySpelling()) {
            String s = c.spelling();
            for (String said : List.of(s, " " + s, s + "\t", s + "\u202e", "\u202a" + s, s.replace("e", "e\u0301"),
                    s + "\r\n", s.substring(1), s.toUpperCase(Locale.ROOT))) {
                Option shortcut = c.spellings().exactAndClean(said);
                if (shortcut == null) {
                    continue;
                }
                TextNormaliser.Result normal = TextNormaliser.normalise(said, false, Decider.CHOICE_HARD_LIMIT);
                assertEquals(said, normal.value(), c.question() + ": normalising would change " + said);
                assertEquals(c.definitionsOption(said), shortcut, c.question() + ": " + said);
                taken++;
            }
            assertEquals(c.spellings().find(s), c.spellings().exactAndClean(s), c.question() + ": the form's own spelling " + s);
        }
        assertTrue(taken > 50, "spellings as the form writes them are taken as they are: " + taken);
    }
}
