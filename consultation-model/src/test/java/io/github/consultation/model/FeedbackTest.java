package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class FeedbackTest {
    private static final FormDefinition SEED = FormDefinition.pageFeedback();
    private static final Option UNSURE = SEED.option("nature", "unsure").orElseThrow();
    private static final Option CONSULTANT = SEED.option("role", "consultant").orElseThrow();

    private static Feedback.Builder complete() {
        return Feedback.builder()
                .page("/governance")
                .reflection(UNSURE)
                .summary("Clear, but who pays?")
                .details("Line one\nLine two")
                .role(CONSULTANT)
                .organisation("Acme Data")
                .email("reader@example.org");
    }

    @Test
    void newBuilderIsEmptyNotNull() {
        Feedback empty = Feedback.builder().build();
        assertEquals("", empty.page());
        assertEquals("", empty.summary());
        assertEquals("", empty.details());
        assertEquals("", empty.organisation());
        assertEquals("", empty.email());
        assertTrue(empty.role().isEmpty());
        assertTrue(empty.reflection().isEmpty());
    }

    @Test
    void builderKeepsEveryValue() {
        Feedback f = complete().build();
        assertEquals("/governance", f.page());
        assertEquals(UNSURE, f.reflection().orElseThrow());
        assertEquals("Clear, but who pays?", f.summary());
        assertEquals("Line one\nLine two", f.details());
        assertEquals(CONSULTANT, f.role().orElseThrow());
        assertEquals("Acme Data", f.organisation());
        assertEquals("reader@example.org", f.email());
    }

    @Test
    void builderRejectsNullWithTheArgumentName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Feedback.builder().summary(null));
        assertEquals("summary", e.getMessage());
        assertThrows(NullPointerException.class, () -> Feedback.builder().role(null));
    }

    @Test
    void laterChangesToTheBuilderDoNotReachABuiltFeedback() {
        Feedback.Builder b = complete();
        Feedback first = b.build();
        b.summary("Something else entirely");
        assertEquals("Clear, but who pays?", first.summary());
    }

    @Test
    void toStringNeverShowsTheEmailAddress() {
        qt().forAll(strings().allPossible().ofLengthBetween(1, 40)).checkAssert(email -> {
            String text = complete().email(email).build().toString();
            assertFalse(text.contains(email), text);
        });
    }

    @Test
    void toStringLeavesOutFreeText() {
        String text = complete().build().toString();
        assertFalse(text.contains("who pays"), text);
        assertFalse(text.contains("Acme"), text);
    }

    @Test
    void withoutContactDetailsDropsOnlyTheEmail() {
        Feedback f = complete().build();
        Feedback anonymous = f.withoutContactDetails();
        assertEquals("", anonymous.email());
        assertEquals(f.toBuilder().email("").build(), anonymous);
        Feedback noEmail = anonymous.withoutContactDetails();
        assertSame(anonymous, noEmail);
    }

    @Test
    void theRoleIsAValueWithCodeTextAndGroup() {
        Option role = complete().build().role().orElseThrow();
        assertEquals("consultant", role.code());
        assertEquals("Data and digital consultant", role.text());
        assertEquals("private-sector", role.group().orElseThrow().code());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(complete().build(), complete().build());
        assertEquals(complete().build().hashCode(), complete().build().hashCode());
        assertNotEquals(complete().build(), complete().noReflection().build());
    }
}
