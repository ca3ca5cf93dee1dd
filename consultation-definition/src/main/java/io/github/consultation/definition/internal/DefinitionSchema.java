package io.github.consultation.definition.internal;

import io.github.consultation.definition.internal.Shape.Either;
import io.github.consultation.definition.internal.Shape.Field;
import io.github.consultation.definition.internal.Shape.Fields;
import io.github.consultation.definition.internal.Shape.Flag;
import io.github.consultation.definition.internal.Shape.ListOf;
import io.github.consultation.definition.internal.Shape.Named;
import io.github.consultation.definition.internal.Shape.OneOf;
import io.github.consultation.definition.internal.Shape.Whole;
import io.github.consultation.definition.internal.Shape.Words;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.TextQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The structure of a definition file ({@code feedback-form.yml}), written once: every key, what
 * its value may be and what it means. The reader checks a file against it ({@link ShapeCheck}),
 * the JSON Schema that editors read for completion is written from it ({@link JsonSchemaWriter}),
 * and the docs' table of its keys (docs/docs/form/definition.md) is held to that JSON Schema by the
 * examples' DefinitionKeysTableTest. What one key says about another (a role's
 * group is one of the groups, a form named by a page exists) is the reader's, after.
 */
public final class DefinitionSchema {
    /** A language's code: two or three lower-case letters. */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** An option's, group's or item's code, as the model takes it. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");
    /** A question's name, as the model takes it: its control's name and its key in the JSON. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    /** A form's name in the file. */
    public static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** The name a form's answers are stored and sent under ({@code "tab"}). */
    public static final Pattern TAB = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** A text's key. */
    public static final Pattern TEXT_KEY = Pattern.compile("[a-z][A-Za-z0-9_.-]{0,199}");
    /** A page's file, a folder of pages, or {@code /} for every page. */
    public static final Pattern PAGE_PATH = Pattern.compile("/|[^/\\s][^\\s]{0,1023}");

    /** The kinds of question a form of a team's own may ask. */
    public static final List<String> KINDS = List.of("text", "lines", "email", "choice", "checklist", "rating");
    /** What a form starts from before its questions. */
    public static final List<String> STARTS = List.of("page", "questionnaire", "none");
    /** What a page carries when it carries no form. */
    public static final String NONE = "none";

    /**
     * The questions this library knows by name, with their kinds: a form that starts from
     * another, or from nothing, may ask them by name alone.
     */
    public static final Map<String, String> KNOWN = known();

    /** The file. */
    public static final Fields FILE = file();

    private DefinitionSchema() {
    }

    private static Words words(String description) {
        return new Words(description, Optional.empty(), "");
    }

    private static Words words(String description, Pattern pattern, String rule) {
        return new Words(description, Optional.of(pattern), rule);
    }

    /** A text in the first language, or in each language: {@code Resident} or {@code {en: Resident, cy: Preswylydd}}. */
    private static Either texts(String description) {
        return new Either(description, List.of(words(description),
                new Fields(description + ", in each language", List.of(), new Named(LANGUAGE,
                        "a language's code, such as en or cy", words(description)))));
    }

    private static Words code(String of) {
        return words(of + "'s code", CODE, "a code is lower-case letters, digits and hyphens, such as 'local-trader'");
    }

    private static Fields group() {
        return new Fields("a heading options are listed under", List.of(
                Field.required("code", code("the group")),
                Field.required("text", texts("the heading"))), null);
    }

    private static Fields option(boolean grouped) {
        List<Field> fields = new ArrayList<>(List.of(
                Field.required("code", code("the option")),
                Field.required("text", texts("the option as the form shows it"))));
        if (grouped) {
            fields.add(Field.optional("group", words("the code of the group it is listed under", CODE,
                    "a group's code, one of the question's groups")));
        }
        return new Fields("an option", fields, null);
    }

    private static List<Field> common() {
        return new ArrayList<>(List.of(
                Field.optional("required", new Flag("whether it must be answered", Optional.empty())),
                Field.optional("label", texts("the question's label")),
                Field.optional("hint", texts("a hint under the label"))));
    }

