package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A host builds its own form; the builder refuses what would not work, saying where and why. */
class FormDefinitionTest {
    private static final Locale EN = FormDefinition.ENGLISH;
    private static final Locale CY = FormDefinition.WELSH;
    private static final OptionGroup PUBLIC = new OptionGroup("public", "Members of the public");
    private static final OptionGroup COUNCIL = new OptionGroup("council", "The council");

    /** The libraries consultation of the README: four roles, no organisation, a longer least summary. */
    private static FormDefinition.Builder libraries() {
        return FormDefinition.builder()
                .roles(List.of(Option.of("resident", "Resident", PUBLIC), Option.of("member", "Library member", PUBLIC),
                        Option.of("staff", "Staff", COUNCIL), Option.of("councillor", "Councillor", COUNCIL)))
                .reflections(List.of(Option.of("support", "I support this"), Option.of("oppose", "I oppose this")))
                .without("org")
                .lengths("summary", 20, 400)
                .text(EN, "heading", "Tell us about your library");
    }

    private static List<String> paths(FormDefinition.Builder b) {
        return b.problems().stream().map(FormDefinition.Problem::path).toList();
    }

    @Test
    void aHostBuildsItsOwnForm() {
        FormDefinition form = libraries().build();
        assertEquals(List.of("page", "nature", "summary", "details", "role", "email"),
                form.questions().stream().map(Question::name).toList());
        assertEquals(OptionalInt.of(20), form.rules("summary").minLength());
        assertEquals(List.of("Resident", "Library member", "Staff", "Councillor"), form.rules("role").options());
        assertEquals("Tell us about your library", form.texts(EN).get("heading"));
        assertEquals("Library member", form.option("role", "member").orElseThrow().text());
        assertEquals("Members of the public", form.texts(EN).group(PUBLIC));
        assertTrue(form.question("org").isEmpty());
        assertEquals(List.of(EN), form.languages());
    }

    @Test
    void anUnchangedDefinitionRebuildsEqualToItself() {
        FormDefinition seed = FormDefinition.pageFeedback();
        FormDefinition again = seed.toBuilder().build();
        assertEquals(seed.questions(), again.questions());
        assertEquals(seed.texts(CY).asMap(), again.texts(CY).asMap());
        assertSame(seed, FormDefinition.pageFeedback(), "the built-in form is built once");
    }

    @Test
    void aDuplicateRoleCodeIsNamedWithItsPlace() {
        FormDefinition.Builder b = libraries().roles(List.of(Option.of("resident", "Resident", PUBLIC),
                Option.of("resident", "Another resident", PUBLIC)));
        assertEquals(List.of("options.role.1"), paths(b));
        assertTrue(b.problems().get(0).message().contains("the code 'resident' is used twice"), b.problems().toString());
        IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
        assertTrue(e.getMessage().contains("options.role.1"), e.getMessage());
    }

    @Test
    void aDuplicateOptionTextIsRefusedTooEvenWithAnotherApostrophe() {
        FormDefinition.Builder b = libraries().reflections(List.of(Option.of("a", "I\u2019m for it"),
                Option.of("b", "I'm for it")));
        assertEquals(List.of("options.nature.1"), paths(b));
    }

    @Test
    void apostrophesQuotesAndSpacesMatchInAnyOfTheirSpellingsBothWays() {
        FormDefinition form = libraries().reflections(List.of(Option.of("straight", "I'm for \"it\" now"),
                Option.of("curly", "I\u2019m against \u201cit\u201d"))).build();
        for (String spelling : List.of("I'm for \"it\" now", "I\u2019m for \u201cit\u201d now", "I\u2018m for \u201dit\u201c now",
                "I'm\u00a0for \"it\"\u202fnow")) {
            assertEquals("straight", form.option("nature", spelling).map(Option::code).orElse("none"), spelling);
        }
        for (String spelling : List.of("I\u2019m against \u201cit\u201d", "I'm against \"it\"", "I\u2032m against\u00a0\"it\u201d")) {
            assertEquals("curly", form.option("nature", spelling).map(Option::code).orElse("none"), spelling);
        }
        assertTrue(form.option("nature", "Im against it").isEmpty(), "a missing apostrophe is another spelling");
        for (String spelling : form.rules("nature").acceptedSpellings()) {
            assertTrue(java.util.regex.Pattern.matches(Spellings.pattern(spelling), Spellings.fold(spelling)), spelling);
        }
        assertTrue(java.util.regex.Pattern.matches(Spellings.pattern("a (b) [c]? $d."), "a (b) [c]? $d."));
        assertTrue(!java.util.regex.Pattern.matches(Spellings.pattern("a.b"), "axb"));
    }

