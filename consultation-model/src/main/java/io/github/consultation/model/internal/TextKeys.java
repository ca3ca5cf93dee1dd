package io.github.consultation.model.internal;

import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.Question;
import io.github.consultation.model.TextQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a form's texts in each of its languages, and finds what is wrong with the host's:
 * a key the form does not use, a text given in the first language but not in another, a
 * question without a label. The rules live here once, for the Java builder and for definition
 * files alike.
 *
 * <p>A key belongs either to the whole form ({@code heading}, {@code submit},
 * {@code message.any.too-long}, ...), to one question ({@code label.summary},
 * {@code option.role.la-data}, {@code message.summary.too-short}, ...) or to one group of options
 * ({@code group.local-authority}). A question's keys are used only while the form asks it.
 */
public final class TextKeys {
    private static final List<String> QUESTION_PREFIXES = List.of("label.", "hint.", "placeholder.", "choose.",
            "origin.label.", "origin.placeholder.", "message.label.");
    private static final Set<String> FORM_MESSAGE_SCOPES = Set.of("any", "submission", "tab");

    private TextKeys() {
    }

    /**
     * A form's texts in each of its languages, by language code, and for each language that has a
     * base, the keys it took from that base because it gives no text of its own.
     */
    public record Resolved(Map<String, Map<String, String>> texts, Map<String, List<String>> borrowed) {
    }

    /**
     * The texts of each language (by language code) for a form of {@code questions}; a language
     * in {@code bases} (language code to the code of an earlier language) takes every text it
     * lacks from its base. Every problem is added to {@code problems}; what is accepted but
     * better written otherwise (an old key) to {@code warnings}.
     */
    public static Resolved resolve(List<Question> questions, Set<String> minimal, List<Locale> languages,
            Map<String, String> bases, Map<String, Map<String, String>> builtIn,
            Map<String, Map<String, String>> overrides, List<FormDefinition.Problem> problems,
            List<FormDefinition.Problem> warnings) {
        Map<String, Question> byName = byName(questions);
        Map<String, OptionGroup> groups = groups(questions);
        String first = languages.get(0).getLanguage();
        builtIn = byRequirement(builtIn, byName);
        Map<String, String> firstBuiltIn = builtIn.getOrDefault(first, Map.of());

        Map<String, String> effective = new LinkedHashMap<>();
        firstBuiltIn.forEach((key, text) -> {
            if (used(key, byName, groups)) {
                effective.put(key, text);
            }
        });
        for (Question q : questions) {
            for (Option o : OptionLists.of(q)) {
                effective.put("option." + q.name() + "." + o.code(), o.text());
            }
        }
        groups.values().forEach(g -> effective.put("group." + g.code(), g.text()));

        for (Map.Entry<String, Map<String, String>> language : overrides.entrySet()) {
            if (languages.stream().noneMatch(l -> l.getLanguage().equals(language.getKey()))) {
                problems.add(new FormDefinition.Problem("texts." + language.getKey(), "the form does not speak "
                        + name(language.getKey()) + ": add it to the languages, or leave its texts out"));
            }
        }
        Map<String, String> firstOverrides = overrides.getOrDefault(first, Map.of());
        firstOverrides.forEach((key, text) -> {
            String path = "texts." + first + "." + key;
            if (!known(key, byName, groups, firstBuiltIn)) {
                problems.add(new FormDefinition.Problem(path, unknown(key, byName)));
            } else if (key.startsWith("option.") || key.startsWith("group.")) {
                if (!text.equals(effective.get(key))) {
                    problems.add(new FormDefinition.Problem(path, "an option's or group's " + name(first)
                            + " text is the one given with it, '" + effective.get(key) + "'; change it there, or leave this"
                            + " text out"));
                }
            } else {
                effective.put(key, text);
            }
        });
        originTexts(byName.keySet(), firstOverrides, effective, first, warnings);
        overrides.forEach((language, texts) -> texts.forEach((key, text) ->
                placeholders(key, text, firstBuiltIn.get(key), "texts." + language + "." + key, problems)));
        for (Question q : questions) {
            if (q instanceof TextQuestion && ((TextQuestion) q).filledByPage()) {
                continue;
            }
            requireKey(effective, first, "label." + q.name(), "the question '" + q.name() + "' has no label; give it one"
                    + " (label." + q.name() + ")", problems);
            if (q instanceof ChoiceQuestion) {
                requireKey(effective, first, "choose." + q.name(),
                        "the question '" + q.name() + "' has no text for its empty first option; give it one (choose."
                                + q.name() + ")", problems);
            }
        }

        Map<String, Map<String, String>> resolved = new LinkedHashMap<>();
        Map<String, List<String>> borrowed = new LinkedHashMap<>();
        resolved.put(first, Map.copyOf(effective));
        for (Locale locale : languages.subList(1, languages.size())) {
            String language = locale.getLanguage();
            Map<String, String> base = bases.containsKey(language) ? resolved.get(bases.get(language)) : null;
            Map<String, String> theirs = overrides.getOrDefault(language, Map.of());
            Map<String, String> builtInTheirs = builtIn.getOrDefault(language, Map.of());
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> fromBase = new ArrayList<>();
            // Plural forms are a language's own: Welsh has six, English two.
            builtInTheirs.forEach((key, text) -> {
                if (!effective.containsKey(key) && pluralOf(key, effective) && !theirs.containsKey(key)) {
                    texts.put(key, text);
                }
            });
            effective.forEach((key, firstText) -> {
                String given = theirs.get(key);
                if (given == null && firstText.equals(firstBuiltIn.get(key))) {
                    given = builtInTheirs.get(key);
                }
                if (given == null && base != null && base.containsKey(key)) {
                    given = base.get(key);
                    fromBase.add(key);
                }
                if (given == null) {
                    problems.add(new FormDefinition.Problem("texts." + language + "." + key, "'" + key + "' has "
                            + name(first) + " text but no " + name(language) + " text; give its " + name(language)
                            + " text too, or give " + name(language) + " a base language to take it from"));
                } else {
                    texts.put(key, given);
                }
            });
            theirs.forEach((key, text) -> {
                if (pluralOf(key, effective) && !effective.containsKey(key)) {
                    texts.put(key, text);
                } else if (!effective.containsKey(key) && !dropped(key, effective, firstBuiltIn)) {
                    String why = known(key, byName, groups, firstBuiltIn)
                            ? "'" + key + "' has " + name(language) + " text but no " + name(first) + " text; give its "
                                    + name(first) + " text too"
                            : unknown(key, byName);
                    problems.add(new FormDefinition.Problem("texts." + language + "." + key, why));
                }
            });
            // A label (or placeholder) the form gives in this language is the origin theme's there too.
            theirs.forEach((key, text) -> {
                for (String prefix : List.of("label.", "placeholder.")) {
                    String origin = "origin." + key;
                    if (key.startsWith(prefix) && texts.containsKey(origin) && !theirs.containsKey(origin)) {
                        texts.put(origin, text);
                        fromBase.remove(origin);
                    }
                }
            });
            if (base != null) {
                borrowed.put(language, fromBase.stream().sorted().toList());   // the same order on every run
            }
            resolved.put(language, Map.copyOf(texts));
        }
        return new Resolved(Collections.unmodifiableMap(resolved), Collections.unmodifiableMap(borrowed));
    }

