package io.github.consultation.definition;

import io.github.consultation.definition.internal.DefinitionSchema;
import io.github.consultation.definition.internal.LocatedTree;
import io.github.consultation.definition.internal.LocatedTree.Entry;
import io.github.consultation.definition.internal.LocatedTree.Node;
import io.github.consultation.definition.internal.ShapeCheck;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.TextQuestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a definition file's tree into a {@link ConsultationDefinition}: first against the file's
 * structure ({@link DefinitionSchema}, the same one its JSON Schema is written from), then what
 * one part says about another (a role's group among the groups, a page's form among the forms),
 * then each form through its {@link FormDefinition.Builder}, whose rules are the Java host's.
 * Every problem is kept with its line, column and key path, the file's own first (the cause),
 * the builder's after (what follows from it).
 */
final class DefinitionReader {
    private final String file;
    private final List<SiteFileException.Problem> problems = new ArrayList<>();
    private final List<SiteFileException.Problem> builderProblems = new ArrayList<>();
    private final List<SiteFileException.Problem> warnings = new ArrayList<>();
    /** The languages in the file's order, each with its base if it has one. */
    private final Map<String, String> languages = new LinkedHashMap<>();
    /** Where each rule of pages stands, for what check finds of it. */
    private final Map<String, SiteFileException.Problem> pagePlaces = new LinkedHashMap<>();
    /** Where each language is listed, for what is said about it. */
    private final Map<String, Node> languageEntries = new LinkedHashMap<>();
    private Node root = LocatedTree.read("", true).root();

    private DefinitionReader(String file) {
        this.file = file;
    }

    /** Reads {@code text} (YAML, or JSON when {@code yaml} is false), named {@code file} in problems. */
    static ConsultationDefinition read(String file, String text, boolean yaml) throws SiteFileException {
        return new DefinitionReader(file).read(text, yaml);
    }

    private void problem(int line, int column, String message) {
        problems.add(new SiteFileException.Problem(file, line, column, message));
    }

    private void problem(Node at, String message) {
        problem(at.line(), at.column(), message);
    }

    private ConsultationDefinition read(String text, boolean yaml) throws SiteFileException {
        LocatedTree.Result tree = LocatedTree.read(text, yaml);
        tree.problems().forEach(p -> problem(p.line(), p.column(), p.message()));
        if (!problems.isEmpty()) {
            throw failure();
        }
        root = tree.root();
        ShapeCheck check = ShapeCheck.of(root, DefinitionSchema.FILE);
        check.problems().forEach(p -> problem(p.line(), p.column(), p.message()));
        check.warnings().forEach(p -> warnings.add(new SiteFileException.Problem(file, p.line(), p.column(), p.message())));
        readLanguages(root.get("languages"));
        Map<String, String> names = texts(root.get("site").flatMap(s -> s.get("name")), "site.name", "the site's name");
        List<SiteText> siteTexts = siteTexts(root.get("texts"));
        Map<String, Node> formNodes = new LinkedHashMap<>();
        formNodes.put(ConsultationDefinition.PAGE_FORM, null);
        root.get("forms").ifPresent(n -> n.map().values().forEach(e -> formNodes.put(e.key(), e.value())));
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        Set<String> usedSiteTexts = new LinkedHashSet<>();
        Map<String, Node> tabs = new LinkedHashMap<>();
        formNodes.forEach((name, node) -> {
            FormReader form = new FormReader(name, node);
            form.read(siteTexts, usedSiteTexts);
            Optional<FormDefinition> built = form.build();
            built.ifPresent(d -> forms.put(name, d));
            String tab = form.tab;
            Node at = node == null ? root : node.get("tab").orElse(node);
            Node earlier = tabs.putIfAbsent(tab, at);
            if (earlier != null) {
                problem(at, "forms." + name + ".tab is '" + tab + "', which another form already has (line "
                        + earlier.line() + "); give each form its own tab, which names its answers");
            }
        });
        for (SiteText t : siteTexts) {
            if (!usedSiteTexts.contains(t.language() + "." + t.key())) {
                problem(t.at(), "texts." + t.language() + "." + t.key() + ": no form shows or says '" + t.key()
                        + "'; check the key against the README's table of texts, or give it under the form that asks"
                        + " its question");
            }
        }
        Map<String, String> pages = pages(root.get("pages"), formNodes.keySet());
        if (!problems.isEmpty() || !builderProblems.isEmpty()) {
            throw failure();
        }
        return new ConsultationDefinition(forms, names, pages, sorted(warnings), untranslated(forms), pagePlaces);
    }