    @Test
    void limitsOutsideTheSafeBoundsAreRefused() {
        assertEquals(List.of("lengths.summary"), paths(libraries().lengths("summary", 0, FormDefinition.MAX_LINE + 1)));
        assertEquals(List.of("lengths.summary"), paths(libraries().lengths("summary", 50, 40)));
        assertEquals(List.of("lengths.details"), paths(libraries().lengths("details", 0, FormDefinition.MAX_LINES + 1)));
        assertEquals(List.of("lengths.email"), paths(libraries().lengths("email", 0, 300)));
        assertEquals(List.of("lengths.email"), paths(libraries().lengths("email", 3, 100)));
        assertEquals(List.of("lengths.page"), paths(libraries().lengths("page", 0, 100)));
        assertEquals(List.of("lengths.role"), paths(libraries().lengths("role", 0, 100)));
        assertEquals(List.of("lengths.org"), paths(libraries().lengths("org", 0, 100)), "org was left out");
        assertEquals(List.of(), paths(libraries().lengths("details", 0, FormDefinition.MAX_LINES)));
    }

    @Test
    void everyTextInTheFirstLanguageNeedsOneInEachOther() {
        FormDefinition.Builder b = libraries().languages(EN, CY);
        List<String> missing = paths(b);
        // The host changed the heading, so the library's Welsh heading no longer translates it; and the
        // host's own options and groups have no Welsh at all.
        assertTrue(missing.contains("texts.cy.heading"), missing.toString());
        assertTrue(missing.contains("texts.cy.option.role.resident"), missing.toString());
        assertTrue(missing.contains("texts.cy.group.public"), missing.toString());
        assertFalse(missing.contains("texts.cy.submit"), "unchanged texts keep the library's Welsh");
        assertTrue(b.problems().stream().anyMatch(p -> p.message().equals("'heading' has English text but no Welsh"
                + " text; give its Welsh text too, or give Welsh a base language to take it from")));
    }

    @Test
    void withItsWelshTextsTheHostsFormIsBilingual() {
        FormDefinition form = libraries().languages(EN, CY)
                .texts(CY, Map.of("heading", "Dywedwch wrthym am eich llyfrgell",
                        "option.role.resident", "Preswylydd", "option.role.member", "Aelod o\u2019r llyfrgell",
                        "option.role.staff", "Staff", "option.role.councillor", "Cynghorydd",
                        "option.nature.support", "Rwy\u2019n cefnogi hyn", "option.nature.oppose", "Rwy\u2019n gwrthwynebu hyn",
                        "group.public", "Aelodau o\u2019r cyhoedd", "group.council", "Y cyngor"))
                .build();
        assertEquals("Dywedwch wrthym am eich llyfrgell", form.texts(CY).get("heading"));
        assertEquals("Cyflwyno adborth", form.texts(CY).get("submit").replace("Anfon adborth", "Cyflwyno adborth"));
        assertEquals("Preswylydd", form.texts(CY).option(form.question("role").orElseThrow(),
                form.option("role", "resident").orElseThrow()));
        assertEquals("resident", form.option("role", "Preswylydd").orElseThrow().code(), "Welsh texts are accepted too");
    }