    /** The prefix of a library text that stands for another while that text's question is required. */
    private static final String WHEN_REQUIRED = "when-required.";
    /** The prefix of a library text that stands for another while that text's question is optional. */
    private static final String WHEN_OPTIONAL = "when-optional.";

    /**
     * The library's texts with those that say whether a question must be answered ("Your email
     * (optional, for follow-up only)", "— Select (optional) —") following the form's question:
     * {@code when-required.KEY} stands for {@code KEY} while KEY's question is required,
     * {@code when-optional.KEY} while it is optional. The {@code when-*} texts themselves are no
     * texts of the form (a team writes KEY, which wins over both).
     */
    private static Map<String, Map<String, String>> byRequirement(Map<String, Map<String, String>> builtIn,
            Map<String, Question> questions) {
        Map<String, Map<String, String>> adjusted = new LinkedHashMap<>();
        builtIn.forEach((language, texts) -> {
            Map<String, String> copy = new LinkedHashMap<>();
            texts.forEach((key, text) -> {
                if (!key.startsWith(WHEN_REQUIRED) && !key.startsWith(WHEN_OPTIONAL)) {
                    copy.putIfAbsent(key, text);
                }
            });
            texts.forEach((key, text) -> {
                boolean whenRequired = key.startsWith(WHEN_REQUIRED);
                if (whenRequired || key.startsWith(WHEN_OPTIONAL)) {
                    String of = key.substring((whenRequired ? WHEN_REQUIRED : WHEN_OPTIONAL).length());
                    Question q = questionOf(of) == null ? null : questions.get(questionOf(of));
                    if (q != null && q.required() == whenRequired && copy.containsKey(of)) {
                        copy.put(of, text);
                    }
                }
            });
            adjusted.put(language, copy);
        });
        return adjusted;
    }

