package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules a definition gives its questions say what the reference asks. */
class FieldRulesTest {
    private static final FormDefinition SEED = FormDefinition.pageFeedback();

    private static FieldRules rules(FeedbackField field) {
        return SEED.rules(field.formName());
    }

    @Test
    void summaryIsRequiredWithAtLeastFiveCharacters() {
        FieldRules summary = rules(FeedbackField.SUMMARY);
        assertTrue(summary.required());
        assertEquals(OptionalInt.of(5), summary.minLength());
        assertEquals(OptionalInt.of(300), summary.maxLength());
    }

    @Test
    void roleIsARequiredChoiceOfTheFourteenRoles() {
        FieldRules role = rules(FeedbackField.ROLE);
        assertTrue(role.required());
        assertTrue(role.isChoice());
        assertEquals(14, role.options().size());
    }

    @Test
    void reflectionIsAnOptionalChoice() {
        FieldRules reflection = rules(FeedbackField.REFLECTION);
        assertFalse(reflection.required());
        assertEquals(6, reflection.options().size());
    }

    @Test
    void onlyTheEmailFieldIsAnEmailAddress() {
        for (FeedbackField field : FeedbackField.values()) {
            assertEquals(field == FeedbackField.EMAIL, rules(field).email(), field.name());
        }
        assertTrue(rules(FeedbackField.EMAIL).emailPattern().isPresent());
    }

    @Test
    void everyTextFieldHasAMaximumLength() {
        for (FeedbackField field : FeedbackField.values()) {
            if (!rules(field).isChoice()) {
                assertTrue(rules(field).maxLength().isPresent(), field.name() + " needs a maximum length");
            }
        }
        assertEquals(OptionalInt.of(2048), rules(FeedbackField.PAGE).maxLength());
    }

    @Test
    void emailLimitIsTheGovukOne() {
        assertEquals(OptionalInt.of(254), rules(FeedbackField.EMAIL).maxLength());
    }

    @Test
    void emailPatternFollowsTheBrowsersRule() {
        Pattern p = Pattern.compile(TextQuestion.EMAIL_PATTERN);
        assertTrue(p.matcher("name@example.com").matches());
        assertTrue(p.matcher("first.last+tag@sub.example.org").matches());
        assertTrue(p.matcher("name@localhost").matches(), "browsers accept a dotless domain");
        assertTrue(p.matcher("").matches(), "no address at all is fine: the field is optional");
        assertFalse(p.matcher("name@").matches());
        assertFalse(p.matcher("name example.com").matches());
        assertFalse(p.matcher("name@exa_mple.com").matches());
        assertFalse(p.matcher("name@-example.com").matches());
        assertFalse(p.matcher("<script>@example.com").matches());
        assertFalse(p.matcher("a..b@example.com").matches(), "no two dots in a row");
        assertFalse(p.matcher(".a@example.com").matches());
        assertFalse(p.matcher("a.@example.com").matches());
        assertTrue(p.matcher("x".repeat(64) + "@example.com").matches());
        assertFalse(p.matcher("x".repeat(65) + "@example.com").matches(), "a local part is at most 64 characters");
        assertTrue(p.matcher("o'brien{x}|y/z@example.com").matches());
    }

    @Test
    void formNamesAreThoseOfTheExistingSite() {
        assertEquals("page nature summary details role org email",
                String.join(" ", Arrays.stream(FeedbackField.values()).map(FeedbackField::formName).toList()));
        for (FeedbackField field : FeedbackField.values()) {
            assertEquals(field, FeedbackField.forName(field.formName()).orElseThrow());
        }
        assertTrue(FeedbackField.forName("tab").isEmpty());
    }

    @Test
    void rulesRefuseImpossibleLengths() {
        assertThrows(IllegalArgumentException.class, () -> new FieldRules(false, OptionalInt.of(10), OptionalInt.of(5),
                false, Optional.empty(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FieldRules(false, OptionalInt.of(-1), OptionalInt.empty(),
                false, Optional.empty(), List.of(), List.of()));
    }

    @Test
    void theMinimalFormDoesNotRequireARole() {
        assertFalse(SEED.rules("role", FormVariant.MINIMAL).required());
        assertTrue(SEED.rules("role", FormVariant.FULL).required());
        assertTrue(SEED.rules("role", FormVariant.DEMO).required());
    }

    @Test
    void rulesSharedByEveryFormHoldInEachVariant() {
        for (FormVariant variant : FormVariant.values()) {
            assertTrue(SEED.rules("summary", variant).required(), variant.name());
            assertEquals(OptionalInt.of(5), SEED.rules("summary", variant).minLength(), variant.name());
            assertEquals(SEED.rules("email").maxLength(), SEED.rules("email", variant).maxLength(), variant.name());
        }
    }

    @Test
    void onlyTheDetailsTakeSeveralLinesAndOnlyThePageIsFilledByThePage() {
        for (Question q : SEED.questions()) {
            if (q instanceof TextQuestion) {
                TextQuestion t = (TextQuestion) q;
                assertEquals(q.name().equals("details"), t.multiline(), q.name());
                assertEquals(q.name().equals("page"), t.filledByPage(), q.name());
            }
        }
    }
}
