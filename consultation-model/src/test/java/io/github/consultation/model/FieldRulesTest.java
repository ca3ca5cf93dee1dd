package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules read from the annotations on {@link Feedback} say what the issue asks. */
class FieldRulesTest {
    @Test
    void summaryIsRequiredWithAtLeastFiveCharacters() {
        FieldRules summary = FeedbackField.SUMMARY.rules();
        assertTrue(summary.required());
        assertEquals(OptionalInt.of(5), summary.minLength());
    }

    @Test
    void roleIsARequiredChoiceOfTheFourteenRoles() {
        FieldRules role = FeedbackField.ROLE.rules();
        assertTrue(role.required());
        assertTrue(role.isChoice());
        assertEquals(Arrays.stream(Role.values()).map(Role::text).toList(), role.options());
    }

    @Test
    void reflectionIsAnOptionalChoice() {
        FieldRules reflection = FeedbackField.REFLECTION.rules();
        assertFalse(reflection.required());
        assertEquals(6, reflection.options().size());
    }

    @Test
    void onlyTheEmailFieldIsAnEmailAddress() {
        for (FeedbackField field : FeedbackField.values()) {
            assertEquals(field == FeedbackField.EMAIL, field.rules().email(), field.name());
        }
        assertTrue(FeedbackField.EMAIL.rules().emailPattern().isPresent());
    }

    @Test
    void everyTextFieldHasAMaximumLength() {
        for (FeedbackField field : FeedbackField.values()) {
            if (!field.rules().isChoice()) {
                assertTrue(field.rules().maxLength().isPresent(), field.name() + " needs a maximum length");
            }
        }
    }

    @Test
    void emailLimitIsTheGovukOne() {
        assertEquals(OptionalInt.of(254), FeedbackField.EMAIL.rules().maxLength());
    }

    @Test
    void emailPatternFollowsTheBrowsersRule() {
        Pattern p = Pattern.compile(FeedbackField.EMAIL.rules().emailPattern().orElseThrow());
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
    void builderRefusesImpossibleLengths() {
        assertThrows(IllegalStateException.class, () -> FieldRules.builder().minLength(10).maxLength(5).build());
        assertThrows(IllegalStateException.class, () -> FieldRules.builder().minLength(-1).build());
    }

    @Test
    void theMinimalFormDoesNotRequireARole() {
        assertFalse(FeedbackField.ROLE.rules(FormVariant.MINIMAL).required());
        assertTrue(FeedbackField.ROLE.rules(FormVariant.FULL).required());
        assertTrue(FeedbackField.ROLE.rules(FormVariant.DEMO).required());
    }

    @Test
    void rulesSharedByEveryFormHoldInEachVariant() {
        for (FormVariant variant : FormVariant.values()) {
            assertTrue(FeedbackField.SUMMARY.rules(variant).required(), variant.name());
            assertEquals(OptionalInt.of(5), FeedbackField.SUMMARY.rules(variant).minLength(), variant.name());
            assertEquals(FeedbackField.EMAIL.rules(FormVariant.FULL).maxLength(),
                    FeedbackField.EMAIL.rules(variant).maxLength(), variant.name());
        }
    }

    @Test
    void onlyTheDetailsTakeSeveralLinesAndOnlyThePageIsFilledByThePage() {
        for (FeedbackField field : FeedbackField.values()) {
            assertEquals(field == FeedbackField.DETAILS, field.multiline(), field.name());
            assertEquals(field == FeedbackField.PAGE, field.filledByPage(), field.name());
        }
    }

    @Test
    void theMinimalFormAsksForASummaryAndDetailsOnly() {
        assertEquals(java.util.Set.of(FeedbackField.PAGE, FeedbackField.SUMMARY, FeedbackField.DETAILS),
                FormVariant.MINIMAL.fields());
        assertFalse(FormVariant.DEMO.takesAnswers());
        assertTrue(FormVariant.FULL.takesAnswers());
    }
}