    /**
     * The origin theme's own labels and placeholders ({@code origin.label.NAME},
     * {@code origin.placeholder.NAME}) are the existing site's words for this library's questions:
     * they stand while the question keeps this library's label, and give way as soon as the form
     * gives its own {@code label.NAME} (or {@code placeholder.NAME}), which every theme then shows.
     * A form that gives an {@code origin.*} text itself keeps it, with a warning: it is the old name.
     */
    private static void originTexts(Set<String> questions, Map<String, String> given, Map<String, String> effective,
            String language, List<FormDefinition.Problem> warnings) {
        for (String q : questions) {
            if (given.containsKey("label." + q) && !given.containsKey(ORIGIN_LABEL + q)) {
                effective.remove(ORIGIN_LABEL + q);
            }
            if ((given.containsKey("label." + q) || given.containsKey("placeholder." + q))
                    && !given.containsKey(ORIGIN_PLACEHOLDER + q)) {
                effective.remove(ORIGIN_PLACEHOLDER + q);
            }
        }
        given.keySet().stream().filter(k -> k.startsWith(ORIGIN_LABEL) || k.startsWith(ORIGIN_PLACEHOLDER)).forEach(k ->
                warnings.add(new FormDefinition.Problem("texts." + language + "." + k, "'" + k + "' is an old name,"
                        + " read by the origin theme only; write '" + k.substring("origin.".length())
                        + "', which every theme shows")));
    }

    /** Whether {@code key} is an origin theme's text that the form's own label has replaced. */
    private static boolean dropped(String key, Map<String, String> effective, Map<String, String> builtIn) {
        return (key.startsWith(ORIGIN_LABEL) || key.startsWith(ORIGIN_PLACEHOLDER)) && builtIn.containsKey(key)
                && !effective.containsKey(key);
    }

    private static final String ORIGIN_LABEL = "origin.label.";
    private static final String ORIGIN_PLACEHOLDER = "origin.placeholder.";
    /**
     * A placeholder as it is written: {@code {name}}, or {@code %{name}} in the texts the character
     * count's script fills in (which would show a bare {@code {count}} as it is).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile("%?\\{[A-Za-z][A-Za-z0-9_-]*\\}");
    /** What the validator fills in a message about a field. */
    private static final Set<String> FIELD_PLACEHOLDERS = Set.of("{label}", "{name}", "{item}", "{min}", "{max}",
            "{tab}");
    /** What it fills in a message about the whole submission. */
    private static final Set<String> SUBMISSION_PLACEHOLDERS = Set.of("{limit}", "{type}");