    /**
     * The fields of a question of {@code kind}. A question of the form's own ({@code withKind})
     * names its kind and must give its options, items or scale; one this library knows by name
     * keeps its own unless the file gives others.
     */
    static Fields question(String kind, boolean withKind) {
        List<Field> fields = new ArrayList<>();
        if (withKind) {
            fields.add(Field.required("kind", new OneOf("what kind of question it is", KINDS)));
        }
        fields.addAll(common());
        switch (kind) {
            case "text", "lines" -> {
                int bound = kind.equals("text") ? FormDefinition.MAX_LINE : FormDefinition.MAX_LINES;
                fields.add(Field.optional("placeholder", texts("a placeholder in the box")));
                fields.add(Field.optional("min", new Whole("the least length of an answer", 0, bound)));
                fields.add(Field.optional("max", new Whole("the greatest length of an answer", 1, bound)));
                if (kind.equals("text")) {
                    fields.add(Field.optional("pattern", words("a regular expression the whole answer must match,"
                            + " such as [A-Z]{2}[0-9]{4}")));
                }
            }
            case "email" -> {
                fields.add(Field.optional("placeholder", texts("a placeholder in the box")));
                fields.add(Field.optional("max", new Whole("the greatest length of an address", 1, FormDefinition.MAX_EMAIL)));
            }
            case "choice", "checklist" -> {
                if (kind.equals("choice")) {
                    fields.add(Field.optional("choose", texts("the text of the list's empty first option")));
                }
                fields.add(Field.optional("groups", new ListOf("the headings its options are listed under", group(), 1)));
                ListOf options = new ListOf("the options, in order", option(true), 1);
                fields.add(withKind ? Field.required("options", options) : Field.optional("options", options));
            }
            default -> {
                ListOf items = new ListOf("the items to score, in order", option(false), 1);
                Fields scale = new Fields("the scale every item is scored on", List.of(
                        Field.required("from", new Whole("the lowest score", 0, 100)),
                        Field.required("to", new Whole("the highest score", 1, 100))), null);
                fields.add(withKind ? Field.required("items", items) : Field.optional("items", items));
                fields.add(withKind ? Field.required("scale", scale) : Field.optional("scale", scale));
            }
        }
        String what = switch (kind) {
            case "text" -> "a question answered in a line of text";
            case "lines" -> "a question answered in several lines";
            case "email" -> "an email address";
            case "choice" -> "a question answered by choosing one option";
            case "checklist" -> "boxes to tick, any number";
            default -> "items scored on a scale (at most " + RatingQuestion.MAX_POINTS + " points)";
        };
        return new Fields(what, fields, null);
    }

    /**
     * The built-in forms' questions by name, each with its kind: read from the forms themselves,
     * so that a question the library adds or renames is known to the file at once.
     */
    private static Map<String, String> known() {
        Map<String, String> known = new LinkedHashMap<>();
        for (FormDefinition form : List.of(FormDefinition.pageFeedback(), FormDefinition.questionnaire())) {
            for (Question q : form.questions()) {
                kind(q).ifPresent(kind -> known.putIfAbsent(q.name(), kind));
            }
        }
        return known;
    }

    /** A question's kind as the file names it; none for the page address, which no file sets. */
    private static Optional<String> kind(Question q) {
        if (q instanceof TextQuestion t) {
            return switch (t.format()) {
                case LINE -> Optional.of("text");
                case LINES -> Optional.of("lines");
                case EMAIL -> Optional.of("email");
                case PAGE -> Optional.empty();
            };
        }
        if (q instanceof ChoiceQuestion) {
            return Optional.of("choice");
        }
        if (q instanceof ChecklistQuestion) {
            return Optional.of("checklist");
        }
        return Optional.of("rating"); // the last kind a sealed Question permits: RatingQuestion
    }

    private static Fields questions() {
        List<Field> fields = new ArrayList<>();
        KNOWN.forEach((name, kind) -> fields.add(Field.optional(name, new Either("the question " + name + ", or false"
                + " to leave it out", List.of(new Flag("false, to leave the question out", Optional.of(false)),
                question(kind, false))))));
        Map<String, Fields> kinds = new LinkedHashMap<>();
        KINDS.forEach(kind -> kinds.put(kind, question(kind, true)));
        return new Fields("the form's questions by name, in the order they are asked after those of the form it"
                + " starts from; false leaves one out", fields, new Named(NAME, "a question's name is a letter, then"
                + " letters, digits and underscores", new Shape.ByKind("a question of the form's own", "kind", kinds)));
    }