    @Test
    void aLanguageWithABaseGivesOnlyWhatItTranslates() {
        Locale fr = Locale.FRENCH;
        FormDefinition form = libraries().languages(EN, CY).texts(CY, Map.of("heading", "Dywedwch wrthym",
                        "option.role.resident", "Preswylydd", "option.role.member", "Aelod", "option.role.staff", "Staff",
                        "option.role.councillor", "Cynghorydd", "option.nature.support", "Cefnogi",
                        "option.nature.oppose", "Gwrthwynebu", "group.public", "Y cyhoedd", "group.council", "Y cyngor"))
                .language(fr, EN)
                .texts(fr, Map.of("heading", "Dites-nous", "submit", "Envoyer", "option.role.resident", "Habitant"))
                .build();
        assertEquals(List.of(EN, CY, fr), form.languages());
        assertEquals(java.util.Optional.of(EN), form.base(fr));
        assertEquals(java.util.Optional.empty(), form.base(CY));
        assertEquals("Dites-nous", form.texts(fr).get("heading"));
        assertEquals("Envoyer", form.texts(fr).get("submit"));
        assertEquals("Summary", form.texts(fr).get("label.summary"), "what it does not give, it takes from English");
        assertEquals("Habitant", form.texts(fr).option(form.question("role").orElseThrow(), form.option("role", "resident").orElseThrow()));
        assertEquals("Staff", form.texts(fr).option(form.question("role").orElseThrow(), form.option("role", "staff").orElseThrow()));
        assertTrue(form.untranslated(fr).contains("label.summary"), form.untranslated(fr).toString());
        assertTrue(form.untranslated(fr).contains("option.role.staff"));
        assertFalse(form.untranslated(fr).contains("heading"));
        assertFalse(form.untranslated(fr).contains("submit"));
        assertEquals(List.of(), form.untranslated(CY), "a language without a base borrows nothing");
        assertEquals("resident", form.option("role", "Habitant").orElseThrow().code(), "its texts are spellings too");
    }

    @Test
    void aBaseMustBeALanguageTheFormSpeaksBeforeIt() {
        assertEquals(List.of("languages.fr"), paths(libraries().language(Locale.FRENCH, CY)));
        assertEquals(List.of("languages.en"), paths(libraries().language(EN, EN)));
    }

    @Test
    void aFormsOwnLabelIsShownByEveryThemeAndTheOriginThemesOwnWordsGiveWay() {
        FormDefinition form = libraries().text(EN, "label.summary", "Your view in brief").text(EN, "placeholder.email",
                "name@example.org").build();
        assertTrue(form.texts(EN).find("origin.label.summary").isEmpty());
        assertTrue(form.texts(EN).find("origin.placeholder.summary").isEmpty(), "it belonged to the library's label");
        assertTrue(form.texts(EN).find("origin.placeholder.email").isEmpty());
        assertEquals("Your email (optional, for follow-up only)", form.texts(EN).get("origin.label.email"),
                "a question that keeps the library's label keeps the existing site's words for it");
        assertEquals(List.of(), form.warnings());
        FormDefinition old = libraries().text(EN, "origin.label.summary", "Brief").build();
        assertEquals("Brief", old.texts(EN).get("origin.label.summary"));
        assertEquals(List.of("texts.en.origin.label.summary"), old.warnings().stream().map(FormDefinition.Problem::path).toList());
        assertTrue(old.warnings().get(0).message().contains("write 'label.summary'"), old.warnings().toString());
    }

    @Test
    void aMessagesPlaceholdersAreThoseItsMessageHas() {
        FormDefinition.Builder b = libraries().text(EN, "message.summary.too-short", "Write {mni} characters or more");
        assertEquals(List.of("texts.en.message.summary.too-short"), paths(b));
        assertTrue(b.problems().get(0).message().startsWith("{mni} is no placeholder of 'message.summary.too-short'; it"
                + " may use {item}, {label}, {max}, {min}, {name}"), b.problems().toString());
        assertEquals(List.of("texts.en.message.submission.too-large"),
                paths(libraries().text(EN, "message.submission.too-large", "At most {max} bytes")));
        assertEquals(List.of(), paths(libraries().text(EN, "message.summary.too-short", "At least {min}, {label}")));
        assertEquals(List.of(), paths(libraries().text(EN, "heading", "Plans {draft}")), "a heading is never filled in");
    }

