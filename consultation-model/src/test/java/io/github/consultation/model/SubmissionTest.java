package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SubmissionTest {
    @Test
    void keepsKnownFieldsAndHoneypotOnly() {
        Submission s = Submission.of(Map.of("summary", "Hello", "hp_field", "bot", "tab", "Feedback", "x", "y"));
        assertEquals(Map.of("summary", "Hello", "hp_field", "bot"), s.values());
        assertEquals("bot", s.honeypot());
        assertEquals("", s.value(FeedbackField.EMAIL));
    }

    @Test
    void aFeedbackShowsAsItsOptionTexts() {
        Feedback f = Feedback.builder().page("/p").summary("Hello there").role(Role.CONSULTANT)
                .reflection(Reflection.OTHER).email("a@b.org").build();
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
