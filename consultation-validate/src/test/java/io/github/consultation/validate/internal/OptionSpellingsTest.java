package io.github.consultation.validate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
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
}