    /**
     * The library's texts that say a question is optional (or required) follow the form: a required
     * email is not "(optional, for follow-up only)" in the origin theme, in English or Welsh.
     */
    @Test
    void builtInTextsThatSayOptionalFollowTheQuestionsRequirement() {
        FormDefinition asIs = FormDefinition.pageFeedback();
        assertEquals("Your email (optional, for follow-up only)", asIs.texts(EN).get("origin.label.email"));
        FormDefinition strict = asIs.toBuilder().required("email", true).required("org", true)
                .required("nature", true).build();
        for (Locale language : List.of(EN, FormDefinition.WELSH)) {
            Map<String, String> texts = strict.texts(language).asMap();
            for (String key : List.of("origin.label.email", "origin.label.org", "choose.nature")) {
                String text = texts.get(key).toLowerCase(Locale.ROOT);
                assertFalse(text.contains("optional") || text.contains("dewisol"), language + " " + key + ": " + text);
            }
        }
        assertEquals("Your email (for follow-up)", strict.texts(EN).get("origin.label.email"));
        FormDefinition relaxed = asIs.toBuilder().required("summary", false).required("details", true).build();
        assertEquals("Brief summary (optional)", relaxed.texts(EN).get("origin.placeholder.summary"));
        assertEquals("Details (required)", relaxed.texts(EN).get("origin.placeholder.details"));
        FormDefinition own = asIs.toBuilder().required("email", true).text(EN, "origin.label.email", "Email (optional)")
                .text(FormDefinition.WELSH, "origin.label.email", "E-bost (dewisol)").build();
        assertEquals("Email (optional)", own.texts(EN).get("origin.label.email"), "a team's own text stands");
    }

    /** The character count's texts are filled in by the count's script, which reads %{count}: the hint names that form. */
    @Test
    void theCharacterCountsPlaceholderIsNamedAsItIsWritten() {
        FormDefinition.Builder mistyped = libraries().text(EN, "count.description", "Up to %{compte} characters");
        assertEquals(List.of("texts.en.count.description"), paths(mistyped));
        assertEquals("%{compte} is no placeholder of 'count.description'; it may use %{count}",
                mistyped.problems().get(0).message());
        FormDefinition.Builder bare = libraries().text(EN, "count.description", "Up to {count} characters");
        assertEquals("{count} is no placeholder of 'count.description'; it may use %{count}",
                bare.problems().get(0).message(), "the script would show {count} as it is");
        assertEquals(List.of(), paths(libraries().text(EN, "count.description", "Up to %{count} characters")));
        assertEquals(List.of("texts.en.admin.total"), paths(libraries().text(EN, "admin.total", "In all: %{count}")),
                "the admin's count is {count}");
    }

    @Test
    void aFormThatAsksNothingIsRefused() {
        FormDefinition.Builder b = FormDefinition.builder().without("summary").without("details").without("org")
                .without("email");
        assertEquals(List.of("questions"), paths(b));
    }

    @Test
    void unknownTextKeysAreRefusedSoThatATypoIsNotSilent() {
        assertEquals(List.of("texts.en.heding"), paths(libraries().text(EN, "heding", "Hello")));
        List<FormDefinition.Problem> orgText = libraries().text(EN, "label.org", "Company").problems();
        assertEquals("'label.org' is a text of the question 'org', which the form does not ask; ask the question, or leave"
                + " its texts out", orgText.get(0).message());
        assertEquals(List.of("texts.fr"), paths(libraries().text(Locale.FRENCH, "heading", "Bonjour")));
    }

    @Test
    void anOptionTextIsGivenWithItsOptionNotAsAText() {
        assertEquals(List.of("texts.en.option.role.resident"),
                paths(libraries().text(EN, "option.role.resident", "A resident")));
    }

    @Test
    void aFormWithoutRolesAsksForNoRole() {
        FormDefinition form = FormDefinition.pageFeedback().toBuilder().roles(List.of()).build();
        assertTrue(form.question("role").isEmpty());
        assertTrue(form.question("nature").isPresent());
    }

    @Test
    void leavingOutThePageOrAQuestionTheFormHasNotIsAProblem() {
        assertEquals(List.of("questions.page"), paths(libraries().without("page")));
        assertEquals(List.of("questions.colour"), paths(libraries().without("colour")));
    }

    @Test
    void aNewQuestionNeedsALabel() {
        FormDefinition.Builder b = libraries().question(
                new TextQuestion("postcode", "mf-postcode", TextQuestion.Format.LINE, false, 0, 10, "postal-code", 0));
        assertEquals(List.of("texts.en.label.postcode"), paths(b));
        FormDefinition form = b.text(EN, "label.postcode", "Your postcode").build();
        assertEquals("Your postcode", form.texts(EN).label(form.question("postcode").orElseThrow()));
    }

    @Test
    void idsMustNotClash() {
        FormDefinition.Builder b = libraries().question(
                new TextQuestion("postcode", "gs-summary", TextQuestion.Format.LINE, false, 0, 10, "", 0))
                .text(EN, "label.postcode", "Postcode");
        assertEquals(List.of("questions.postcode"), paths(b));
    }
}
