package io.github.consultation.model;

import io.github.consultation.model.internal.BuiltInForms;
import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.OptionLists;
import io.github.consultation.model.internal.TextKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * What one form asks and says: its questions (with their options and limits), the ids of its
 * elements, and every text it shows or says, in each of its languages. The one source of truth
 * for a form: the validator's rules, the HTML attributes, the JSON Schema, the messages and what
 * is stored are all read from it. Immutable and safe to share between threads.
 *
 * <p>The built-in {@link #pageFeedback()} is the existing consultation site's page-feedback form,
 * in English and Welsh. A host changes it, or builds its own, with a {@link Builder}; a team that
 * only writes content puts a definition file beside its pages (see the pages module).
 *
 * <pre>{@code
 * OptionGroup residents = new OptionGroup("residents", "Residents");
 * FormDefinition libraries = FormDefinition.pageFeedback().toBuilder()
 *         .languages(Locale.ENGLISH)
 *         .roles(List.of(Option.of("resident", "Resident", residents),
 *                 Option.of("member", "Library member", residents)))
 *         .without("org")                       // no organisation question
 *         .lengths("summary", 10, 300)
 *         .text(Locale.ENGLISH, "heading", "Tell us about your library")
 *         .build();
 * }</pre>
 */
public final class FormDefinition {
    /** The name of the hidden control that carries the page address. */
    public static final String PAGE = "page";
    /** The name of the honeypot control, which people never see and bots fill in. */
    public static final String HONEYPOT = "hp_field";
    /** English, the first language of the built-in forms. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Welsh, the built-in forms' second language. */
    public static final Locale WELSH = Locale.forLanguageTag("cy");

    /** The greatest length a host may give a one-line answer. */
    public static final int MAX_LINE = 2_000;
    /** The greatest length a host may give a several-line answer. */
    public static final int MAX_LINES = 20_000;
    /** The greatest length of an email address (RFC 5321's path limit less its brackets). */
    public static final int MAX_EMAIL = 254;
    /** The greatest length of a page address. */
    public static final int MAX_PAGE = 2_048;

    private final Builder source;
    private final String tab;
    private final ElementIds ids;
    private final List<Question> questions;
    private final Map<String, Question> byName;
    private final Set<String> minimal;
    private final List<Locale> languages;
    private final Map<String, FormTexts> texts;
    private final Map<String, Map<String, Option>> spellings;
    private final Set<String> acceptedKeys;
    private final Map<String, String> bases;
    private final Map<String, List<String>> borrowed;
    private final List<Problem> warnings;

    private FormDefinition(Builder b, List<Question> questions, TextKeys.Resolved resolved, List<Problem> warnings) {
        this.source = b.copy();
        this.tab = b.tab;
        this.ids = b.ids;
        this.questions = List.copyOf(questions);
        Map<String, Question> names = new LinkedHashMap<>();
        questions.forEach(q -> names.put(q.name(), q));
        this.byName = Collections.unmodifiableMap(names);
        this.minimal = Set.copyOf(b.minimal);
        this.acceptedKeys = Collections.unmodifiableSet(new LinkedHashSet<>(b.acceptedKeys));
        this.languages = List.copyOf(b.languages);
        this.bases = Map.copyOf(b.bases);
        this.borrowed = resolved.borrowed();
        this.warnings = List.copyOf(warnings);
        Map<String, FormTexts> byLanguage = new LinkedHashMap<>();
        for (Locale language : languages) {
            byLanguage.put(language.getLanguage(), new FormTexts(language, resolved.texts().get(language.getLanguage())));
        }
        this.texts = Collections.unmodifiableMap(byLanguage);
        Map<String, Map<String, Option>> index = new LinkedHashMap<>();
        for (Question q : questions) {
            List<Option> options = OptionLists.of(q);
            if (!options.isEmpty()) {
                index.put(q.name(), Collections.unmodifiableMap(spellingsOf(q, options, texts.values())));
            }
        }
        this.spellings = Collections.unmodifiableMap(index);
    }

    /**
     * The existing consultation site's page-feedback form, in English and Welsh: a reflection
     * (six options), a summary (5 to 300 characters, required), details, the reader's role
     * (fourteen options in five groups, required), organisation and email address.
     */
    public static FormDefinition pageFeedback() {
        return BuiltInForms.PAGE_FEEDBACK;
    }

    /**
     * The existing consultation site's general questionnaire ({@code "tab": "MainFeedback"}), in
     * English: the reader's role (required), organisation and email address; each of 13 ideas
     * scored 1 to 5 for usefulness and for likelihood of use (every score optional); a checklist of
     * 39 activities under 13 headings; a reflection and open comments.
     *
     * <pre>{@code
     * FormDefinition questionnaire = FormDefinition.questionnaire();
     * RatingQuestion usefulness = (RatingQuestion) questionnaire.question("rank_usefulness").orElseThrow();
     * }</pre>
     */
    public static FormDefinition questionnaire() {
        return BuiltInForms.QUESTIONNAIRE;
    }

    /**
     * Starts a page-feedback form with this library's texts (English only until the host adds a
     * language), the existing site's ids and limits, and neither roles nor reflections: a form
     * that asks for a summary, details, organisation and email address until the host adds
     * options with {@link Builder#roles} and {@link Builder#reflections}.
     */
    public static Builder builder() {
        return BuiltInForms.pageFeedbackBuilder();
    }

    /** A builder holding this definition, to derive a changed copy. */
    public Builder toBuilder() {
        return source.copy();
    }

    /** The value of {@code "tab"} that the existing site's script sends for this form, such as {@code "Feedback"}. */
    public String tab() {
        return tab;
    }

    /**
     * Keys a submission may carry that are no question of this form and are read and dropped, such
     * as the questionnaire's {@code "section"}, which the existing site's script always sends empty.
     */
    public Set<String> acceptedKeys() {
        return acceptedKeys;
    }

    /** The ids of the form's own elements. */
    public ElementIds ids() {
        return ids;
    }

    /** Every question, in form order, the page address first. */
    public List<Question> questions() {
        return questions;
    }

    /** The questions a form of {@code variant} shows or sends, in form order. */
    public List<Question> questions(FormVariant variant) {
        Checks.notNull(variant, "variant");
        return questions.stream().filter(q -> asks(variant, q)).toList();
    }

    /** The question named {@code name}. */
    public Optional<Question> question(String name) {
        return Optional.ofNullable(byName.get(Checks.notNull(name, "name")));
    }

    /** The question of {@code field}, if this form asks it. */
    public Optional<Question> question(FeedbackField field) {
        return question(Checks.notNull(field, "field").formName());
    }

    /** Whether a form of {@code variant} asks {@code question}: the minimal form asks only a few. */
    public boolean asks(FormVariant variant, Question question) {
        Checks.notNull(question, "question");
        return Checks.notNull(variant, "variant") != FormVariant.MINIMAL || question.name().equals(PAGE)
                || minimal.contains(question.name());
    }

    /** Whether this form has a minimal variant (the older page form of a summary and details). */
    public boolean hasMinimalForm() {
        return !minimal.isEmpty();
    }

    /**
     * What an answer to the question {@code name} must satisfy in a form of {@code variant}: the
     * view that HTML attributes, the JSON Schema and messages are derived from.
     *
     * @throws IllegalArgumentException if the form has no such question
     */
    public FieldRules rules(String name, FormVariant variant) {
        Question q = question(name).orElseThrow(() -> new IllegalArgumentException("No question " + name));
        boolean required = q.required() && asks(variant, q);
        if (q instanceof TextQuestion) {
            TextQuestion t = (TextQuestion) q;
            return new FieldRules(required, t.minLength() == 0 ? OptionalInt.empty() : OptionalInt.of(t.minLength()),
                    OptionalInt.of(t.maxLength()), t.email(),
                    t.email() ? Optional.of(TextQuestion.EMAIL_PATTERN) : Optional.empty(), List.of(), List.of(),
                    t.answerPattern());
        }
        List<String> options = OptionLists.of(q).stream().map(Option::text).toList();
        return new FieldRules(required, OptionalInt.empty(), OptionalInt.empty(), false, Optional.empty(), options,
                List.copyOf(spellings.getOrDefault(name, Map.of()).keySet()));
    }

    /** Like {@link #rules(String, FormVariant)} for the full form. */
    public FieldRules rules(String name) {
        return rules(name, FormVariant.FULL);
    }

    /**
     * The option of the question {@code name} spelt {@code spelling}: its text in any of the
     * form's languages, or its code. Apostrophes, quotes and spaces match in any of their
     * spellings ({@link Spellings}): a reader's typographic apostrophe finds an option written
     * with a straight one, and the other way round. For a checklist, also
     * {@code "<heading>: <text>"}, as the existing site's script sends it.
     */
    public Optional<Option> option(String name, String spelling) {
        Checks.notNull(spelling, "spelling");
        Map<String, Option> options = spellings.getOrDefault(Checks.notNull(name, "name"), Map.of());
        Option found = options.get(spelling);
        return Optional.ofNullable(found != null ? found : options.get(Spellings.fold(spelling)));
    }

    /** The languages the form speaks, the first being that of its options' own texts. */
    public List<Locale> languages() {
        return languages;
    }

    /**
     * The language {@code locale}'s language takes the texts it does not give from, if it has
     * one: {@code en} for a French added as {@code language(FRENCH, ENGLISH)}.
     */
    public Optional<Locale> base(Locale locale) {
        String base = bases.get(Checks.notNull(locale, "locale").getLanguage());
        return base == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(base));
    }

    /**
     * The keys of the texts that {@code locale}'s language takes from its {@linkplain #base base}
     * because neither the host nor this library gives them in that language: what is left to
     * translate. Empty for a language without a base.
     */
    public List<String> untranslated(Locale locale) {
        return borrowed.getOrDefault(Checks.notNull(locale, "locale").getLanguage(), List.of());
    }

    /**
     * What the definition accepted but would rather have written otherwise, each with where it is:
     * a text under its old name, say. Empty for a definition with nothing to say.
     */
    public List<Problem> warnings() {
        return warnings;
    }

    /**
     * The form's texts in {@code locale}'s language, or in its first language if it does not
     * speak that one.
     */
    public FormTexts texts(Locale locale) {
        FormTexts found = texts.get(Checks.notNull(locale, "locale").getLanguage());
        return found != null ? found : texts.get(languages.get(0).getLanguage());
    }

    @Override
    public String toString() {
        return "FormDefinition[" + tab + ", " + questions.size() + " questions, " + languages + "]";
    }

    private static Map<String, Option> spellingsOf(Question q, List<Option> options, Iterable<FormTexts> languages) {
        Map<String, Option> bySpelling = new LinkedHashMap<>();
        for (Option option : options) {
            for (String text : spellingTexts(q, option, languages)) {
                bySpelling.putIfAbsent(text, option);
                bySpelling.putIfAbsent(Spellings.fold(text), option);
            }
            bySpelling.putIfAbsent(option.code(), option);
        }
        return bySpelling;
    }

    private static List<String> spellingTexts(Question q, Option option, Iterable<FormTexts> languages) {
        List<String> texts = new ArrayList<>();
        texts.add(option.text());
        for (FormTexts language : languages) {
            texts.add(language.option(q, option));
        }
        if (q instanceof ChecklistQuestion && option.group().isPresent()) {
            texts.add(option.group().get().text() + ": " + option.text());
            for (FormTexts language : languages) {
                texts.add(language.group(option.group().get()) + ": " + language.option(q, option));
            }
        }
        return texts;
    }

    /**
     * A problem with a definition, found by {@link Builder#problems()}: where it is and what is
     * wrong, in words a content author understands.
     *
     * @param path where: {@code questions.<name>}, {@code options.<question>.<index>},
     *     {@code lengths.<question>}, {@code texts.<language>.<key>} or {@code languages}
     * @param message what is wrong
     */
    public record Problem(String path, String message) {
        /** Checks that neither part is null. */
        public Problem {
            Checks.notNull(path, "path");
            Checks.notNull(message, "message");
        }
    }

    /**
     * Configures a {@link FormDefinition}; {@link #build()} checks the whole definition and
     * {@link #problems()} lists what it would refuse.
     *
     * <pre>{@code
     * FormDefinition form = FormDefinition.pageFeedback().toBuilder()
     *         .without("email")
     *         .text(Locale.ENGLISH, "hint.summary", "What you think, in a sentence")
     *         .text(FormDefinition.WELSH, "hint.summary", "Eich barn, mewn brawddeg")
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private String tab;
        private ElementIds ids;
        private final List<Question> questions = new ArrayList<>();
        private final Set<String> minimal = new LinkedHashSet<>();
        private final List<Locale> languages = new ArrayList<>();
        /** The language each language with a base takes its missing texts from, by language code. */
        private final Map<String, String> bases = new LinkedHashMap<>();
        /** This library's texts, by language code: the base the host's texts override. */
        private final Map<String, Map<String, String>> builtIn = new LinkedHashMap<>();
        /** The host's texts, by language code. */
        private final Map<String, Map<String, String>> overrides = new LinkedHashMap<>();
        private final Map<String, int[]> lengths = new LinkedHashMap<>();
        private final Set<String> acceptedKeys = new LinkedHashSet<>();
        /** Misuses of this builder, reported at {@link #build()} with the definition's own problems. */
        private final List<Problem> misuses = new ArrayList<>();

        /**
         * A builder for a form with the value of {@code "tab"} that identifies it, the ids of its
         * elements and this library's texts for it ({@code builtIn}, by language code), asking
         * no questions yet. Used by the built-in forms; hosts start from one of those.
         */
        public Builder(String tab, ElementIds ids, Map<String, Map<String, String>> builtIn) {
            this.tab = Checks.notEmpty(tab, "tab");
            this.ids = Checks.notNull(ids, "ids");
            Checks.notNull(builtIn, "builtIn").forEach((language, texts) -> this.builtIn.put(language, Map.copyOf(texts)));
            languages.add(ENGLISH);
        }

        Builder copy() {
            Builder b = new Builder(tab, ids, builtIn);
            b.questions.addAll(questions);
            b.minimal.addAll(minimal);
            b.languages.clear();
            b.languages.addAll(languages);
            b.bases.putAll(bases);
            overrides.forEach((language, texts) -> b.overrides.put(language, new LinkedHashMap<>(texts)));
            lengths.forEach((name, range) -> b.lengths.put(name, range.clone()));
            b.acceptedKeys.addAll(acceptedKeys);
            b.misuses.addAll(misuses);
            return b;
        }

        /** Keys a submission may carry that are read and dropped: see {@link FormDefinition#acceptedKeys()}. */
        public Builder acceptedKeys(String... keys) {
            for (String key : Checks.notNull(keys, "keys")) {
                acceptedKeys.add(Checks.name(key, "key"));
            }
            return this;
        }

        /** The value of {@code "tab"} that identifies this form in the existing site's JSON. */
        public Builder tab(String tab) {
            this.tab = Checks.notEmpty(tab, "tab");
            return this;
        }

        /** The ids of the form's own elements. */
        public Builder ids(ElementIds ids) {
            this.ids = Checks.notNull(ids, "ids");
            return this;
        }

        /** Adds {@code question} at the end, or puts it in the place of the question of the same name. */
        public Builder question(Question question) {
            Checks.notNull(question, "question");
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).name().equals(question.name())) {
                    questions.set(i, question);
                    return this;
                }
            }
            questions.add(question);
            return this;
        }

        /** Removes the question {@code name}: the form no longer asks it (the page address it always asks). */
        public Builder without(String name) {
            Checks.notNull(name, "name");
            if (name.equals(PAGE)) {
                misuses.add(new Problem("questions." + PAGE, "every form carries the page address"));
            } else if (!questions.removeIf(q -> q.name().equals(name))) {
                misuses.add(new Problem("questions." + name, "the form has no question '" + name + "' to leave out;"
                        + " leave out one it asks"));
            }
            minimal.remove(name);
            return this;
        }

        /** Like {@link #without(String)} for a field of the page-feedback form. */
        public Builder without(FeedbackField field) {
            return without(Checks.notNull(field, "field").formName());
        }

        /**
         * The options of the choice or checklist {@code name}, or the items of the rating
         * question {@code name}, in order. An empty list removes the question: a page form with no
         * roles does not ask for one.
         */
        public Builder options(String name, List<Option> options) {
            Checks.notNull(name, "name");
            List<Option> copy = List.copyOf(Checks.notNull(options, "options"));
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                if (!q.name().equals(name)) {
                    continue;
                }
                if (copy.isEmpty()) {
                    questions.remove(i);
                    minimal.remove(name);
                } else if (q instanceof ChoiceQuestion) {
                    questions.set(i, new ChoiceQuestion(q.name(), q.id(), q.required(), copy));
                } else if (q instanceof ChecklistQuestion) {
                    questions.set(i, new ChecklistQuestion(q.name(), q.id(), q.required(), copy));
                } else if (q instanceof RatingQuestion) {
                    RatingQuestion r = (RatingQuestion) q;
                    questions.set(i, new RatingQuestion(r.name(), r.id(), r.required(), copy, r.lowest(), r.highest()));
                } else {
                    misuses.add(new Problem("questions." + name, "'" + name + "' is answered in words and has no options;"
                            + " options belong to a choice, a checklist or a rating question"));
                }
                return this;
            }
            if (!copy.isEmpty()) {
                misuses.add(new Problem("questions." + name, "the form has no question '" + name + "'; add the"
                        + " question first"));
            }
            return this;
        }

        /** The roles a reader chooses from (the question {@code role}), in order, each in its group. */
        public Builder roles(List<Option> roles) {
            if (!roles.isEmpty() && questions.stream().noneMatch(q -> q.name().equals("role"))) {
                // Where the page form asks it: after the details (or the summary), before the organisation.
                int at = questions.size();
                for (int i = 0; i < questions.size(); i++) {
                    String name = questions.get(i).name();
                    if (name.equals("details") || name.equals("summary")) {
                        at = i + 1;
                    }
                }
                questions.add(at, new ChoiceQuestion("role", "mf-role", true, roles));
                return this;
            }
            return options("role", roles);
        }

        /** The reflections a reader may choose from (the question {@code nature}), in order. */
        public Builder reflections(List<Option> reflections) {
            if (!reflections.isEmpty() && questions.stream().noneMatch(q -> q.name().equals("nature"))) {
                int at = questions.isEmpty() || !questions.get(0).name().equals(PAGE) ? 0 : 1;
                questions.add(at, new ChoiceQuestion("nature", "mf-nature", false, reflections));
                return this;
            }
            return options("nature", reflections);
        }

        /**
         * The least and greatest length of an answer to the text question {@code name}, within
         * the bounds this library enforces: at most {@link #MAX_LINE} characters on one line,
         * {@link #MAX_LINES} over several, {@link #MAX_EMAIL} for an email address (which has no
         * least length); the page address keeps its own.
         */
        public Builder lengths(String name, int min, int max) {
            lengths.put(Checks.notNull(name, "name"), new int[] {min, max});
            return this;
        }

        /** Whether the question {@code name} must be answered. */
        public Builder required(String name, boolean required) {
            Checks.notNull(name, "name");
            for (int i = 0; i < questions.size(); i++) {
                Question q = questions.get(i);
                if (q.name().equals(name)) {
                    questions.set(i, withRequired(q, required));
                    return this;
                }
            }
            misuses.add(new Problem("questions." + name, "the form has no question '" + name + "'; add the question"
                    + " first"));
            return this;
        }

        private static Question withRequired(Question q, boolean required) {
            if (q instanceof TextQuestion) {
                TextQuestion t = (TextQuestion) q;
                return new TextQuestion(t.name(), t.id(), t.format(), required, t.minLength(), t.maxLength(),
                        t.autocomplete(), t.rows(), t.pattern());
            }
            if (q instanceof ChoiceQuestion) {
                return new ChoiceQuestion(q.name(), q.id(), required, ((ChoiceQuestion) q).options());
            }
            if (q instanceof ChecklistQuestion) {
                return new ChecklistQuestion(q.name(), q.id(), required, ((ChecklistQuestion) q).options());
            }
            RatingQuestion r = (RatingQuestion) q;
            return new RatingQuestion(r.name(), r.id(), required, r.items(), r.lowest(), r.highest());
        }

        /** The questions a form of {@link FormVariant#MINIMAL} asks (besides the page address). */
        public Builder minimalForm(String... names) {
            minimal.clear();
            minimal.addAll(List.of(names));
            return this;
        }

        /**
         * The languages the form speaks, the first being that of its options' own texts. Every
         * text the host gives in the first language needs a text in each of the others too.
         * Default: English alone (the built-in page form: English and Welsh).
         */
        public Builder languages(Locale... languages) {
            if (languages.length == 0) {
                throw new IllegalArgumentException("A form speaks at least one language");
            }
            this.languages.clear();
            this.bases.clear();
            for (Locale language : languages) {
                Checks.notNull(language, "language");
                if (this.languages.stream().noneMatch(l -> l.getLanguage().equals(language.getLanguage()))) {
                    this.languages.add(Locale.forLanguageTag(language.getLanguage()));
                }
            }
            return this;
        }

        /**
         * Adds {@code language}, whose texts are those of {@code base} (a language the form already
         * speaks) wherever neither the host nor this library gives one in {@code language}: a team
         * adds French by giving only the texts it has translated. {@link FormDefinition#untranslated}
         * lists the rest.
         *
         * <pre>{@code
         * builder.language(Locale.FRENCH, Locale.ENGLISH).text(Locale.FRENCH, "submit", "Envoyer");
         * }</pre>
         */
        public Builder language(Locale language, Locale base) {
            Checks.notNull(language, "language");
            Checks.notNull(base, "base");
            String code = language.getLanguage();
            if (this.languages.stream().noneMatch(l -> l.getLanguage().equals(base.getLanguage()))) {
                misuses.add(new Problem("languages." + code, "the base of " + code + ", " + base.getLanguage()
                        + ", must be a language the form speaks before it"));
            } else if (this.languages.stream().anyMatch(l -> l.getLanguage().equals(code))) {
                misuses.add(new Problem("languages." + code, "the language '" + code + "' is given twice; give it once"));
            } else {
                this.languages.add(Locale.forLanguageTag(code));
                bases.put(code, base.getLanguage());
            }
            return this;
        }

        /** One text of the form in {@code language}, over this library's; the keys are in docs/docs/form/definition.md. */
        public Builder text(Locale language, String key, String text) {
            Checks.notNull(language, "language");
            Checks.notNull(key, "key");
            Checks.notNull(text, "text");
            overrides.computeIfAbsent(language.getLanguage(), l -> new LinkedHashMap<>()).put(key, text);
            return this;
        }

        /** Texts of the form in {@code language}, key by key, over this library's. */
        public Builder texts(Locale language, Map<String, String> texts) {
            Checks.notNull(texts, "texts").forEach((key, text) -> text(language, key, text));
            return this;
        }

        /** Like {@link #texts(Locale, Map)}, from a resource bundle such as a host's {@code feedback_cy.properties}. */
        public Builder texts(Locale language, ResourceBundle bundle) {
            Checks.notNull(bundle, "bundle");
            for (String key : bundle.keySet()) {
                text(language, key, bundle.getString(key));
            }
            return this;
        }

        /**
         * Whether the form as configured so far shows or says the text {@code key} (in any
         * language): a text of the whole form, or of a question it asks or a group of its options.
         * A text shared by several forms is given to those that use it.
         */
        public boolean uses(String key) {
            Checks.notNull(key, "key");
            return TextKeys.uses(key, applyLengths(new ArrayList<>()), builtIn.getOrDefault(languages.get(0).getLanguage(),
                    Map.of()));
        }

        /**
         * Everything {@link #build()} would refuse, each with where it is; empty when the
         * definition is sound.
         */
        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>(misuses);
            List<Question> applied = applyLengths(problems);
            TextKeys.resolve(applied, minimal, languages, bases, builtIn, overrides, problems, new ArrayList<>());
            checkStructure(applied, problems);
            return List.copyOf(problems);
        }

        /**
         * What {@link #build()} would accept but the definition would rather say otherwise, each
         * with where it is ({@link FormDefinition#warnings()}).
         */
        public List<Problem> warnings() {
            List<Problem> warnings = new ArrayList<>();
            TextKeys.resolve(applyLengths(new ArrayList<>()), minimal, languages, bases, builtIn, overrides,
                    new ArrayList<>(), warnings);
            return List.copyOf(warnings);
        }

        private List<Question> applyLengths(List<Problem> problems) {
            List<Question> applied = new ArrayList<>(questions);
            lengths.forEach((name, range) -> {
                String path = "lengths." + name;
                int at = -1;
                for (int i = 0; i < applied.size(); i++) {
                    if (applied.get(i).name().equals(name)) {
                        at = i;
                    }
                }
                if (at < 0) {
                    problems.add(new Problem(path, "the form has no question '" + name + "'; give lengths to a question"
                            + " it asks"));
                } else if (!(applied.get(at) instanceof TextQuestion)) {
                    problems.add(new Problem(path, "'" + name + "' is not answered in words, so it has no lengths;"
                            + " leave them out"));
                } else {
                    TextQuestion t = (TextQuestion) applied.get(at);
                    Optional<String> wrong = lengthProblem(t, range[0], range[1]);
                    if (wrong.isPresent()) {
                        problems.add(new Problem(path, wrong.get()));
                    } else {
                        applied.set(at, t.withLengths(range[0], range[1]));
                    }
                }
            });
            return applied;
        }

        private static Optional<String> lengthProblem(TextQuestion t, int min, int max) {
            int bound;
            switch (t.format()) {
                case PAGE:
                    return Optional.of("the page address keeps its own limits");
                case EMAIL:
                    if (min != 0) {
                        return Optional.of("an email address has no least length");
                    }
                    bound = MAX_EMAIL;
                    break;
                case LINES:
                    bound = MAX_LINES;
                    break;
                default:
                    bound = MAX_LINE;
                    break;
            }
            if (min < 0 || max < 1 || min > max || max > bound) {
                return Optional.of("the lengths of '" + t.name() + "' must satisfy 0 <= least <= greatest <= " + bound
                        + " (and greatest >= 1), not " + min + " and " + max);
            }
            return Optional.empty();
        }

        private void checkStructure(List<Question> applied, List<Problem> problems) {
            if (applied.isEmpty() || !applied.get(0).name().equals(PAGE)
                    || !(applied.get(0) instanceof TextQuestion) || !((TextQuestion) applied.get(0)).filledByPage()) {
                problems.add(new Problem("questions." + PAGE, "the first question must be the page address"));
            }
            Map<String, String> idOwners = new LinkedHashMap<>();
            for (String id : ids.all()) {
                idOwners.putIfAbsent(id, "the form's own elements");
            }
            Set<String> names = new LinkedHashSet<>();
            for (Question q : applied) {
                String path = "questions." + q.name();
                if (!names.add(q.name()) || q.name().equals(HONEYPOT)) {
                    problems.add(new Problem(path, "two questions are named '" + q.name() + "'; give each its own"
                            + " name"));
                }
                String owner = idOwners.putIfAbsent(q.id(), "question '" + q.name() + "'");
                if (owner != null && !(q.name().equals(PAGE) && q.id().equals(ids.page()))) {
                    problems.add(new Problem(path, "the id '" + q.id() + "' is already used by " + owner
                            + "; give the question another id"));
                }
                checkOptions(q, problems);
            }
            if (applied.stream().allMatch(q -> q instanceof TextQuestion && ((TextQuestion) q).filledByPage())) {
                problems.add(new Problem("questions", "the form asks nothing; give it at least one question besides"
                        + " the page address"));
            }
            for (String name : minimal) {
                if (!names.contains(name)) {
                    problems.add(new Problem("questions." + name, "the minimal form asks '" + name
                            + "', which the form does not have; name only questions it asks"));
                }
            }
        }

        private static void checkOptions(Question q, List<Problem> problems) {
            Map<String, Integer> codes = new LinkedHashMap<>();
            Map<String, Integer> texts = new LinkedHashMap<>();
            Map<String, OptionGroup> groups = new LinkedHashMap<>();
            List<Option> options = OptionLists.of(q);
            for (int i = 0; i < options.size(); i++) {
                Option option = options.get(i);
                String path = "options." + q.name() + "." + i;
                Integer earlier = codes.putIfAbsent(option.code(), i);
                if (earlier != null) {
                    problems.add(new Problem(path, "the code '" + option.code() + "' is used twice in '" + q.name()
                            + "' (first at option " + (earlier + 1) + "); give each option its own code"));
                }
                Integer sameText = texts.putIfAbsent(Spellings.fold(option.text()), i);
                if (sameText != null) {
                    problems.add(new Problem(path, "the text '" + option.text() + "' is used twice in '" + q.name()
                            + "' (first at option " + (sameText + 1) + "); give each option its own text"));
                }
                if (option.group().isPresent()) {
                    OptionGroup group = option.group().get();
                    OptionGroup known = groups.putIfAbsent(group.code(), group);
                    if (known != null && !known.equals(group)) {
                        problems.add(new Problem(path, "the group '" + group.code() + "' has two texts; give it"
                                + " one"));
                    }
                }
            }
        }

        /**
         * Builds the definition.
         *
         * @throws IllegalStateException listing every {@linkplain #problems() problem}, one per line
         */
        public FormDefinition build() {
            List<Problem> problems = new ArrayList<>(misuses);
            List<Problem> warnings = new ArrayList<>();
            List<Question> applied = applyLengths(problems);
            TextKeys.Resolved resolved =
                    TextKeys.resolve(applied, minimal, languages, bases, builtIn, overrides, problems, warnings);
            checkStructure(applied, problems);
            if (!problems.isEmpty()) {
                StringBuilder message = new StringBuilder("The form definition has ").append(problems.size())
                        .append(problems.size() == 1 ? " problem:" : " problems:");
                problems.forEach(p -> message.append("\n  ").append(p.path()).append(": ").append(p.message()));
                throw new IllegalStateException(message.toString());
            }
            return new FormDefinition(this, applied, resolved, warnings);
        }
    }
}
