package io.github.consultation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.TextQuestion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team that only writes content defines its whole consultation in a file, with everything the
 * Java builder can say; a bad file gets every problem, each as {@code path:line:column: what is
 * wrong; what would be right}, the cause first.
 */
class FormDefinitionFileTest {
    private static final Locale CY = FormDefinition.WELSH;
    private static final Locale FR = Locale.FRENCH;

    /** A consultation of another subject: two forms, three languages, every kind of question. */
    static final String BUSES = """
            site:
              name: {en: Aberhaf bus review, cy: Adolygiad bysiau Aberhaf}
            languages: [en, cy, {code: fr, base: en}]
            texts:
              fr: {submit: Envoyer}
            forms:
              page:
                tab: BusFeedback
                questions:
                  role:
                    groups:
                      - {code: riders, text: {en: People who ride the buses, cy: Pobl sy'n teithio ar fysiau}}
                    options:
                      - {code: commuter, group: riders, text: {en: Commuter, cy: Cymudwr, fr: Navetteur}}
                      - {code: student, group: riders, text: {en: Student, cy: Myfyriwr}}
                      - {code: trader, text: {en: Business on a bus route, cy: Busnes ar lwybr bws}}
                  org: false
                  email: {required: true}
                  summary: {min: 10, max: 400}
                  route:
                    kind: choice
                    label: {en: The route you use most, cy: Y llwybr rydych chi'n ei ddefnyddio fwyaf}
                    choose: {en: Choose a route, cy: Dewiswch lwybr}
                    options:
                      - {code: r1, text: {en: Route 1, cy: Llwybr 1}}
                      - {code: r2, text: {en: Route 2, cy: Llwybr 2}}
                  priorities:
                    kind: rating
                    label: {en: How much each matters to you, cy: Faint mae pob un yn bwysig i chi}
                    scale: {from: 1, to: 5}
                    items:
                      - {code: frequency, text: {en: Buses often, cy: Bysiau'n aml}}
                      - {code: fares, text: {en: Lower fares, cy: Prisiau is}}
                  stop:
                    kind: text
                    label: {en: Your stop's code, cy: Cod eich arhosfan}
                    pattern: "[A-Z]{3}[0-9]{3}"
                    max: 6
                texts:
                  en: {heading: Tell us about the buses, message.stop.format: "Enter a stop code like ABC123"}
                  cy: {heading: Dywedwch wrthym am y bysiau, message.stop.format: "Rhowch god fel ABC123"}
                  fr: {heading: Parlez-nous des bus}
              questionnaire:
                tab: BusSurvey
                questions:
                  ideas:
                    kind: checklist
                    label: {en: Ideas you like, cy: Syniadau rydych chi'n eu hoffi}
                    groups: [{code: money, text: {en: Money, cy: Arian}}]
                    options:
                      - {code: cap, group: money, text: {en: A fare cap, cy: Cap ar brisiau}}
                      - {code: night, text: {en: Night buses, cy: Bysiau nos}}
                  comments: {label: {en: Anything else, cy: Unrhyw beth arall}}
            pages:
              have-your-say.md: questionnaire
              background/: none
            """;

    private static List<String> problems(String yaml) {
        SiteFileException e = assertThrows(SiteFileException.class,
                () -> FormDefinitionFile.readConsultation("feedback-form.yml", yaml));
        return e.problems().stream().map(SiteFileException.Problem::toString).toList();
    }

    private static ConsultationDefinition buses() throws SiteFileException {
        return FormDefinitionFile.readConsultation("feedback-form.yml", BUSES);
    }

