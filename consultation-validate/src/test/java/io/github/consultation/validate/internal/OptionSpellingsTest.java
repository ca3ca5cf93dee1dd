package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Options found by length find what the definition's own lookup finds, for every spelling and its neighbours. */
class OptionSpellingsTest {
    @Test
    void findsWhatTheDefinitionFinds() {
        int checked = 0;
        for (FormDefinition definition : List.of(FormDefinition.pageFeedback(), FormDefinition.questionnaire())) {
            for (Question q : definition.questions()) {
                if (!(q instanceof ChoiceQuestion)) {
                    continue;
                }
                OptionSpellings spellings = OptionSpellings.of(definition, q.name());
                for (String s : definition.rules(q.name()).acceptedSpellings()) {
                    for (String said : List.of(s, s.replace('\'', '\u2019'), s.replace('\u2019', '\''),
                            s.replace(' ', '\u00a0'), s + " ", s.toUpperCase(java.util.Locale.ROOT), s.substring(1))) {
                        assertEquals(definition.option(q.name(), said).orElse(null), spellings.find(said),
                                q.name() + ": " + said);
                        checked++;
                    }
                }
                assertNull(spellings.find(""));
                assertNull(spellings.find("x".repeat(500)));
            }
        }
        assertTrue(checked > 100, "the forms have choices to check: " + checked);
    }

    /**
     * The validator's shortcut for a choice spelled as the form spells it: it gives the option only
     * for a value that normalising leaves as it is, and then the option the value names; never for
     * a value normalising would change (spaces, controls, another form of a character).
     */
    @Test
    void anExactSpellingIsTakenAsItIsOnlyWhenNormalisingWouldKeepIt() {
        int taken = 0;
        for (FormDefinition definition : List.of(FormDefinition.pageFeedback(), FormDefinition.questionnaire())) {
            for (Question q : definition.questions()) {
                if (!(q instanceof ChoiceQuestion)) {
                    continue;
                }
                OptionSpellings spellings = OptionSpellings.of(definition, q.name());
                for (String s : definition.rules(q.name()).acceptedSpellings()) {
                    for (String said : List.of(s, " " + s, s + "\t", s + "\u202e", "\u202a" + s, s.replace("e", "e\u0301"),
                            s + "\r\n", s.substring(1), s.toUpperCase(java.util.Locale.ROOT))) {
                        Option shortcut = spellings.exactAndClean(said);
                        if (shortcut == null) {
                            continue;
                        }
                        TextNormaliser.Result normal = TextNormaliser.normalise(said, false, Decider.CHOICE_HARD_LIMIT);
                        assertEquals(said, normal.value(), q.name() + ": normalising would change " + said);
                        assertEquals(definition.option(q.name(), said).orElse(null), shortcut, q.name() + ": " + said);
                        taken++;
                    }
                    assertEquals(spellings.find(s), spellings.exactAndClean(s), q.name() + ": the form's own spelling " + s);
                }
            }
        }
        assertTrue(taken > 50, "spellings as the form writes them are taken as they are: " + taken);
    }
}
