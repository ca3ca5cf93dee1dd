package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The built-in form speaks Welsh wherever it speaks English, with the same placeholders. */
class BuiltInTextsTest {
    private static final FormDefinition SEED = FormDefinition.pageFeedback();

    @Test
    void everyEnglishTextHasAWelshOneAndNoMore() {
        Map<String, String> english = SEED.texts(FormDefinition.ENGLISH).asMap();
        Map<String, String> welsh = SEED.texts(FormDefinition.WELSH).asMap();
        TreeSet<String> welshKeys = new TreeSet<>(welsh.keySet());
        // Welsh has more plural forms than English (zero, two, few, many): those are its own.
        welshKeys.removeIf(k -> k.matches(".*\\.(zero|two|few|many)") && english.containsKey(k.replaceFirst("\\.[a-z]+$", ".other")));
        assertEquals(new TreeSet<>(english.keySet()), welshKeys);
    }

    @Test
    void translationsKeepTheirPlaceholders() {
        Map<String, String> english = SEED.texts(FormDefinition.ENGLISH).asMap();
        Map<String, String> welsh = SEED.texts(FormDefinition.WELSH).asMap();
        english.forEach((key, text) -> {
            if (key.startsWith("count.")) {
                assertEquals(text.contains("%{count}"), welsh.get(key).contains("%{count}"), key);
            }
            for (String placeholder : new String[] {"{label}", "{min}", "{max}", "{name}", "{limit}"}) {
                assertEquals(text.contains(placeholder), welsh.get(key).contains(placeholder), key + " " + placeholder);
            }
        });
    }

    @Test
    void noTextIsEmptyOrMarkup() {
        for (var language : SEED.languages()) {
            SEED.texts(language).asMap().forEach((key, text) -> {
                assertFalse(text.isBlank(), key);
                assertFalse(text.contains("<"), key + " is plain text");
            });
        }
    }

    @Test
    void everyQuestionHasALabelInEachLanguage() {
        for (var language : SEED.languages()) {
            for (Question q : SEED.questions()) {
                if (!q.name().equals("page")) {
                    assertTrue(SEED.texts(language).find("label." + q.name()).isPresent(), q.name());
                }
            }
        }
    }
}