    @Test
    void theFileSaysAllTheJavaBuilderCan() throws IOException {
        ConsultationDefinition buses = buses();
        FormDefinition page = buses.form();
        assertEquals("BusFeedback", page.tab());
        assertEquals(List.of("page", "nature", "summary", "details", "role", "email", "route", "priorities", "stop"),
                page.questions().stream().map(Question::name).toList(), "new questions come after the form's own");
        ChoiceQuestion role = (ChoiceQuestion) page.question("role").orElseThrow();
        assertEquals(List.of("commuter", "student", "trader"), role.options().stream().map(Option::code).toList());
        assertTrue(role.options().get(2).group().isEmpty(), "a role may stand in no group");
        assertTrue(page.question("org").isEmpty());
        assertTrue(page.rules("email").required(), "email made required");
        assertEquals(OptionalInt.of(10), page.rules("summary").minLength());
        assertEquals(OptionalInt.of(400), page.rules("summary").maxLength());
        RatingQuestion priorities = (RatingQuestion) page.question("priorities").orElseThrow();
        assertEquals(1, priorities.lowest());
        assertEquals(5, priorities.highest());
        TextQuestion stop = (TextQuestion) page.question("stop").orElseThrow();
        assertEquals("[A-Z]{3}[0-9]{3}", stop.pattern());
        assertEquals(Optional.of("[A-Z]{3}[0-9]{3}"), page.rules("stop").pattern());
        assertEquals("Y llwybr rydych chi'n ei ddefnyddio fwyaf", page.texts(CY).label(page.question("route").orElseThrow()));
        assertEquals("Enter a stop code like ABC123", page.texts(Locale.ENGLISH).get("message.stop.format"));

        assertEquals(List.of(Locale.ENGLISH, CY, FR), page.languages());
        assertEquals(Optional.of(Locale.ENGLISH), page.base(FR));
        assertEquals("Parlez-nous des bus", page.texts(FR).get("heading"));
        assertEquals("Envoyer", page.texts(FR).get("submit"), "the site's texts reach every form");
        assertEquals("Summary", page.texts(FR).get("label.summary"), "what French does not give, English does");
        assertEquals("Navetteur", page.texts(FR).option(role, role.option("commuter").orElseThrow()));
        assertTrue(page.untranslated(FR).contains("label.route"));

        FormDefinition survey = buses.form("questionnaire").orElseThrow();
        assertEquals("BusSurvey", survey.tab());
        assertEquals(List.of("page", "ideas", "comments"), survey.questions().stream().map(Question::name).toList(),
                "a form of the team's own starts from no question");
        ChecklistQuestion ideas = (ChecklistQuestion) survey.question("ideas").orElseThrow();
        assertTrue(ideas.options().get(1).group().isEmpty());
        assertEquals("Envoyer", survey.texts(FR).get("submit"));

        assertEquals(Optional.of("Aberhaf bus review"), buses.name(Locale.ENGLISH));
        assertEquals(Optional.of("Adolygiad bysiau Aberhaf"), buses.name(CY));
        assertEquals(Optional.of("Aberhaf bus review"), buses.name(FR), "a name not translated is the first language's");
        assertEquals(Optional.of("questionnaire"), buses.formFor("have-your-say.md"));
        assertEquals(Optional.of("none"), buses.formFor("background/history.md"));
        assertEquals(Optional.empty(), buses.formFor("routes.md"));
        assertEquals(List.of(), buses.warnings());
    }

    /** A form of the file's own is headed by its name, not by the page form's "Page feedback", unless it says otherwise. */
    @Test
    void aFormOfItsOwnIsHeadedByItsName() throws IOException {
        ConsultationDefinition read = FormDefinitionFile.readConsultation("feedback-form.yml", """
                languages: [en, cy]
                forms:
                  questionnaire:
                    from: none
                    questions:
                      visits: {kind: lines, label: {en: Your visits, cy: Eich ymweliadau}}
                  park-survey:
                    from: none
                    questions:
                      visits: {kind: lines, label: {en: Your visits, cy: Eich ymweliadau}}
                    texts:
                      en: {heading: Tell us about the park}
                      cy: {heading: Dywedwch wrthym am y parc}
                """);
        assertEquals("Questionnaire", read.form("questionnaire").orElseThrow().texts(Locale.ENGLISH).get("heading"));
        assertEquals("Questionnaire", read.form("questionnaire").orElseThrow().texts(CY).get("heading"));
        assertEquals("Tell us about the park", read.form("park-survey").orElseThrow().texts(Locale.ENGLISH).get("heading"));
        assertEquals("Page feedback", read.form().texts(Locale.ENGLISH).get("heading"), "the page form keeps its own");
    }

