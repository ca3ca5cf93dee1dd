package io.github.consultation.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.consultation.model.Answers;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FormDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a form's answers become a row: which table, and the content hash that finds duplicates. */
class FormTableTest {
    private static final FormDefinition SEED = FormDefinition.pageFeedback();
    private static final FormTable PAGE_FORM = FormTable.of(SEED, true);

    private static Feedback feedback(String summary) {
        return Feedback.builder().page("/shared-record").summary(summary).details("More\nlines")
                .role(SEED.option("role", "consultant").orElseThrow())
                .reflection(SEED.option("nature", "other").orElseThrow())
                .organisation("Acme").email("a@example.org").build();
    }

    private static String hash(Feedback feedback) {
        Answers answers = Answers.of(SEED, feedback);
        return PAGE_FORM.contentHash(answers, PAGE_FORM.content(answers));
    }

    @Test
    void thePageFormHasAColumnPerFieldAndAnyOtherFormIsEncoded() {
        assertInstanceOf(FeedbackTable.class, PAGE_FORM);
        assertInstanceOf(AnswersTable.class, FormTable.of(FormDefinition.questionnaire(), false));
        assertInstanceOf(AnswersTable.class, FormTable.of(SEED, false), "another form with the same fields");
        assertInstanceOf(AnswersTable.class, FormTable.of(FormDefinition.questionnaire(), true),
                "a page form with questions the columns have no room for");
    }

    @Test
    void theContentHashCoversEveryField() {
        Feedback base = feedback("Same words");
        assertEquals(hash(base), hash(feedback("Same words")));
        for (Feedback changed : List.of(base.toBuilder().page("/other").build(),
                base.toBuilder().summary("Other words").build(), base.toBuilder().details("").build(),
                base.toBuilder().role(SEED.option("role", "supplier").orElseThrow()).build(),
                base.toBuilder().noReflection().build(), base.toBuilder().organisation("").build(),
                base.withoutContactDetails())) {
            assertNotEquals(hash(base), hash(changed), changed.toString());
        }
        // Fields are kept apart: moving a character from one to the next changes the hash.
        assertNotEquals(hash(base.toBuilder().summary("ab").details("c").build()),
                hash(base.toBuilder().summary("a").details("bc").build()));
    }

    /** The hash the store has always claimed for the page form, so that a save across an upgrade is still found a duplicate. */
    @Test
    void thePageFormsHashIsTheOneEarlierVersionsClaimed() {
        Feedback f = feedback("Same words");
        assertEquals(FormTable.hash(List.of("/shared-record", "other", "Same words", "More\nlines", "consultant", "Acme",
                "a@example.org")), hash(f));
    }
}
