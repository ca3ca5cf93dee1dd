package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The messages follow the GOV.UK style, exist in Welsh, and can be replaced by the host. */
class MessagesTest {
    private static final String BAD = "{\"page\":\"/p\",\"summary\":\"Hi\",\"role\":\"\",\"email\":\"x@\"}";

    @Test
    void everyMessageHasAWelshOneWithTheSamePlaceholders() {
        Map<String, String> english = FormDefinition.pageFeedback().texts(Locale.ENGLISH).asMap();
        Map<String, String> welsh = FormDefinition.pageFeedback().texts(FormDefinition.WELSH).asMap();
        Pattern placeholder = Pattern.compile("\\{[a-z]+\\}");
        english.forEach((key, text) -> {
            if (key.startsWith("message.")) {
                assertEquals(placeholder.matcher(text).results().map(r -> r.group()).sorted().toList(),
                        placeholder.matcher(welsh.get(key)).results().map(r -> r.group()).sorted().toList(), key);
            }
        });
    }

    @Test
    void englishMessagesAvoidTheWordsGovukAvoids() {
        FormDefinition.pageFeedback().texts(Locale.ENGLISH).asMap().forEach((key, message) -> {
            if (key.startsWith("message.")) {
                String text = message.toLowerCase(Locale.ROOT);
                for (String word : List.of("please", "valid", "invalid", "this field is required", "sorry")) {
                    assertFalse(text.contains(word), key + ": " + text);
                }
            }
        });
    }

    @Test
    void aTextTheFormDoesNotHaveIsRefusedAtBuild() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> FeedbackValidator.builder().texts(Map.of("summary.too-short", "old style key")).build());
        assertEquals("The form has no text called 'summary.too-short'", e.getMessage());
    }

    @Test
    void welshIsChosenByLocale() {
        Verdict v = FeedbackValidator.builder().locale(Locale.forLanguageTag("cy")).build().validateJson(BAD);
        assertEquals(List.of("Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy", "Dewiswch eich r\u00f4l",
                "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com"),
                v.errors().stream().map(FieldError::message).toList());
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        Verdict v = FeedbackValidator.builder().locale(Locale.JAPANESE).build().validateJson(BAD);
        assertEquals("Summary must be 5 characters or more", v.errors().get(0).message());
    }

    /**
     * French on English gives its general messages only: where English has a particular one
     * (details too long, a role not on the list), the French reader gets the French general
     * message rather than the English particular; a particular one French gives wins again.
     */
    @Test
    void aLanguageOnABaseSaysItsOwnGeneralMessageBeforeItsBasesParticularOne() {
        FormDefinition.Builder french = FormDefinition.pageFeedback().toBuilder().language(Locale.FRENCH, Locale.ENGLISH)
                .text(Locale.FRENCH, "message.any.too-long", "{label} : {max} caract\u00e8res au plus")
                .text(Locale.FRENCH, "message.any.unknown-option", "{label} : \u00ab {item} \u00bb n\u2019est pas un choix")
                .text(Locale.FRENCH, "message.label.details", "D\u00e9tails")
                .text(Locale.FRENCH, "message.label.role", "R\u00f4le");
        String json = "{\"page\":\"/p\",\"summary\":\"Hi\",\"role\":\"Nope\",\"details\":\""
                + "d".repeat(5001) + "\"}";
        Verdict v = FeedbackValidator.builder().form(french.build()).locale(Locale.FRENCH).build().validateJson(json);
        assertEquals("D\u00e9tails : 5000 caract\u00e8res au plus", v.errorFor("details").orElseThrow().message());
        assertEquals("R\u00f4le : \u00ab Nope \u00bb n\u2019est pas un choix", v.errorFor("role").orElseThrow().message());
        assertEquals("Summary must be 5 characters or more", v.errorFor("summary").orElseThrow().message(),
                "nothing in French: the base's");
        Verdict english = FeedbackValidator.builder().form(french.build()).locale(Locale.ENGLISH).build().validateJson(json);
        assertEquals("Details must be 5000 characters or fewer", english.errorFor("details").orElseThrow().message());
        Verdict particular = FeedbackValidator.builder().form(french.text(Locale.FRENCH, "message.details.too-long",
                "Les d\u00e9tails : {max} caract\u00e8res au plus").build()).locale(Locale.FRENCH).build().validateJson(json);
        assertEquals("Les d\u00e9tails : 5000 caract\u00e8res au plus", particular.errorFor("details").orElseThrow().message());
    }

    @Test
    void aHostReplacesMessagesKeyByKey() {
        FeedbackValidator validator = FeedbackValidator.builder()
                .texts(Map.of("message.summary.too-short", "Write at least {min} characters", "message.label.org", "Company"))
                .build();
        Verdict v = validator.validateJson(BAD);
        assertEquals("Write at least 5 characters", v.errors().get(0).message());
        assertEquals("Select your role", v.errors().get(1).message(), "other keys keep the library's text");
        Verdict wrongType = validator.validateJson("{\"page\":\"/p\",\"summary\":\"Hello there\",\"role\":\"la-data\",\"org\":1}");
        assertEquals("Company must be sent as text", wrongType.errors().get(0).message());
    }

    @Test
    void aHostBundleWorksToo() {
        ListResourceBundle hostBundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"message.role.required", "Tell us your role"}};
            }
        };
        Verdict v = FeedbackValidator.builder().texts(hostBundle).build().validateJson(BAD);
        assertEquals("Tell us your role", v.errorFor("role").orElseThrow().message());
    }

    @Test
    void messagesNameTheFieldAsTheFormLabelsIt() {
        Verdict v = FeedbackValidator.create().validateJson(
                "{\"page\":\"/p\",\"summary\":\"" + "a".repeat(301) + "\",\"role\":\"\",\"org\":\"" + "b".repeat(201) + "\"}");
        assertTrue(v.errors().get(0).message().startsWith("Summary "));
        assertTrue(v.errors().get(1).message().contains("role"));
        assertTrue(v.errors().get(2).message().startsWith("Organisation "));
    }
}