    /** A language based on another is noted at its own entry of languages, once per form, its texts sorted. */
    @Test
    void untranslatedTextsAreNotedAtTheLanguagesEntry() throws IOException {
        ConsultationDefinition buses = buses();
        List<SiteFileException.Problem> notes = buses.untranslated();
        assertEquals(List.of("feedback-form.yml:3:21", "feedback-form.yml:3:21"),
                notes.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList());
        List<String> keys = buses.form().untranslated(FR);
        assertEquals(keys.stream().sorted().toList(), keys, "sorted, the same on every run");
        assertEquals("forms.page: " + keys.size() + " texts have no French of their own and are shown in English",
                notes.get(0).message());
        assertTrue(notes.get(1).message().startsWith("forms.questionnaire: "), notes.toString());
    }

    @Test
    void theFirstFilesKeysStillReadWithAWarningNamingWhereTheyGoNow() throws IOException {
        String old = """
                languages: [en]
                roleGroups:
                  - {code: public, text: Members of the public}
                roles:
                  - {code: resident, group: public, text: Resident}
                reflections:
                  - {code: support, text: I support this}
                ask: {organisation: false}
                limits:
                  summary: {min: 10}
                texts:
                  en: {origin.label.summary: In brief}
                """;
        ConsultationDefinition read = FormDefinitionFile.readConsultation("feedback-form.yml", old);
        FormDefinition form = read.form();
        assertEquals(List.of("Resident"), form.rules("role").options());
        assertTrue(form.question("org").isEmpty());
        assertEquals(OptionalInt.of(10), form.rules("summary").minLength());
        List<String> warnings = read.warnings().stream().map(SiteFileException.Problem::toString).toList();
        assertEquals(List.of(
                "feedback-form.yml:2:1: 'roleGroups' is an old key, still read; write forms.page.questions.role.groups instead",
                "feedback-form.yml:4:1: 'roles' is an old key, still read; write forms.page.questions.role.options instead",
                "feedback-form.yml:6:1: 'reflections' is an old key, still read; write forms.page.questions.nature.options"
                        + " instead",
                "feedback-form.yml:8:1: 'ask' is an old key, still read; write forms.page.questions, NAME: false to leave"
                        + " a question out instead",
                "feedback-form.yml:8:7: 'organisation' is an old key, still read; write org instead",
                "feedback-form.yml:9:1: 'limits' is an old key, still read; write forms.page.questions.NAME.min and .max"
                        + " instead",
                "feedback-form.yml:12:30: texts.en.origin.label.summary: 'origin.label.summary' is an old name, read by the"
                        + " origin theme only; write 'label.summary', which every theme shows"), warnings);
    }

    @Test
    void everyProblemIsListedWithItsPathLineAndColumnTheFileItselfFirst() {
        String broken = BUSES.replace("tab: BusSurvey", "tab: BusFeedback")
                .replace("{code: student, group: riders,", "{code: student, group: walkers,")
                .replace("scale: {from: 1, to: 5}", "scale: {from: 1, to: 50}")
                .replace("kind: choice", "kind: chioce")
                .replace("max: 6", "max: six")
                .replace("message.stop.format: \"Enter", "message.stop.format: \"{mni} Enter")
                .replace("fr: {heading: Parlez-nous des bus}", "fr: {heding: Parlez-nous des bus}");
        assertEquals(List.of(
                "feedback-form.yml:15:36: forms.page.questions.role.options[1].group is 'walkers', which is not one of"
                        + " forms.page.questions.role.groups (riders); list it under forms.page.questions.role.groups, or"
                        + " leave the option in no group",
                "feedback-form.yml:21:15: forms.page.questions.route.kind is 'chioce'; it is one of text, lines, email,"
                        + " choice, checklist, rating",
                "feedback-form.yml:30:16: forms.page.questions.priorities.scale runs from 1 to 50; a scale runs up from 0"
                        + " or more over 2 to 10 points, such as from 1 to 5",
                "feedback-form.yml:38:14: forms.page.questions.stop.max is text; the greatest length of an answer is a whole"
                        + " number from 1 to 2000",
                "feedback-form.yml:44:10: forms.questionnaire.tab is 'BusFeedback', which another form already has (line"
                        + " 8); give each form its own tab, which names its answers",
                // Then what the form's rules find, in the file's order.
                "feedback-form.yml:40:67: forms.page.texts.en.message.stop.format: {mni} is no placeholder of"
                        + " 'message.stop.format'; it may use {item}, {label}, {max}, {min}, {name}, {tab}",
                "feedback-form.yml:42:20: forms.page.texts.fr.heding: the form has no text called 'heding'; the README's"
                        + " table of texts lists the keys"), problems(broken));
    }

