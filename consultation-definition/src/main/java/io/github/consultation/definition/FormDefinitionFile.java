package io.github.consultation.definition;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.definition.internal.TextFiles;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.definition.internal.LocatedTree;
import io.github.consultation.definition.internal.LocatedTree.Entry;
import io.github.consultation.definition.internal.LocatedTree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page-feedback form's definition from a file beside the pages ({@code feedback-form.yml},
 * {@code .yaml} or {@code .json}), for a team that writes content rather than Java. The file
 * changes the built-in form: its roles, reflections, which optional questions appear, limits and
 * texts, in each language. Every problem is reported with its line and column, and the rules are
 * the {@link FormDefinition.Builder}'s own, so a file and a Java host are held to the same ones.
 *
 * <pre>
 * languages: [en, cy]
 * roleGroups:
 *   - code: public
 *     text: {en: Members of the public, cy: Aelodau o'r cyhoedd}
 * roles:
 *   - {code: resident, group: public, text: {en: Resident, cy: Preswylydd}}
 * reflections:
 *   - {code: support, text: {en: I support this, cy: Rwy'n cefnogi hyn}}
 * ask: {organisation: false}
 * limits:
 *   summary: {min: 10, max: 300}
 * texts:
 *   en: {heading: Tell us about your library}
 *   cy: {heading: Dywedwch wrthym am eich llyfrgell}
 * </pre>
 *
 * <pre>{@code
 * FormDefinition form = FormDefinitionFile.find(Path.of("docs"))
 *         .map(FormDefinitionFile::read).orElse(FormDefinition.pageFeedback());   // read throws
 * }</pre>
 */
public final class FormDefinitionFile {
    /** The names a definition file may have in a pages folder, in the order they are looked for. */
    public static final List<String> NAMES = List.of("feedback-form.yml", "feedback-form.yaml", "feedback-form.json");
    /** The largest definition file read, in bytes: far more than any form needs. */
    private static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final TextFiles.Kind DEFINITION_FILES = new TextFiles.Kind("definition", "definition files");

    private static final Set<String> TOP = Set.of("languages", "roleGroups", "roles", "reflections", "ask", "limits", "texts");
    private static final Map<String, String> QUESTIONS = Map.of("reflection", "nature", "summary", "summary",
            "details", "details", "organisation", "org", "email", "email");
    private static final Set<String> OPTIONAL = Set.of("reflection", "details", "organisation", "email");

    private final String file;
    private final List<SiteFileException.Problem> problems = new ArrayList<>();
    /** Where each part of the builder's input came from, by the builder's problem paths. */
    private final Map<String, int[]> places = new LinkedHashMap<>();
    private final FormDefinition base = FormDefinition.pageFeedback();
    private List<Locale> languages = List.of(Locale.ENGLISH);

    private FormDefinitionFile(String file) {
        this.file = file;
    }

    /** The definition file in {@code folder}, if it has one. */
    public static Optional<Path> find(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return NAMES.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /**
     * Reads the definition in {@code file}.
     *
     * @throws SiteFileException listing every problem, each with its line and column
     * @throws IOException if the file cannot be read at all
     */
    public static FormDefinition read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName().toString();
        String text;
        try {
            text = TextFiles.read(file, MAX_BYTES, DEFINITION_FILES);
        } catch (TextFiles.UnreadableException e) {
            throw new SiteFileException(List.of(new SiteFileException.Problem(name, 1, 1, e.getMessage())));
        }
        return read(name, text);
    }

    /**
     * Reads a definition from {@code text}, YAML unless {@code name} ends {@code .json}.
     *
     * @throws SiteFileException listing every problem, each with its line and column
     */
    public static FormDefinition read(String name, String text) throws SiteFileException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        return new FormDefinitionFile(name).parse(text, !name.toLowerCase(Locale.ROOT).endsWith(".json"));
    }

    private void problem(Node at, String message) {
        problems.add(new SiteFileException.Problem(file, at.line(), at.column(), message));
    }

    private void problem(int line, int column, String message) {
        problems.add(new SiteFileException.Problem(file, line, column, message));
    }

    private void place(String path, Node at) {
        places.putIfAbsent(path, new int[] {at.line(), at.column()});
    }

    private FormDefinition parse(String text, boolean yaml) throws SiteFileException {
        LocatedTree.Result tree = LocatedTree.read(text, yaml);
        tree.problems().forEach(p -> problem(p.line(), p.column(), p.message()));
        Node root = tree.root();
        if (!root.isMap() && !root.isNull()) {
            problem(root, "a definition file is a mapping of keys such as roles, texts and limits, not " + root.kind());
        }
        for (Entry e : root.map().values()) {
            if (!TOP.contains(e.key())) {
                problem(e.line(), e.column(), "unknown key '" + e.key() + "'; the keys are " + sorted(TOP));
            }
        }
        FormDefinition.Builder b = base.toBuilder();
        root.get("languages").ifPresent(this::languages);
        b.languages(languages.toArray(Locale[]::new));
        place("languages", root.get("languages").orElse(root));
        Map<String, OptionGroup> groups = groups(root.get("roleGroups"), b);
        root.get("roles").ifPresent(n -> b.roles(options(n, "role", "roles", groups, b)));
        root.get("reflections").ifPresent(n -> b.reflections(options(n, "nature", "reflections", Map.of(), b)));
        root.get("ask").ifPresent(n -> ask(n, b));
        root.get("limits").ifPresent(n -> limits(n, b));
        root.get("texts").ifPresent(n -> texts(n, b));
        if (problems.isEmpty()) {
            for (FormDefinition.Problem p : b.problems()) {
                int[] at = where(p.path());
                problem(at[0], at[1], p.message());
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(SiteFileException.Problem::line)
                    .thenComparingInt(SiteFileException.Problem::column));
            throw new SiteFileException(problems);
        }
        return b.build();
    }

    /** Where the builder's {@code path} came from: itself, the same key in the first language, or the file's start. */
    private int[] where(String path) {
        int[] at = places.get(path);
        if (at == null && path.startsWith("texts.")) {
            String rest = path.substring(path.indexOf('.', "texts.".length()) + 1);
            at = places.get("texts." + languages.get(0).getLanguage() + "." + rest);
        }
        return at == null ? new int[] {1, 1} : at;
    }

    private void languages(Node node) {
        List<Locale> found = new ArrayList<>();
        for (Node item : node.isList() ? node.list() : List.of(node)) {
            Optional<String> code = item.text();
            if (code.isEmpty() || !code.get().matches("[a-z]{2,3}")) {
                problem(item, "a language is a code of two or three letters, such as en or cy");
            } else if (found.stream().anyMatch(l -> l.getLanguage().equals(code.get()))) {
                problem(item, "the language '" + code.get() + "' is given twice");
            } else {
                found.add(Locale.forLanguageTag(code.get()));
            }
        }
        if (found.isEmpty() && node.list().isEmpty()) {
            problem(node, "languages needs at least one language, such as [en] or [en, cy]");
        }
        if (!found.isEmpty()) {
            languages = List.copyOf(found);
        }
    }

    private Map<String, OptionGroup> groups(Optional<Node> node, FormDefinition.Builder b) {
        Map<String, OptionGroup> groups = new LinkedHashMap<>();
        if (node.isEmpty()) {
            return groups;
        }
        for (Node item : list(node.get(), "roleGroups")) {
            Map<String, Node> fields = fields(item, Set.of("code", "text"), "a role group");
            Optional<String> code = code(fields, item);
            Map<Locale, String> texts = texts(fields.get("text"), item, "the role group");
            if (code.isEmpty() || texts.isEmpty()) {
                continue;
            }
            if (groups.containsKey(code.get())) {
                problem(item, "the role group code '" + code.get() + "' is used twice");
                continue;
            }
            groups.put(code.get(), new OptionGroup(code.get(), texts.get(languages.get(0))));
            translations(b, "group." + code.get(), texts, fields.getOrDefault("text", item));
        }
        return groups;
    }

    private List<Option> options(Node node, String question, String key, Map<String, OptionGroup> groups,
            FormDefinition.Builder b) {
        List<Option> options = new ArrayList<>();
        List<Node> items = list(node, key);
        Set<String> allowed = key.equals("roles") ? Set.of("code", "text", "group") : Set.of("code", "text");
        for (Node item : items) {
            Map<String, Node> fields = fields(item, allowed, key.equals("roles") ? "a role" : "a reflection");
            Optional<String> code = code(fields, item);
            Map<Locale, String> texts = texts(fields.get("text"), item, key.equals("roles") ? "the role" : "the reflection");
            Optional<OptionGroup> group = Optional.empty();
            Node groupNode = fields.get("group");
            if (groupNode != null) {
                String g = groupNode.text().orElse("");
                group = Optional.ofNullable(groups.get(g));
                if (group.isEmpty()) {
                    problem(groupNode, "the role group '" + g + "' is not one of roleGroups"
                            + (groups.isEmpty() ? " (there are none)" : " " + sorted(groups.keySet())));
                }
            }
            if (code.isEmpty() || texts.isEmpty() || (groupNode != null && group.isEmpty())) {
                continue;
            }
            place("options." + question + "." + options.size(), fields.getOrDefault("code", item));
            options.add(new Option(code.get(), texts.get(languages.get(0)), group));
            translations(b, "option." + question + "." + code.get(), texts, fields.getOrDefault("text", item));
        }
        return options;
    }

    /** Gives the builder an option's or group's other languages, and records where each came from. */
    private void translations(FormDefinition.Builder b, String key, Map<Locale, String> texts, Node at) {
        for (Locale language : languages) {
            place("texts." + language.getLanguage() + "." + key, at);
        }
        texts.forEach((language, text) -> {
            if (!language.equals(languages.get(0))) {
                b.text(language, key, text);
            }
        });
    }

    private void ask(Node node, FormDefinition.Builder b) {
        if (!node.isMap()) {
            problem(node, "ask is a mapping of optional questions to true or false, such as {organisation: false}");
            return;
        }
        for (Entry e : node.map().values()) {
            if (!OPTIONAL.contains(e.key())) {
                problem(e.line(), e.column(), "'" + e.key() + "' is not an optional question; they are " + sorted(OPTIONAL));
            } else if (e.value().bool().isEmpty()) {
                problem(e.value(), "ask." + e.key() + " is true or false, not " + e.value().kind());
            } else if (!e.value().bool().get()) {
                place("questions." + QUESTIONS.get(e.key()), e.value());
                b.without(QUESTIONS.get(e.key()));
            }
        }
    }

    private void limits(Node node, FormDefinition.Builder b) {
        if (!node.isMap()) {
            problem(node, "limits is a mapping of questions to their lengths, such as {summary: {min: 10, max: 300}}");
            return;
        }
        for (Entry e : node.map().values()) {
            String question = QUESTIONS.get(e.key());
            if (question == null || question.equals("nature")) {
                problem(e.line(), e.column(), "'" + e.key() + "' has no lengths; the questions with lengths are "
                        + sorted(Set.of("summary", "details", "organisation", "email")));
                continue;
            }
            Map<String, Node> fields = fields(e.value(), Set.of("min", "max"), "a limit");
            TextQuestion current = (TextQuestion) base.question(question).orElseThrow();
            Optional<Long> min = number(fields.get("min"));
            Optional<Long> max = number(fields.get("max"));
            if ((fields.containsKey("min") && min.isEmpty()) || (fields.containsKey("max") && max.isEmpty())) {
                continue;
            }
            place("lengths." + question, e.value());
            b.lengths(question, (int) Math.min(Integer.MAX_VALUE, min.orElse((long) current.minLength())),
                    (int) Math.min(Integer.MAX_VALUE, max.orElse((long) current.maxLength())));
        }
    }

    private void texts(Node node, FormDefinition.Builder b) {
        if (!node.isMap()) {
            problem(node, "texts is a mapping of languages to their texts, such as {en: {heading: ...}}");
            return;
        }
        for (Entry language : node.map().values()) {
            Locale locale = Locale.forLanguageTag(language.key());
            if (!language.value().isMap()) {
                problem(language.value(), "texts." + language.key() + " is a mapping of text keys to texts");
                continue;
            }
            for (Entry text : language.value().map().values()) {
                Optional<String> value = text.value().text();
                if (value.isEmpty() || value.get().isBlank()) {
                    problem(text.value(), "the text '" + text.key() + "' must be words, not " + text.value().kind());
                    continue;
                }
                place("texts." + locale.getLanguage() + "." + text.key(), text.value());
                b.text(locale, text.key(), value.get());
            }
        }
    }

    private List<Node> list(Node node, String key) {
        if (!node.isList()) {
            problem(node, key + " is a list, each item starting with '- ', not " + node.kind());
            return List.of();
        }
        return node.list();
    }

    private Map<String, Node> fields(Node item, Set<String> allowed, String what) {
        if (!item.isMap()) {
            problem(item, what + " is a mapping of " + sorted(allowed) + ", not " + item.kind());
            return Map.of();
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (Entry e : item.map().values()) {
            if (!allowed.contains(e.key())) {
                problem(e.line(), e.column(), "unknown key '" + e.key() + "' in " + what + "; the keys are " + sorted(allowed));
            } else {
                fields.put(e.key(), e.value());
            }
        }
        return fields;
    }

    private Optional<String> code(Map<String, Node> fields, Node item) {
        Node code = fields.get("code");
        if (code == null) {
            problem(item, "code is missing: a short identifier such as 'resident'");
            return Optional.empty();
        }
        Optional<String> text = code.text();
        if (text.isEmpty() || !Option.isCode(text.get())) {
            problem(code, "a code is lower-case letters, digits and hyphens, such as 'library-member', not '"
                    + text.orElse(code.kind()) + "'");
            return Optional.empty();
        }
        return text;
    }

    /** A text given in the first language alone (a plain string) or per language (a mapping). */
    private Map<Locale, String> texts(Node text, Node item, String what) {
        Map<Locale, String> texts = new LinkedHashMap<>();
        if (text == null) {
            problem(item, "text is missing: what " + what + " says");
            return texts;
        }
        if (text.isScalar()) {
            texts.put(languages.get(0), text.text().orElseThrow());
        } else if (text.isMap()) {
            for (Entry e : text.map().values()) {
                Optional<Locale> language = languages.stream().filter(l -> l.getLanguage().equals(e.key())).findFirst();
                if (language.isEmpty()) {
                    problem(e.line(), e.column(), "'" + e.key() + "' is not one of the languages " + codes());
                } else if (e.value().text().filter(t -> !t.isBlank()).isEmpty()) {
                    problem(e.value(), "the " + e.key() + " text must be words, not " + e.value().kind());
                } else {
                    texts.put(language.get(), e.value().text().get());
                }
            }
            if (!texts.containsKey(languages.get(0))) {
                problem(text, what + " has no " + languages.get(0).getDisplayLanguage(Locale.ENGLISH) + " text");
                return Map.of();
            }
        } else {
            problem(text, "text is words, or a mapping of languages to words, not " + text.kind());
        }
        return texts.containsKey(languages.get(0)) ? texts : Map.of();
    }

    private Optional<Long> number(Node node) {
        if (node == null) {
            return Optional.empty();
        }
        Optional<Long> n = node.number();
        if (n.isEmpty()) {
            problem(node, "a length is a whole number, not " + node.kind());
        }
        return n;
    }

    private List<String> codes() {
        return languages.stream().map(Locale::getLanguage).toList();
    }

    private static String sorted(Set<String> keys) {
        return String.join(", ", keys.stream().sorted().toList());
    }
}
