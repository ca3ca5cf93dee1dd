package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The built-in page-feedback form must be the seed page's, question by question and option by option. */
class PageFeedbackFormTest {
    private static final FormDefinition SEED = FormDefinition.pageFeedback();

    // The fourteen option texts of the seed page's role list, in order (REFERENCE §1).
    private static final List<String> SEED_ROLE_TEXTS = List.of(
            "Local authority data professional",
            "Local authority digital professional",
            "Local authority children\u2019s social care professional",
            "Local authority leadership",
            "Central government data professional",
            "Central government digital professional",
            "Central government social care professional",
            "Central government leadership",
            "Other public sector professional role",
            "Data and digital supplier/partner",
            "Data and digital consultant",
            "Other private sector professional role",
            "Person (with current or previous social care involvement as a service user)",
            "Person (without current or previous social care involvement as a service user)");

    private static final List<String> SEED_REFLECTION_TEXTS = List.of(
            "I\u2019m enthusiastic about this",
            "I\u2019m unsure about this",
            "I disagree with this",
            "I have a general reflection on this",
            "I\u2019ve identified a specific issue with this",
            "Other");

    private static ChoiceQuestion choice(String name) {
        return (ChoiceQuestion) SEED.question(name).orElseThrow();
    }

    @Test
    void questionsAreTheSeedsInItsOrderWithItsNamesAndIds() {
        assertEquals(List.of("page", "nature", "summary", "details", "role", "org", "email"),
                SEED.questions().stream().map(Question::name).toList());
        assertEquals(List.of("gs-page", "mf-nature", "gs-summary", "gs-details", "mf-role", "mf-org", "mf-email"),
                SEED.questions().stream().map(Question::id).toList());
        assertEquals("Feedback", SEED.tab());
        assertEquals(List.of("sheets", "gs-form", "gs-heading", "gs-page", "hp_field", "gs-ok", "gs-err",
                "gs-error-summary"), SEED.ids().all());
    }

    @Test
    void roleTextsAreTheSeedOptionsInOrder() {
        assertEquals(SEED_ROLE_TEXTS, choice("role").options().stream().map(Option::text).toList());
    }

    @Test
    void rolesFallIntoTheFiveGroupsOfTheReference() {
        List<String> expected = List.of("local-authority", "local-authority", "local-authority", "local-authority",
                "central-government", "central-government", "central-government", "central-government",
                "other-public-sector", "private-sector", "private-sector", "private-sector", "people", "people");
        assertEquals(expected, choice("role").options().stream().map(o -> o.group().orElseThrow().code()).toList());
        assertEquals(List.of("Local authority", "Central government", "Other public sector", "Private sector", "People"),
                choice("role").groups().stream().map(OptionGroup::text).toList());
    }

    @Test
    void reflectionTextsAreTheSeedOptionsWithTheirTypographicApostrophes() {
        assertEquals(SEED_REFLECTION_TEXTS, choice("nature").options().stream().map(Option::text).toList());
        assertTrue(choice("nature").options().stream().allMatch(o -> o.group().isEmpty()));
    }

    @Test
    void everyOptionIsFoundByItsTextItsCodeAndItsWelshText() {
        for (String name : List.of("role", "nature")) {
            for (Option option : choice(name).options()) {
                assertEquals(option, SEED.option(name, option.text()).orElseThrow(), option.text());
                assertEquals(option, SEED.option(name, option.code()).orElseThrow(), option.code());
                String welsh = SEED.texts(FormDefinition.WELSH).option(choice(name), option);
                assertEquals(option, SEED.option(name, welsh).orElseThrow(), welsh);
            }
        }
    }

    @Test
    void aStraightApostropheFindsTheTypographicText() {
        assertEquals("la-social-care",
                SEED.option("role", "Local authority children's social care professional").orElseThrow().code());
        assertEquals("specific-issue", SEED.option("nature", "I've identified a specific issue with this").orElseThrow().code());
    }

    @Test
    void otherSpellingsAreNotGuessed() {
        assertTrue(SEED.option("role", "local authority leadership").isEmpty(), "case matters");
        assertTrue(SEED.option("role", "Local authority  leadership").isEmpty(), "spacing matters");
        assertTrue(SEED.option("role", "").isEmpty());
        assertTrue(SEED.option("role", "Astronaut").isEmpty());
        assertTrue(SEED.option("nature", "\u2014 Select (optional) \u2014").isEmpty());
        assertTrue(SEED.option("summary", "anything").isEmpty(), "a text question has no options");
    }

    @Test
    void codesAreDistinctAndUrlSafe() {
        for (String name : List.of("role", "nature")) {
            List<String> codes = choice(name).options().stream().map(Option::code).toList();
            assertEquals(codes.size(), new HashSet<>(codes).size());
            codes.forEach(code -> assertTrue(code.matches("[a-z][a-z-]*[a-z]"), code));
        }
    }

    @Test
    void acceptedSpellingsListEveryFormOnce() {
        List<String> spellings = SEED.rules("role").acceptedSpellings();
        assertEquals(spellings.size(), new HashSet<>(spellings).size());
        // 14 texts, 14 Welsh texts, 14 codes, and the straight-apostrophe spelling of the one English text with one.
        assertEquals(43, spellings.size());
        spellings.forEach(s -> assertTrue(SEED.option("role", s).isPresent(), s));
    }

    @Test
    void speaksEnglishThenWelsh() {
        assertEquals(List.of(FormDefinition.ENGLISH, FormDefinition.WELSH), SEED.languages());
        assertEquals("Page feedback", SEED.texts(FormDefinition.ENGLISH).get("heading"));
        assertEquals("Adborth ar y dudalen", SEED.texts(FormDefinition.WELSH).get("heading"));
        assertEquals("Page feedback", SEED.texts(java.util.Locale.FRENCH).get("heading"),
                "a language the form does not speak gets its first language");
    }

    @Test
    void theMinimalFormAsksForASummaryAndDetailsOnly() {
        assertEquals(List.of("page", "summary", "details"),
                SEED.questions(FormVariant.MINIMAL).stream().map(Question::name).toList());
        assertEquals(SEED.questions(), SEED.questions(FormVariant.DEMO));
        assertFalse(FormVariant.DEMO.takesAnswers());
        assertTrue(FormVariant.FULL.takesAnswers());
        assertEquals(Optional.empty(), SEED.question("tab"));
    }
}