    @Test
    void anEmptyListIsNamedAsTheCauseNotWhatFollowsFromIt() {
        String empty = "languages: [en, cy]\nforms:\n  page:\n    questions:\n      role:\n        groups:\n"
                + "          - {code: riders, text: {en: Riders, cy: Teithwyr}}\n        options: []\n";
        assertEquals(List.of("feedback-form.yml:8:18: forms.page.questions.role.options is empty; give at least one of the"
                + " options, in order, or leave the question out with 'role: false'"), problems(empty));
        assertEquals(List.of("feedback-form.yml:1:8: roles is empty; give at least one of the page form's roles, or leave"
                + " the question out with 'role: false'"), problems("roles: []\n"));
    }

    @Test
    void aFormThatWouldAskNothingIsRefused() {
        String none = "forms:\n  survey:\n    tab: Survey\n";
        assertEquals(List.of("feedback-form.yml:3:5: forms.survey.questions: the form asks nothing; give it at least one"
                + " question besides the page address"), problems(none));
    }

    @Test
    void anUnknownKeyIsNamedWithTheNearestOne() {
        List<String> found = problems(BUSES.replace("      route:\n        kind: choice", "      route:\n        knid: x\n        kind: choice"));
        assertTrue(found.get(0).contains("unknown key 'knid' in forms.page.questions.route; did you mean 'kind'?"),
                found.toString());
        assertEquals("feedback-form.yml:1:1: unknown key 'langauges' in the file; did you mean 'languages'? The keys are"
                + " site, languages, texts, forms, pages", problems("langauges: [en]\n").get(0));
    }

    @Test
    void aNewQuestionNeedsItsKindAndALabel() {
        List<String> found = problems("forms:\n  page:\n    questions:\n      postcode: {max: 8}\n");
        assertEquals("feedback-form.yml:4:17: forms.page.questions.postcode has no 'kind'; a question of the form's own"
                + " needs one: text, lines, email, choice, checklist, rating", found.get(0));
        List<String> unlabelled = problems("forms:\n  page:\n    questions:\n      postcode: {kind: text}\n");
        assertEquals(List.of("feedback-form.yml:4:17: forms.page.questions.postcode: the question 'postcode' has no label;"
                + " give it one (label.postcode)"), unlabelled);
    }

    /** A built-in question's name is reserved, even where from: none leaves the built-in questions out: the hint says so. */
    @Test
    void aBuiltInQuestionsNameIsReservedAndTheHintSaysSo() throws IOException {
        List<String> found = problems("forms:\n  survey:\n    from: none\n    questions:\n"
                + "      comments: {kind: lines, label: Anything else}\n");
        assertEquals(List.of("feedback-form.yml:5:18: unknown key 'kind' in forms.survey.questions.comments; 'comments'"
                + " is the name of a built-in question (lines), whose kind is its own: leave kind out to ask it, or give"
                + " a question of the form's own another name"), found);
        ConsultationDefinition asked = FormDefinitionFile.readConsultation("feedback-form.yml",
                "forms:\n  survey:\n    from: none\n    questions:\n      comments: {label: Anything else}\n");
        assertTrue(asked.form("survey").orElseThrow().question("comments").isPresent());
    }

    @Test
    void aBadPatternIsNamedWithTheParsersWords() {
        List<String> found = problems(BUSES.replace("\"[A-Z]{3}[0-9]{3}\"", "\"[A-Z{3}\""));
        assertEquals(List.of("feedback-form.yml:37:18: forms.page.questions.stop.pattern is no regular expression Java can"
                + " read: Unclosed character class near character 7; correct it, such as [A-Z]{2}[0-9]{4}"), found,
                "nothing that follows from the question it spoils (its message has no question to be about)");
    }

    @Test
    void aSiteTextNoFormUsesIsNamed() {
        assertEquals(List.of("feedback-form.yml:1:22: texts.en.sumbit: no form shows or says 'sumbit'; check the key"
                + " against the README's table of texts, or give it under the form that asks its question"),
                problems("texts: {en: {sumbit: Send}}\n"));
    }

