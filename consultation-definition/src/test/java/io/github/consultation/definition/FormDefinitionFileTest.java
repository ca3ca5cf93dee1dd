package io.github.consultation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team that only writes content defines its form in a file; a bad file gets one clear line per problem. */
class FormDefinitionFileTest {
    private static final Locale CY = FormDefinition.WELSH;
    private static final String LIBRARIES = """
            languages: [en, cy]
            roleGroups:
              - code: public
                text: {en: Members of the public, cy: Aelodau o'r cyhoedd}
            roles:
              - {code: resident, group: public, text: {en: Resident, cy: Preswylydd}}
              - {code: member, group: public, text: {en: Library member, cy: Aelod o'r llyfrgell}}
            reflections:
              - {code: support, text: {en: I support this, cy: Rwy'n cefnogi hyn}}
            ask:
              organisation: false
            limits:
              summary: {min: 10}
            texts:
              en: {heading: Tell us about your library}
              cy: {heading: Dywedwch wrthym am eich llyfrgell}
            """;

    private static List<String> problems(String yaml) {
        SiteFileException e = assertThrows(SiteFileException.class,
                () -> FormDefinitionFile.read("feedback-form.yml", yaml));
        return e.problems().stream().map(SiteFileException.Problem::toString).toList();
    }

    @Test
    void aGoodFileDefinesTheForm() throws IOException {
        FormDefinition form = FormDefinitionFile.read("feedback-form.yml", LIBRARIES);
        assertEquals(List.of("Resident", "Library member"), form.rules("role").options());
        assertEquals("public", form.option("role", "member").orElseThrow().group().orElseThrow().code());
        assertTrue(form.question("org").isEmpty());
        assertEquals(OptionalInt.of(10), form.rules("summary").minLength());
        assertEquals(OptionalInt.of(300), form.rules("summary").maxLength(), "a bound not given keeps the built-in one");
        assertEquals("Dywedwch wrthym am eich llyfrgell", form.texts(CY).get("heading"));
        Option member = form.option("role", "member").orElseThrow();
        assertEquals("Aelod o'r llyfrgell", form.texts(CY).option(form.question("role").orElseThrow(), member));
        assertEquals("Rhowch grynodeb", form.texts(CY).get("message.summary.required"), "unchanged texts keep their Welsh");
        assertEquals(List.of(Locale.ENGLISH, CY), form.languages());
    }

    @Test
    void theSameFileAsJsonDefinesTheSameForm() throws IOException {
        String json = """
                {"languages": ["en"], "roles": [{"code": "resident", "text": "Resident"}],
                 "ask": {"email": false}}
                """;
        FormDefinition form = FormDefinitionFile.read("feedback-form.json", json);
        assertEquals(List.of("Resident"), form.rules("role").options());
        assertTrue(form.question("email").isEmpty());
    }

    @Test
    void aDuplicateRoleCodeIsNamedWithItsLineAndColumn() {
        String yaml = LIBRARIES.replace("{code: member,", "{code: resident,");
        assertEquals(List.of("feedback-form.yml:7:12: the code 'resident' is used twice in 'role' (first at option 1)"),
                problems(yaml));
    }

    @Test
    void anUnknownKeyIsNamedWhereverItStands() {
        assertEquals(List.of("feedback-form.yml:1:1: unknown key 'colour'; the keys are ask, languages, limits,"
                + " reflections, roleGroups, roles, texts"), problems("colour: blue\n" + LIBRARIES).subList(0, 1));
        List<String> inRole = problems(LIBRARIES.replace("{code: member,", "{code: member, colour: red,"));
        assertEquals(List.of("feedback-form.yml:7:20: unknown key 'colour' in a role; the keys are code, group, text"), inRole);
        assertEquals(List.of("feedback-form.yml:11:3: 'fax' is not an optional question; they are details, email,"
                + " organisation, reflection"), problems(LIBRARIES.replace("organisation: false", "fax: false")));
    }

    @Test
    void aTextInEnglishWithoutItsWelshIsNamed() {
        String yaml = LIBRARIES.replace("  cy: {heading: Dywedwch wrthym am eich llyfrgell}\n", "");
        assertEquals(List.of("feedback-form.yml:15:17: 'heading' has English text but no Welsh text"), problems(yaml));
        String role = LIBRARIES.replace("text: {en: Resident, cy: Preswylydd}", "text: Resident");
        assertEquals(List.of("feedback-form.yml:6:43: 'option.role.resident' has English text but no Welsh text"),
                problems(role));
    }

    @Test
    void aLimitOutsideTheSafeBoundsIsNamed() {
        List<String> found = problems(LIBRARIES.replace("summary: {min: 10}", "summary: {min: 10, max: 50000}"));
        assertEquals(List.of("feedback-form.yml:13:12: the lengths of 'summary' must satisfy 0 <= least <= greatest <= 2000"
                + " (and greatest >= 1), not 10 and 50000"), found);
        assertEquals(List.of("feedback-form.yml:13:18: a length is a whole number, not text"),
                problems(LIBRARIES.replace("summary: {min: 10}", "summary: {min: ten}")));
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String shape = LIBRARIES.replace("group: public, text: {en: Resident", "group: staff, text: {en: Resident")
                + "colour: blue\n";
        assertEquals(List.of("feedback-form.yml:6:29: the role group 'staff' is not one of roleGroups public",
                "feedback-form.yml:17:1: unknown key 'colour'; the keys are ask, languages, limits, reflections, roleGroups,"
                        + " roles, texts"), problems(shape));
        String rules = LIBRARIES.replace("{code: member,", "{code: resident,").replace("heading: Tell", "heding: Tell");
        assertEquals(List.of("feedback-form.yml:7:12: the code 'resident' is used twice in 'role' (first at option 1)",
                "feedback-form.yml:15:16: the form has no text called 'heding'"), problems(rules));
    }

    @Test
    void brokenYamlIsALineNotAStackTrace() {
        List<String> found = problems("roles:\n  - code: a\n   text: [unclosed\n");
        assertEquals(1, found.size());
        assertTrue(found.get(0).matches("feedback-form\\.yml:\\d+:\\d+: cannot be read as YAML: .*"), found.get(0));
        assertFalse(found.get(0).contains("\n"));
        assertTrue(problems("roles: [\n").get(0).startsWith("feedback-form.yml:"));
        assertEquals(List.of("feedback-form.yml:2:1: 'roles' is given twice (first at line 1)"),
                problems("roles: []\nroles: []\n").subList(0, 1));
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
    void theRepositorysSecondConsultationIsAGoodFile() throws IOException {
        FormDefinition libraries = FormDefinitionFile.read(Path.of("../examples/consultations/libraries/feedback-form.yml"));
        assertEquals(4, libraries.rules("role").options().size());
        assertTrue(libraries.question("org").isEmpty());
        assertEquals(OptionalInt.of(10), libraries.rules("summary").minLength());
        assertEquals(List.of(Locale.ENGLISH, CY), libraries.languages());
    }
}