    /** Texts by language, then by key. */
    private static Fields textsByLanguage(String description) {
        return new Fields(description, List.of(), new Named(LANGUAGE, "a language's code, such as en or cy",
                new Fields("texts by key", List.of(), new Named(TEXT_KEY, "a text's key, such as heading or"
                        + " label.summary", words("the text")))));
    }

    private static Fields form() {
        return new Fields("a form", List.of(
                Field.optional("from", new OneOf("what the form starts from: the library's page form, the"
                        + " existing site's questionnaire, or no question", STARTS)),
                Field.optional("tab", words("the name its answers are sent and stored under", TAB,
                        "a tab is a letter, then letters, digits, hyphens and underscores")),
                Field.optional("questions", questions()),
                Field.optional("texts", textsByLanguage("the form's own texts, by language then key"))), null);
    }

    private static Fields askOld() {
        List<Field> fields = new ArrayList<>();
        for (String name : List.of("nature", "details", "org", "email")) {
            fields.add(Field.optional(name, new Flag("whether the form asks it", Optional.empty())));
        }
        fields.add(Field.old("reflection", new Flag("whether the form asks it", Optional.empty()), "nature"));
        fields.add(Field.old("organisation", new Flag("whether the form asks it", Optional.empty()), "org"));
        return new Fields("which optional questions the page form asks", fields, null);
    }

    private static Fields limitsOld() {
        Fields range = new Fields("the least and greatest length", List.of(
                Field.optional("min", new Whole("the least length of an answer", 0, FormDefinition.MAX_LINES)),
                Field.optional("max", new Whole("the greatest length of an answer", 1, FormDefinition.MAX_LINES))), null);
        List<Field> fields = new ArrayList<>();
        for (String name : List.of("summary", "details", "org", "email")) {
            fields.add(Field.optional(name, range));
        }
        fields.add(Field.old("organisation", range, "org"));
        return new Fields("the lengths of the page form's answers", fields, null);
    }

    private static Fields file() {
        Either language = new Either("a language", List.of(
                words("a language's code", LANGUAGE, "a language's code is two or three lower-case letters, such as en"),
                new Fields("a language given by the texts that differ from its base", List.of(
                        Field.required("code", words("the language's code", LANGUAGE,
                                "a language's code is two or three lower-case letters, such as fr")),
                        Field.required("base", words("the language it takes the texts it does not give from", LANGUAGE,
                                "a language's code, one listed before it"))), null)));
        Fields forms = new Fields("the site's forms by name: page is the form pages carry unless they say otherwise",
                List.of(Field.optional("page", form()), Field.optional("questionnaire", form())),
                new Named(FORM, "a form's name is lower-case letters, digits and hyphens", form()));
        Fields pages = new Fields("which pages carry which form: a page's file, a folder ending with /, or / for"
                + " every page, each with a form's name or none", List.of(), new Named(PAGE_PATH,
                "a page's file (timetable.md), a folder ending with / (appendices/), or / for every page",
                words("the name of the form the pages carry, or none", FORM, "a form's name, or none")));
        return new Fields("a consultation's definition: its forms, their questions and texts, in every language",
                List.of(
                        Field.optional("site", new Fields("the site's own settings: its name", List.of(
                                Field.optional("name", texts("the site's name"))), null)),
                        Field.optional("languages", new ListOf("the languages, the first being that of the options'"
                                + " own texts", language, 1)),
                        Field.optional("texts", textsByLanguage("texts of every form and of the site's pages and"
                                + " admin view, by language then key")),
                        Field.optional("forms", forms),
                        Field.optional("pages", pages),
                        Field.old("roleGroups", new ListOf("the page form's role groups", group(), 1),
                                "forms.page.questions.role.groups"),
                        Field.old("roles", new ListOf("the page form's roles", option(true), 1),
                                "forms.page.questions.role.options"),
                        Field.old("reflections", new ListOf("the page form's reflections", option(false), 1),
                                "forms.page.questions.nature.options"),
                        Field.old("ask", askOld(), "forms.page.questions, NAME: false to leave a question out"),
                        Field.old("limits", limitsOld(), "forms.page.questions.NAME.min and .max")),
                null);
    }
}