    @Test
    void aPageRuleNamesAFormOfTheFile() {
        assertEquals(List.of("feedback-form.yml:1:23: pages.timetable.md is 'survey', which is no form of the file; it is one"
                + " of page, questionnaire or none"), problems("pages: {timetable.md: survey}\n"));
    }

    @Test
    void aBaseIsALanguageListedBefore() {
        assertEquals(List.of("feedback-form.yml:1:38: languages: the base of fr is 'de', which is not a language listed"
                + " before it; list de first, or take en or cy"), problems("languages: [en, cy, {code: fr, base: de}]\n"));
    }

    @Test
    void yamlErrorsHaveTheParsersOwnExpectationAtItsOwnPlace() {
        List<String> found = problems("forms:\n  page:\n    questions:\n      role: {options: [{code: a, text: {en: A cy: B}}]}\n");
        assertEquals(List.of("feedback-form.yml:4:49: the YAML cannot be read here: expected ',' or '}', but got :"
                + " (while parsing a flow mapping that starts at line 4, column 40); correct the YAML there or just before"
                + " it"), found, "where the parser found what it did not expect, and where what it was reading starts");
        List<String> block = problems("roles:\n  - code: a\n   text: [unclosed\n");
        assertEquals(1, block.size());
        assertFalse(block.get(0).contains("\n"));
        assertEquals(List.of("feedback-form.yml:2:1: 'forms' is given twice (first at line 1)"),
                problems("forms: {}\nforms: {}\n").subList(0, 1));
    }

    @Test
    void theFileIsNamedAsItWasGiven(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("consultations").resolve("buses"));
        Path file = folder.resolve("feedback-form.yml");
        Files.writeString(file, "pages: {a.md: nothing}\n");
        SiteFileException e = assertThrows(SiteFileException.class, () -> FormDefinitionFile.readConsultation(file));
        assertTrue(e.getMessage().startsWith(file + ":1:15: pages.a.md is 'nothing'"), e.getMessage());
    }

    @Test
    void theMessageListsEveryProblemOnALineOfItsOwn() {
        SiteFileException e = assertThrows(SiteFileException.class,
                () -> FormDefinitionFile.readConsultation("f.yml", "colour: blue\nsize: 2\n"));
        assertEquals("2 problems in f.yml:\nf.yml:1:1: unknown key 'colour' in the file; the keys are site, languages,"
                + " texts, forms, pages\nf.yml:2:1: unknown key 'size' in the file; did you mean 'site'? The keys are site,"
                + " languages, texts, forms, pages", e.getMessage());
    }

    @Test
    void aFileIsFoundBesideThePagesAndMustBeUtf8(@TempDir Path dir) throws IOException {
        assertTrue(FormDefinitionFile.find(dir).isEmpty());
        Files.write(dir.resolve("feedback-form.yml"), "texts: {en: {heading: Caf\u00e9}}\n".getBytes(StandardCharsets.ISO_8859_1));
        Path file = FormDefinitionFile.find(dir).orElseThrow();
        SiteFileException e = assertThrows(SiteFileException.class, () -> FormDefinitionFile.read(file));
        assertTrue(e.getMessage().contains("definition files must be saved as UTF-8"), e.getMessage());
    }

    @Test
    void theSameFileAsJsonDefinesTheSameForm() throws IOException {
        String json = """
                {"languages": ["en"], "forms": {"page": {"questions": {"role": {"options": [{"code": "resident",
                 "text": "Resident"}]}, "email": false}}}}
                """;
        FormDefinition form = FormDefinitionFile.read("feedback-form.json", json);
        assertEquals(List.of("Resident"), form.rules("role").options());
        assertTrue(form.question("email").isEmpty());
    }

    @Test
    void theRepositorysConsultationsAreGoodFiles() throws IOException {
        FormDefinition libraries = FormDefinitionFile.read(Path.of("../examples/consultations/libraries/feedback-form.yml"));
        assertEquals(4, libraries.rules("role").options().size());
        assertTrue(libraries.question("org").isEmpty());
        assertEquals(OptionalInt.of(10), libraries.rules("summary").minLength());
        assertEquals(List.of(Locale.ENGLISH, CY), libraries.languages());
    }
}
