package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionTest {
    @Test
    void keepsNonEmptyValuesByName() {
        Submission s = Submission.of(Map.of("summary", "Hello", "hp_field", "bot", "email", ""));
        assertEquals(Map.of("summary", List.of("Hello"), "hp_field", List.of("bot")), s.values());
        assertEquals("bot", s.honeypot());
        assertEquals("", s.value(FeedbackField.EMAIL));
    }

    @Test
    void aControlMayCarrySeveralValues() {
        Submission s = Submission.ofLists(Map.of("activities", List.of("a", "", "b")));
        assertEquals(List.of("a", "b"), s.values("activities"));
        assertEquals("a", s.value("activities"));
        assertEquals(List.of(), s.values("other"));
    }

    @Test
    void aFeedbackShowsAsItsOptionTexts() {
        FormDefinition seed = FormDefinition.pageFeedback();
        Feedback f = Feedback.builder().page("/p").summary("Hello there").role(seed.option("role", "consultant").orElseThrow())
                .reflection(seed.option("nature", "other").orElseThrow()).email("a@b.org").build();
        Submission s = Submission.of(f);
        assertEquals("Data and digital consultant", s.value(FeedbackField.ROLE));
        assertEquals("Other", s.value(FeedbackField.REFLECTION));
        assertEquals("a@b.org", s.value(FeedbackField.EMAIL));
    }

    @Test
    void toStringShowsNamesNotValues() {
        String text = Submission.of(Map.of("email", "secret@example.org")).toString();
        assertFalse(text.contains("secret"), text);
    }
}