    /**
     * Every placeholder a text may hold, as it is written ({@code {label}}, {@code %{count}}), sorted:
     * those the validator fills in messages and those of the library's own texts {@code builtIn}.
     * The docs' list of placeholders is held to this.
     */
    public static java.util.SortedSet<String> placeholders(Map<String, String> builtIn) {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(FIELD_PLACEHOLDERS);
        all.addAll(SUBMISSION_PLACEHOLDERS);
        builtIn.values().forEach(text -> {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                all.add(m.group());
            }
        });
        return all;
    }

    /**
     * The placeholders a text may hold: a message's are what the validator fills in; any other
     * text's, those of this library's own text for it. In a text that is filled in, a placeholder
     * that nothing fills would be shown to readers as it is written ("{mni}"), so it is a problem;
     * a text that is never filled in (a heading, a label) shows braces as the team wrote them.
     */
    private static void placeholders(String key, String text, String builtIn, String path,
            List<FormDefinition.Problem> problems) {
        Set<String> allowed = new java.util.TreeSet<>();
        if (key.startsWith("message.submission.")) {
            allowed.addAll(SUBMISSION_PLACEHOLDERS);
        } else if (key.startsWith("message.") && !key.startsWith("message.label.")) {
            allowed.addAll(FIELD_PLACEHOLDERS);
        }
        if (builtIn != null) {
            Matcher own = PLACEHOLDER.matcher(builtIn);
            while (own.find()) {
                allowed.add(own.group());
            }
        }
        if (allowed.isEmpty() && (!key.startsWith("message.") || key.startsWith("message.label."))) {
            return;   // a text nothing fills in (a label, even one used inside messages) shows its braces as written
        }
        Matcher m = PLACEHOLDER.matcher(text);
        Set<String> wrong = new java.util.LinkedHashSet<>();
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                wrong.add(m.group());
            }
        }
        if (!wrong.isEmpty()) {
            problems.add(new FormDefinition.Problem(path, String.join(" and ", wrong) + (wrong.size() == 1 ? " is" : " are")
                    + " no placeholder of '" + key + "'; " + (allowed.isEmpty() ? "it has none"
                    : "it may use " + String.join(", ", allowed))));
        }
    }

    /** Whether {@code key} is a plural form ({@code base.zero}, {@code base.few}, ...) of a text with an {@code other} form. */
    private static boolean pluralOf(String key, Map<String, String> texts) {
        int dot = key.lastIndexOf('.');
        return dot > 0 && PLURAL_RULES.contains(key.substring(dot + 1)) && texts.containsKey(key.substring(0, dot) + ".other");
    }

    private static final Set<String> PLURAL_RULES = Set.of("zero", "one", "two", "few", "many", "other");

    private static void requireKey(Map<String, String> texts, String language, String key, String why,
            List<FormDefinition.Problem> problems) {
        if (!texts.containsKey(key)) {
            problems.add(new FormDefinition.Problem("texts." + language + "." + key, why));
        }
    }

    private static String unknown(String key, Map<String, Question> questions) {
        String owner = questionOf(key);
        if (owner != null && !questions.containsKey(owner)) {
            return "'" + key + "' is a text of the question '" + owner + "', which the form does not ask; ask the"
                    + " question, or leave its texts out";
        }
        return "the form has no text called '" + key + "'; the README's table of texts lists the keys";
    }

    /** The language's name in English, for messages: "Welsh" for {@code cy}. */
    static String name(String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language : name;
    }

    /** The question a key belongs to, or null for a key of the whole form or of a group. */
    static String questionOf(String key) {
        if (key.startsWith("option.") || key.startsWith("scale.")) {
            int dot = key.indexOf('.', key.indexOf('.') + 1);
            return dot < 0 ? key.substring(key.indexOf('.') + 1) : key.substring(key.indexOf('.') + 1, dot);
        }
        for (String prefix : QUESTION_PREFIXES) {
            if (key.startsWith(prefix)) {
                return key.substring(prefix.length());
            }
        }
        if (key.startsWith("message.")) {
            int dot = key.indexOf('.', "message.".length());
            String scope = dot < 0 ? key.substring("message.".length()) : key.substring("message.".length(), dot);
            return FORM_MESSAGE_SCOPES.contains(scope) ? null : scope;
        }
        return null;
    }

    /** Whether a form of these questions and groups shows or says the text {@code key}. */
    private static boolean used(String key, Map<String, Question> questions, Map<String, OptionGroup> groups) {
        if (key.startsWith("group.")) {
            return groups.containsKey(key.substring("group.".length()));
        }
        String owner = questionOf(key);
        if (owner == null) {
            return true;
        }
        Question q = questions.get(owner);
        if (q == null) {
            return false;
        }
        if (key.startsWith("option.")) {
            String code = key.substring(("option." + owner + ".").length());
            return OptionLists.of(q).stream().anyMatch(o -> o.code().equals(code));
        }
        return true;
    }

    /**
     * Whether a form of {@code questions}, whose library texts in its first language are
     * {@code builtIn}, shows or says the text {@code key}: a text of the whole form, or of one of
     * its questions or groups.
     */
    public static boolean uses(String key, List<Question> questions, Map<String, String> builtIn) {
        Map<String, Question> byName = byName(questions);
        Map<String, OptionGroup> groups = groups(questions);
        return known(key, byName, groups, builtIn);
    }

    /** The questions by name, the first of a name winning, in order. */
    private static Map<String, Question> byName(List<Question> questions) {
        Map<String, Question> byName = new LinkedHashMap<>();
        questions.forEach(q -> byName.putIfAbsent(q.name(), q));
        return byName;
    }

    /** The option groups of every question's options by code, the first of a code winning, in order. */
    private static Map<String, OptionGroup> groups(List<Question> questions) {
        Map<String, OptionGroup> groups = new LinkedHashMap<>();
        for (Question q : questions) {
            for (Option o : OptionLists.of(q)) {
                o.group().ifPresent(g -> groups.putIfAbsent(g.code(), g));
            }
        }
        return groups;
    }

    /** Whether a host may give the text {@code key}: a text of the form, or of one of its questions or groups. */
    private static boolean known(String key, Map<String, Question> questions, Map<String, OptionGroup> groups,
            Map<String, String> builtIn) {
        if (!used(key, questions, groups)) {
            return false;
        }
        return questionOf(key) != null || key.startsWith("group.") || builtIn.containsKey(key);
    }

}