    /** For each form and each language based on another, at the language's entry: how many texts it borrows. */
    private List<SiteFileException.Problem> untranslated(Map<String, FormDefinition> forms) {
        List<SiteFileException.Problem> notes = new ArrayList<>();
        forms.forEach((name, form) -> form.languages().forEach(language -> {
            int borrowed = form.untranslated(language).size();
            Node at = languageEntries.get(language.getLanguage());
            if (borrowed > 0 && at != null) {
                notes.add(new SiteFileException.Problem(file, at.line(), at.column(), "forms." + name + ": " + borrowed
                        + " texts have no " + language.getDisplayLanguage(Locale.ENGLISH) + " of their own and are"
                        + " shown in " + form.base(language).orElseThrow().getDisplayLanguage(Locale.ENGLISH)));
            }
        }));
        return notes;
    }

    /**
     * Every problem: the file's own first (its structure, then what its parts say of each other),
     * in the file's order, then the builder's, less those about a part the file's own problems
     * are about already (they follow from them).
     */
    private SiteFileException failure() {
        List<SiteFileException.Problem> all = new ArrayList<>(sorted(problems));
        for (SiteFileException.Problem p : sorted(builderProblems)) {
            String part = p.message().substring(0, Math.max(0, p.message().indexOf(": ")));
            boolean follows = problems.stream().anyMatch(own -> own.message().startsWith(part)
                    && own.message().length() > part.length() && ".[ :".indexOf(own.message().charAt(part.length())) >= 0);
            if (!all.contains(p) && !follows) {
                all.add(p);
            }
        }
        return new SiteFileException(all);
    }

    private static List<SiteFileException.Problem> sorted(List<SiteFileException.Problem> list) {
        List<SiteFileException.Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(SiteFileException.Problem::line).thenComparingInt(SiteFileException.Problem::column));
        return copy;
    }

    private void readLanguages(Optional<Node> node) {
        if (node.isEmpty() || !node.get().isList()) {
            languages.put("en", "");
            return;
        }
        for (Node item : node.get().list()) {
            Optional<String> code = item.isMap() ? item.get("code").flatMap(Node::text) : item.text();
            Optional<String> base = item.isMap() ? item.get("base").flatMap(Node::text) : Optional.empty();
            if (code.isEmpty() || !DefinitionSchema.LANGUAGE.matcher(code.get()).matches()) {
                continue;   // the file's structure says so already
            }
            if (languages.containsKey(code.get())) {
                problem(item, "languages: '" + code.get() + "' is given twice; give each language once");
            } else if (base.isPresent() && !languages.containsKey(base.get())) {
                problem(item.get("base").orElse(item), "languages: the base of " + code.get() + " is '" + base.get()
                        + "', which is not a language listed before it; list " + base.get() + " first, or take "
                        + (languages.isEmpty() ? "another" : String.join(" or ", languages.keySet())));
            } else if (base.isPresent() && languages.isEmpty()) {
                problem(item, "languages: the first language has a base; leave it out, as the first language's texts"
                        + " are the options' own");
            } else {
                languages.put(code.get(), base.orElse(""));
                languageEntries.put(code.get(), item);
            }
        }
        if (languages.isEmpty()) {
            languages.put("en", "");
        }
    }

    private String first() {
        return languages.keySet().iterator().next();
    }

    /** A text given once or per language: its text in each language, the first's required. */
    private Map<String, String> texts(Optional<Node> node, String path, String what) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (node.isEmpty()) {
            return texts;
        }
        Node n = node.get();
        if (n.isText()) {
            texts.put(first(), n.text().get());
        } else if (n.isMap()) {
            for (Entry e : n.map().values()) {
                if (!languages.containsKey(e.key())) {
                    if (DefinitionSchema.LANGUAGE.matcher(e.key()).matches()) {
                        problems.add(new SiteFileException.Problem(file, e.line(), e.column(), path + "." + e.key()
                                + ": the site does not speak '" + e.key() + "'; add it to languages, or leave this text out"));
                    }
                } else if (e.value().isText() && !e.value().text().get().isBlank()) {
                    texts.put(e.key(), e.value().text().get());
                }
            }
            if (!texts.isEmpty() && !texts.containsKey(first())) {
                problem(n, path + " has no " + languageName(first()) + " text; give " + what + " in " + first()
                        + ", the first language");
            }
        }
        return texts;
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** A text of the whole site (or of every form), and where it stands. */
    private record SiteText(String language, String key, String text, Node at) {
    }

    private List<SiteText> siteTexts(Optional<Node> node) {
        List<SiteText> texts = new ArrayList<>();
        node.ifPresent(n -> n.map().values().forEach(language -> {
            if (!languages.containsKey(language.key()) && DefinitionSchema.LANGUAGE.matcher(language.key()).matches()) {
                problems.add(new SiteFileException.Problem(file, language.line(), language.column(), "texts."
                        + language.key() + ": the site does not speak '" + language.key()
                        + "'; add it to languages, or leave its texts out"));
                return;
            }
            language.value().map().values().forEach(t -> t.value().text().filter(s -> !s.isBlank()).ifPresent(text ->
                    texts.add(new SiteText(language.key(), t.key(), text, t.value()))));
        }));
        return texts;
    }

    private Map<String, String> pages(Optional<Node> node, Set<String> forms) {
        Map<String, String> pages = new LinkedHashMap<>();
        node.ifPresent(n -> n.map().values().forEach(e -> e.value().text().ifPresent(form -> {
            if (!form.equals(ConsultationDefinition.NONE) && !forms.contains(form)
                    && !form.equals(ConsultationDefinition.QUESTIONNAIRE)) {
                problem(e.value(), "pages." + e.key() + " is '" + form + "', which is no form of the file; it is one of "
                        + String.join(", ", forms) + (forms.contains(ConsultationDefinition.QUESTIONNAIRE) ? ""
                        : ", " + ConsultationDefinition.QUESTIONNAIRE) + " or none");
            } else if (e.key().contains("..") || e.key().contains("\\")) {
                problems.add(new SiteFileException.Problem(file, e.line(), e.column(), "pages: '" + e.key()
                        + "' leaves the pages' folder; write a page's path from the folder, with /"));
            } else {
                pages.put(e.key(), form);
                pagePlaces.put(e.key(), new SiteFileException.Problem(file, e.line(), e.column(), "pages: '" + e.key()
                        + "'"));
            }
        })));
        return pages;
    }

    /** One form of the file, read into its builder. */
    private final class FormReader {
        private final String name;
        private final @Nullable Node node;
        private final String path;
        private final FormDefinition base;
        private final FormDefinition.Builder b;
        /** The questions the form asks so far, by name. */
        private final Map<String, Question> asked = new LinkedHashMap<>();
        /** Where each part of the builder's input came from, by the builder's problem paths. */
        private final Map<String, Place> places = new LinkedHashMap<>();
        /** Questions the file gives that could not be made (each problem said): what follows from them is not said again. */
        private final Set<String> failed = new LinkedHashSet<>();
        private String tab;
        /** Whether the form leaves out every built-in question: then it is headed by its own name, not "Page feedback". */
        private boolean fromNone;

        FormReader(String name, @Nullable Node node) {
            this.name = name;
            this.node = node;
            this.path = "forms." + name;
            String from = node == null ? null : node.get("from").flatMap(Node::text).orElse(null);
            if (from == null) {
                from = name.equals(ConsultationDefinition.PAGE_FORM) ? "page" : "none";
            }
            base = from.equals("questionnaire") ? FormDefinition.questionnaire() : FormDefinition.pageFeedback();
            b = base.toBuilder();
            fromNone = from.equals("none");
            if (from.equals("none")) {
                base.questions().stream().skip(1).forEach(q -> b.without(q.name()));
            } else {
                base.questions().stream().skip(1).forEach(q -> asked.put(q.name(), q));
            }
            if (!name.equals(ConsultationDefinition.PAGE_FORM)) {
                b.ids(FormDefinition.questionnaire().ids());
            }
            tab = node == null ? null : node.get("tab").flatMap(Node::text)
                    .filter(t -> DefinitionSchema.TAB.matcher(t).matches()).orElse(null);
            if (tab == null) {
                tab = name.equals(ConsultationDefinition.PAGE_FORM) ? FormDefinition.pageFeedback().tab()
                        : name.equals(ConsultationDefinition.QUESTIONNAIRE) ? FormDefinition.questionnaire().tab() : name;
            }
            b.tab(tab);
        }

        private Node at() {
            return node != null ? node : root;
        }

        private void place(String builderPath, Node at, String filePath) {
            places.putIfAbsent(builderPath, new Place(at.line(), at.column(), filePath));
        }

        void read(List<SiteText> siteTexts, Set<String> usedSiteTexts) {
            List<Locale> plain = new ArrayList<>();
            languages.forEach((code, baseLanguage) -> {
                if (baseLanguage.isEmpty()) {
                    plain.add(Locale.forLanguageTag(code));
                }
            });
            b.languages(plain.toArray(Locale[]::new));
            languages.forEach((code, baseLanguage) -> {
                if (!baseLanguage.isEmpty()) {
                    b.language(Locale.forLanguageTag(code), Locale.forLanguageTag(baseLanguage));
                }
            });
            if (fromNone && !name.equals(ConsultationDefinition.PAGE_FORM)) {
                // Its heading (and the admin's title of its answers) names it until its texts say otherwise.
                String heading = Character.toUpperCase(name.charAt(0)) + name.substring(1).replaceAll("[-_]+", " ");
                languages.forEach((code, baseLanguage) -> {
                    if (baseLanguage.isEmpty()) {
                        b.text(Locale.forLanguageTag(code), "heading", heading);
                    }
                });
            }
            place("languages", root.get("languages").orElse(root), "languages");
            if (name.equals(ConsultationDefinition.PAGE_FORM)) {
                oldKeys();
            }
            Optional<Node> questions = node == null ? Optional.empty() : node.get("questions");
            questions.ifPresent(q -> q.map().values().forEach(this::question));
            place("questions", questions.orElse(at()), path + ".questions");
            for (SiteText t : siteTexts) {
                if (b.uses(t.key())) {
                    text(t.language(), t.key(), t.text(), t.at(), "texts." + t.language() + "." + t.key());
                    usedSiteTexts.add(t.language() + "." + t.key());
                }
            }
            if (node != null) {
                node.get("texts").ifPresent(texts -> texts.map().values().forEach(language -> {
                    if (!languages.containsKey(language.key())) {
                        if (DefinitionSchema.LANGUAGE.matcher(language.key()).matches()) {
                            problems.add(new SiteFileException.Problem(file, language.line(), language.column(), path
                                    + ".texts." + language.key() + ": the site does not speak '" + language.key()
                                    + "'; add it to languages, or leave its texts out"));
                        }
                        return;
                    }
                    language.value().map().values().forEach(t -> t.value().text().filter(s -> !s.isBlank())
                            .ifPresent(text -> text(language.key(), t.key(), text, t.value(),
                                    path + ".texts." + language.key() + "." + t.key())));
                }));
            }
        }

        private void text(String language, String key, String text, Node at, String filePath) {
            b.text(Locale.forLanguageTag(language), key, text);
            place("texts." + language + "." + key, at, filePath);
        }

        /** The page form's keys of the first files: roles and their groups, reflections, ask and limits. */
        private void oldKeys() {
            Optional<Node> roles = root.get("roles");
            if (roles.isPresent()) {
                List<Option> options = options("role", asked.get("role"), root.get("roleGroups"), roles, "roleGroups",
                        "roles");
                if (options != null) {
                    Question role = asked.get("role");
                    b.roles(options);
                    asked.put("role", new ChoiceQuestion("role", role == null ? "mf-role" : role.id(),
                            role == null || role.required(), options));
                }
            }
            root.get("reflections").ifPresent(n -> {
                List<Option> options = options("nature", asked.get("nature"), Optional.empty(), Optional.of(n), "",
                        "reflections");
                if (options != null) {
                    Question nature = asked.get("nature");
                    b.reflections(options);
                    asked.put("nature", new ChoiceQuestion("nature", nature == null ? "mf-nature" : nature.id(),
                            nature != null && nature.required(), options));
                }
            });
            root.get("ask").ifPresent(ask -> ask.map().values().forEach(e -> {
                String question = e.key().equals("reflection") ? "nature" : e.key().equals("organisation") ? "org" : e.key();
                if (e.value().bool().equals(Optional.of(false)) && asked.containsKey(question)) {
                    b.without(question);
                    asked.remove(question);
                    place("questions." + question, e.value(), "ask." + e.key());
                }
            }));
            root.get("limits").ifPresent(limits -> limits.map().values().forEach(e -> {
                String question = e.key().equals("organisation") ? "org" : e.key();
                lengths(question, e.value(), "limits." + e.key());
            }));
        }

        private void lengths(String question, Node range, String filePath) {
            Question q = asked.get(question);
            if (!(q instanceof TextQuestion t) || !range.isMap()) {
                if (range.isMap() && (range.get("min").isPresent() || range.get("max").isPresent())) {
                    problem(range, filePath + ": the form does not ask '" + question + "' in words, so it has no"
                            + " lengths; leave min and max out");
                }
                return;
            }
            Optional<Long> min = range.get("min").flatMap(Node::number);
            Optional<Long> max = range.get("max").flatMap(Node::number);
            if (min.isEmpty() && max.isEmpty()) {
                return;
            }
            b.lengths(question, (int) Math.min(Integer.MAX_VALUE, min.orElse((long) t.minLength())),
                    (int) Math.min(Integer.MAX_VALUE, max.orElse((long) t.maxLength())));
            place("lengths." + question, range, filePath);
        }

        private void question(Entry entry) {
            String q = entry.key();
            String at = path + ".questions." + q;
            Node value = entry.value();
            place("questions." + q, value, at);
            if (value.bool().isPresent()) {
                if (value.bool().get()) {
                    return;   // the file's structure says so already
                }
                if (asked.remove(q) != null) {
                    b.without(q);
                } else {
                    problem(value, at + " is false, but the form has no question '" + q + "' to leave out; its"
                            + " questions are " + String.join(", ", asked.keySet()));
                }
                return;
            }
            if (!value.isMap()) {
                return;
            }
            Question current = asked.get(q);
            if (current == null && DefinitionSchema.KNOWN.containsKey(q)) {
                current = FormDefinition.pageFeedback().question(q).or(() -> FormDefinition.questionnaire().question(q))
                        .orElse(null);
            }
            String kind = current != null ? kindOf(current) : value.get("kind").flatMap(Node::text)
                    .filter(DefinitionSchema.KINDS::contains).orElse(null);
            if (kind == null) {
                return;   // the file's structure says what is missing
            }
            boolean required = value.get("required").flatMap(Node::bool).orElse(current != null && current.required());
            String id = current != null ? current.id() : "fb-" + q;
            Question made;
            try {
                made = switch (kind) {
                    case "text", "lines", "email" -> text(q, id, kind, required, (TextQuestion) current, value, at);
                    case "choice", "checklist" -> choice(q, id, kind, required, current, value, at);
                    default -> rating(q, id, required, (RatingQuestion) current, value, at);
                };
            } catch (IllegalArgumentException e) {
                problem(value, at + ": " + e.getMessage());
                made = null;
            }
            if (made == null) {
                failed.add(q);
                return;
            }
            b.question(made);
            asked.put(q, made);
            for (String key : List.of("label", "hint", "placeholder", "choose")) {
                Optional<Node> text = value.get(key);
                if (text.isPresent()) {
                    texts(text, at + "." + key, "the " + key).forEach((language, t) ->
                            text(language, key + "." + q, t, text.get(), at + "." + key));
                }
            }
            if (kind.equals("text") || kind.equals("lines") || kind.equals("email")) {
                lengths(q, value, at);
            }
        }

        private static String kindOf(Question q) {
            if (q instanceof TextQuestion t) {
                return t.multiline() ? "lines" : t.email() ? "email" : "text";
            }
            return q instanceof ChoiceQuestion ? "choice" : q instanceof ChecklistQuestion ? "checklist" : "rating";
        }

        private Question text(String q, String id, String kind, boolean required, @Nullable TextQuestion current,
                Node value, String at) {
            TextQuestion.Format format = kind.equals("lines") ? TextQuestion.Format.LINES
                    : kind.equals("email") ? TextQuestion.Format.EMAIL : TextQuestion.Format.LINE;
            String pattern = current == null ? "" : current.pattern();
            Optional<Node> given = value.get("pattern");
            if (given.isPresent() && given.get().isText()) {
                pattern = given.get().text().get();
                try {
                    Pattern.compile(pattern);
                } catch (PatternSyntaxException e) {
                    problem(given.get(), at + ".pattern is no regular expression Java can read: " + e.getDescription()
                            + " near character " + (e.getIndex() + 1) + "; correct it, such as [A-Z]{2}[0-9]{4}");
                    return null;
                }
            }
            if (current != null) {
                return new TextQuestion(q, id, current.format(), required, current.minLength(), current.maxLength(),
                        current.autocomplete(), current.rows(), pattern);
            }
            int max = format == TextQuestion.Format.EMAIL ? FormDefinition.MAX_EMAIL
                    : format == TextQuestion.Format.LINES ? 5000 : 300;
            return new TextQuestion(q, id, format, required, 0, max, format == TextQuestion.Format.EMAIL ? "email" : "",
                    format == TextQuestion.Format.LINES ? 5 : 0, pattern);
        }

        private Question choice(String q, String id, String kind, boolean required, @Nullable Question current,
                Node value, String at) {
            List<Option> options = options(q, current, value.get("groups"), value.get("options"), at + ".groups",
                    at + ".options");
            if (options == null) {
                return null;
            }
            return kind.equals("choice") ? new ChoiceQuestion(q, id, required, options)
                    : new ChecklistQuestion(q, id, required, options);
        }

        private Question rating(String q, String id, boolean required, @Nullable RatingQuestion current, Node value,
                String at) {
            List<Option> items = options(q, current, Optional.empty(), value.get("items"), "", at + ".items");
            if (items == null) {
                return null;
            }
            Optional<Node> scale = value.get("scale");
            int from = scale.flatMap(s -> s.get("from")).flatMap(Node::number).map(Long::intValue)
                    .orElse(current == null ? 1 : current.lowest());
            int to = scale.flatMap(s -> s.get("to")).flatMap(Node::number).map(Long::intValue)
                    .orElse(current == null ? 5 : current.highest());
            if (from < 0 || to <= from || to - from + 1 > RatingQuestion.MAX_POINTS) {
                problem(scale.orElse(value), at + ".scale runs from " + from + " to " + to + "; a scale runs up from 0"
                        + " or more over 2 to " + RatingQuestion.MAX_POINTS + " points, such as from 1 to 5");
                return null;
            }
            return new RatingQuestion(q, id, required, items, from, to);
        }

        /**
         * The options (or items) of {@code q} given in the file at {@code listPath}, with their
         * groups (at {@code groupsPath}), their other languages given to the builder; the current
         * ones when the file gives none; null when the file's cannot be used (each problem said).
         */
        private @Nullable List<Option> options(String q, @Nullable Question current, Optional<Node> groupsNode,
                Optional<Node> optionsNode, String groupsPath, String listPath) {
            Map<String, OptionGroup> groups = new LinkedHashMap<>();
            // Their other languages go to the builder only once the list can be used: texts of
            // options the form does not have would be problems that follow from the first.
            List<Runnable> pending = new ArrayList<>();
            if (groupsNode.isPresent()) {
                for (Node g : groupsNode.get().list()) {
                    Optional<String> code = g.get("code").flatMap(Node::text).filter(Option::isCode);
                    Map<String, String> texts = texts(g.get("text"), groupsPath + "[].text", "the group's heading");
                    if (code.isEmpty() || !texts.containsKey(first())) {
                        continue;
                    }
                    if (groups.containsKey(code.get())) {
                        problem(g, groupsPath + ": the group code '" + code.get() + "' is used twice; give each group"
                                + " its own code");
                        continue;
                    }
                    groups.put(code.get(), new OptionGroup(code.get(), texts.get(first())));
                    Node at = g.get("text").orElse(g);
                    pending.add(() -> translations("group." + code.get(), texts, at, groupsPath));
                }
            }
            if (optionsNode.isEmpty()) {
                if (current != null && !groups.isEmpty()) {
                    problem(groupsNode.get(), groupsPath + " are given without the options listed under them; give"
                            + " the options too, each with its group");
                    return null;
                }
                return current == null ? null : optionsOf(current);
            }
            List<Option> options = new ArrayList<>();
            boolean usable = true;
            List<Node> items = optionsNode.get().list();
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String itemPath = listPath + "[" + i + "]";
                Optional<String> code = item.get("code").flatMap(Node::text).filter(Option::isCode);
                Map<String, String> texts = texts(item.get("text"), itemPath + ".text", "the option");
                Optional<OptionGroup> group = Optional.empty();
                Optional<Node> groupNode = item.get("group");
                if (groupNode.isPresent() && groupNode.get().isText()) {
                    String g = groupNode.get().text().get();
                    group = Optional.ofNullable(groups.get(g));
                    if (group.isEmpty()) {
                        problem(groupNode.get(), itemPath + ".group is '" + g + "', which is not one of " + groupsPath
                                + (groups.isEmpty() ? " (there are none)" : " (" + String.join(", ", groups.keySet()) + ")")
                                + "; list it under " + groupsPath + ", or leave the option in no group");
                        usable = false;
                        continue;
                    }
                }
                if (code.isEmpty() || !texts.containsKey(first())) {
                    usable = false;
                    continue;
                }
                place("options." + q + "." + options.size(), item.get("code").orElse(item), itemPath);
                options.add(new Option(code.get(), texts.get(first()), group));
                Node at = item.get("text").orElse(item);
                pending.add(() -> translations("option." + q + "." + code.get(), texts, at, itemPath + ".text"));
            }
            if (!usable || options.isEmpty()) {
                return null;
            }
            pending.forEach(Runnable::run);
            return options;
        }

        private List<Option> optionsOf(Question q) {
            return q instanceof ChoiceQuestion c ? c.options() : q instanceof ChecklistQuestion c ? c.options()
                    : ((RatingQuestion) q).items();
        }

        /** Gives the builder an option's or group's texts in languages after the first, and records where each came from. */
        private void translations(String key, Map<String, String> texts, Node at, String filePath) {
            for (String language : languages.keySet()) {
                place("texts." + language + "." + key, at, filePath);
            }
            texts.forEach((language, text) -> {
                if (!language.equals(first())) {
                    b.text(Locale.forLanguageTag(language), key, text);
                }
            });
        }

        /** The definition, or empty when it has problems (each kept with its place). */
        Optional<FormDefinition> build() {
            for (FormDefinition.Problem p : b.problems()) {
                if (aboutFailed(p.path())) {
                    continue;
                }
                Place where = where(p.path());
                builderProblems.add(new SiteFileException.Problem(file, where.line(), where.column(),
                        where.path() + ": " + p.message()));
            }
            for (FormDefinition.Problem p : b.warnings()) {
                Place where = where(p.path());
                warnings.add(new SiteFileException.Problem(file, where.line(), where.column(), where.path() + ": "
                        + p.message()));
            }
            if (!b.problems().isEmpty() || !problems.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(b.build());
        }

        /** Whether a builder's problem at {@code builderPath} is about a question that could not be made. */
        private boolean aboutFailed(String builderPath) {
            List<String> parts = List.of(builderPath.split("\\."));
            return failed.stream().anyMatch(parts::contains);
        }

        /**
         * Where the builder's {@code path} came from: itself; a text given in the first language;
         * the question a text or option belongs to; else the form.
         */
        private Place where(String builderPath) {
            Place at = places.get(builderPath);
            if (at == null && builderPath.startsWith("texts.")) {
                int dot = builderPath.indexOf('.', "texts.".length());
                String key = dot < 0 ? "" : builderPath.substring(dot + 1);
                at = places.get("texts." + first() + "." + key);
                if (at == null) {
                    String[] parts = key.split("\\.");
                    if (parts.length >= 2) {
                        at = places.get("questions." + parts[1]);
                    }
                }
            }
            if (at == null && builderPath.startsWith("options.")) {
                at = places.get("questions." + builderPath.split("\\.")[1]);
            }
            if (at == null && builderPath.startsWith("languages")) {
                at = places.get("languages");
            }
            return at != null ? at : new Place(at().line(), at().column(), node == null ? "the page form" : path);
        }
    }

    /** Where a part of a form came from: its line and column, and its key path in the file. */
    private record Place(int line, int column, String path) {
    }
}
