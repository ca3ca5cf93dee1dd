package io.github.consultation.validate.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.Submission;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.model.internal.SmallMap;
import io.github.consultation.validate.ErrorCodes;
import io.github.consultation.validate.FormTokens;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The machinery behind a validator: one form's rules, compiled once, in one language. Takes what a
 * binder read ({@link RawSubmission}), normalises each value, checks spam signs, the page and the
 * rules, and decides once: a {@link Decision}. Immutable and safe to share between threads.
 */
public final class Decider {
    /** The longest raw value of a choice normalised at all. */
    static final int CHOICE_HARD_LIMIT = 1000;

    private final FormDefinition definition;
    private final Messages messages;
    private final AnswerChecks checks;
    private final FieldNames.Shape shape;
    private final PageCatalogue pages;
    private final @Nullable FormTokens formTokens;
    private final boolean contentRules;
    private final int maxBytes;
    /** Every control answered with one value, in form order: each text or choice question, each rating item. */
    private final Control[] controls;
    /** The checklists, in form order. */
    private final ChecklistQuestion[] checklists;
    private final int pageControl;
    private final int tabSlot;
    private final int tokenSlot;
    private final int honeypotSlot;
    /** The keys of the answers' texts (the text questions a reader fills) and choices, in form order. */
    private final SmallMap.Keys textKeys;
    private final SmallMap.Keys choiceKeys;

    /**
     * One control answered with one value, compiled: its slot, name and question (its rating
     * question, for an item), how its value is normalised, whether each variant requires it, for
     * a choice, its options by spelling, and its index among the answers' text or choice keys (-1
     * for a rating item or a text the page fills).
     */
    private record Control(int slot, String name, Question question, @Nullable RatingQuestion rating,
            @Nullable Option item, boolean multiline, int hardLimit, boolean[] required,
            @Nullable OptionSpellings spellings, int answerIndex) {
        boolean text() {
            return question instanceof TextQuestion;
        }
    }

    /**
     * The rules of {@code definition} with messages in {@code messages}' language, pages known by
     * {@code pages}, tokens checked by {@code formTokens} (or none), content rules on or off;
     * {@code maxBytes} is the payload limit the messages name.
     */
    public Decider(FormDefinition definition, Messages messages, PageCatalogue pages, @Nullable FormTokens formTokens,
            boolean contentRules, int maxBytes) {
        this.definition = definition;
        this.messages = messages;
        this.checks = new AnswerChecks(definition);
        this.shape = FieldNames.Shape.of(definition);
        this.pages = pages;
        this.formTokens = formTokens;
        // Content rules read a page-feedback form's summary and details: a form without a summary has none.
        this.contentRules = contentRules && definition.question(FeedbackField.SUMMARY).isPresent();
        this.maxBytes = maxBytes;
        List<Control> controls = new ArrayList<>();
        List<ChecklistQuestion> checklists = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<String> choices = new ArrayList<>();
        for (Question q : definition.questions()) {
            boolean[] required = new boolean[FormVariant.values().length];
            for (FormVariant v : FormVariant.values()) {
                required[v.ordinal()] = q.required() && definition.asks(v, q);
            }
            if (q instanceof ChecklistQuestion c) {
                checklists.add(c);
            } else if (q instanceof RatingQuestion r) {
                for (Option item : r.items()) {
                    String name = r.controlName(item);
                    controls.add(new Control(shape.slot(name), name, q, r, item, false, hardLimit(q), required, null, -1));
                }
            } else {
                boolean multiline = q instanceof TextQuestion t && t.multiline();
                OptionSpellings spellings = q instanceof ChoiceQuestion ? OptionSpellings.of(definition, q.name()) : null;
                int answerIndex = -1;
                if (q instanceof TextQuestion t && !t.filledByPage()) {
                    answerIndex = texts.size();
                    texts.add(q.name());
                } else if (!(q instanceof TextQuestion)) {
                    answerIndex = choices.size();
                    choices.add(q.name());
                }
                controls.add(new Control(shape.slot(q.name()), q.name(), q, null, null, multiline, hardLimit(q), required,
                        spellings, answerIndex));
            }
        }
        this.controls = controls.toArray(Control[]::new);
        this.checklists = checklists.toArray(ChecklistQuestion[]::new);
        this.textKeys = SmallMap.Keys.of(texts);
        this.choiceKeys = SmallMap.Keys.of(choices);
        int page = -1;
        for (int i = 0; i < this.controls.length; i++) {
            if (this.controls[i].name().equals(FormDefinition.PAGE)) {
                page = i;
            }
        }
        this.pageControl = page;
        this.tabSlot = shape.slot(FieldNames.TAB);
        this.tokenSlot = shape.slot(FieldNames.TOKEN);
        this.honeypotSlot = shape.slot(FieldNames.HONEYPOT);
    }

    /** What a binder needs to know of the form. */
    public FieldNames.Shape shape() {
        return shape;
    }

    /** The language of the messages. */
    public Locale locale() {
        return messages.locale();
    }

    /** The error about a whole submission with {@code code}. */
    public FieldError submissionError(String code) {
        return new FieldError(FieldError.WHOLE_SUBMISSION, code, messages.forSubmission(code, maxBytes));
    }

    /**
     * The page a submission names, normalised as the rules will normalise it (or as it would be
     * shown again, if it is refused): what a host's page language is looked up by, before the
     * submission is decided.
     */
    public String page(String raw) {
        if (raw.isEmpty()) {
            return raw;
        }
        int hardLimit = hardLimit(definition.question(FormDefinition.PAGE).orElse(null));
        TextNormaliser.Result result = TextNormaliser.normalise(raw, false, hardLimit);
        return result.refused() ? TextNormaliser.forDisplay(raw, hardLimit) : PageAddress.normalise(result.value());
    }

    /**
     * Checks a feedback object as it is, without normalising it: for feedback a host built itself,
     * from the form {@code variant}. The decision is valid or invalid.
     */
    public Decision decide(Feedback feedback, FormVariant variant) {
        Map<String, String> answers = new LinkedHashMap<>();
        Submission submission = Submission.of(feedback);
        submission.values().forEach((name, values) -> answers.put(name, values.get(0)));
        Map<String, String> problems = new LinkedHashMap<>();
        optionProblem(FeedbackField.ROLE, feedback.role(), problems);
        optionProblem(FeedbackField.REFLECTION, feedback.reflection(), problems);
        for (FeedbackField field : FeedbackField.values()) {
            if (definition.question(field).isEmpty() && !answers.getOrDefault(field.formName(), "").isEmpty()) {
                problems.put(field.formName(), ErrorCodes.UNKNOWN_FIELD);
            }
        }
        checks.checkAll(answers, variant, problems);
        if (problems.isEmpty()) {
            return Decision.valid(Answers.of(definition, feedback), definition, () -> submission);
        }
        return Decision.invalid(submission, errors(checks.inFormOrder(problems), new RawSubmission(shape), submission));
    }

    /** An option that is not the form's own (another code, or the same code with another text) is unknown. */
    private void optionProblem(FeedbackField field, Optional<Option> option, Map<String, String> problems) {
        if (option.isPresent() && !definition.option(field.formName(), option.get().code()).equals(option)) {
            problems.put(field.formName(), definition.question(field).isPresent() ? ErrorCodes.UNKNOWN_OPTION
                    : ErrorCodes.UNKNOWN_FIELD);
        }
    }

    /**
     * Decides on what a binder read, in one pass over the form's compiled controls; {@code forced}
     * is the variant the host knows the page carries, or null to look the page up.
     */
    public Decision decide(RawSubmission raw, @Nullable FormVariant forced) {
        String unreadable = raw.unreadableCode();
        if (unreadable != null) {
            return Decision.unreadable(submissionError(unreadable));
        }
        String honeypot = raw.value(honeypotSlot);
        if (honeypot != null && !honeypot.isBlank()) {
            return Decision.spam(Submission.of(raw.values()), "honeypot");
        }

        Problems problems = new Problems();
        raw.problems().forEach(p -> problems.putIfAbsent(p.field(), p.code()));
        String tab = raw.value(tabSlot);
        if (tab != null && !tab.strip().equals(definition.tab())) {
            problems.putIfAbsent(FieldNames.TAB, ErrorCodes.UNSUPPORTED_FORM);
        }

        // Each value cleaned; what is shown again is the clean value, or a refused one made fit to show
        // (kept apart, made only when a value is refused).
        int n = controls.length;
        String[] clean = new String[n];
        String[] refusedShown = null;
        Option[] chosen = new Option[n];
        for (int i = 0; i < n; i++) {
            Control c = controls[i];
            String value = raw.value(c.slot());
            if (value == null) {
                continue;
            }
            Option spelled = c.spellings() == null ? null : c.spellings().exactAndClean(value);
            if (spelled != null) {
                // A choice spelled as the form spells it: normal already, and its option found.
                clean[i] = value;
                chosen[i] = spelled;
                continue;
            }
            TextNormaliser.Result result = TextNormaliser.normalise(value, c.multiline(), c.hardLimit());
            if (result.refused()) {
                problems.putIfAbsent(c.name(), result.errorCode());
                if (refusedShown == null) {
                    refusedShown = new String[n];
                }
                refusedShown[i] = TextNormaliser.forDisplay(value, c.hardLimit());
            } else {
                clean[i] = i == pageControl ? PageAddress.normalise(result.value()) : result.value();
            }
        }
        Map<String, List<String>> lists = raw.lists();
        String[] refused = refusedShown;
        Supplier<Submission> submission = () -> submission(clean, refused, lists);
        String page = pageControl >= 0 && clean[pageControl] != null ? clean[pageControl] : "";

        String tokenSpam = tokenSpamReason(raw.value(tokenSlot), page);
        if (tokenSpam != null) {
            return Decision.spam(submission.get(), tokenSpam);
        }

        FormVariant variant = forced == null ? FormVariant.FULL : forced;
        if (forced == null && !page.isEmpty() && !problems.has(FormDefinition.PAGE)) {
            Optional<FormVariant> knownPage = pages.variantOf(page);
            if (knownPage.isEmpty()) {
                problems.put(FormDefinition.PAGE, ErrorCodes.UNKNOWN_PAGE);
            } else {
                variant = knownPage.get();
            }
        }
        if (!variant.takesAnswers()) {
            // A demonstration form takes nothing: that is the one thing to say.
            return Decision.invalid(submission.get(), List.of(fieldError(FormDefinition.PAGE, ErrorCodes.FORM_CLOSED)));
        }

        // The rules, one control at a time; a control with a problem already keeps that one.
        int v = variant.ordinal();
        for (int i = 0; i < n; i++) {
            Control c = controls[i];
            if (problems.has(c.name()) || (c.rating() != null && problems.has(c.rating().name()))) {
                continue;
            }
            String value = clean[i] == null ? "" : clean[i];
            String code;
            if (c.rating() != null) {
                code = AnswerChecks.score(c.rating(), value, c.required()[v]);
            } else if (c.text() || value.isEmpty()) {
                code = checks.problem(c.question(), c.required()[v], value);
            } else {
                if (chosen[i] == null) {
                    chosen[i] = c.spellings().find(value);   // a choice: its spellings were compiled
                }
                code = chosen[i] == null ? ErrorCodes.UNKNOWN_OPTION : null;
            }
            if (code != null) {
                problems.put(c.name(), code);
            }
        }
        for (ChecklistQuestion q : checklists) {
            if (!problems.has(q.name()) && q.required() && definition.asks(variant, q)
                    && lists.getOrDefault(q.name(), List.of()).isEmpty()) {
                problems.put(q.name(), ErrorCodes.REQUIRED);
            }
        }
        if (!problems.isEmpty()) {
            return Decision.invalid(submission.get(), errors(checks.inFormOrder(problems.map()), raw, submission.get()));
        }
        Answers answers = answers(clean, chosen, lists, page);
        if (contentRules) {
            Optional<String> reason = ContentRules.spamReason(answers);
            if (reason.isPresent()) {
                return Decision.spam(submission.get(), reason.get());
            }
        }
        return Decision.valid(answers, definition, submission);
    }

    /**
     * The values as the reader entered them, to show the form again: each clean value, or a refused
     * one as made fit to show ({@code refused}, null if none was).
     */
    private Submission submission(@Nullable String[] clean, @Nullable String @Nullable [] refused,
            Map<String, List<String>> lists) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < clean.length; i++) {
            String shown = refused != null && refused[i] != null ? refused[i] : clean[i];
            if (shown != null) {
                values.put(controls[i].name(), List.of(shown));
            }
        }
        values.putAll(lists);
        return Submission.ofLists(values);
    }

    /** The answers of valid, cleaned values: each kind of question read as its kind, choices as found. */
    private Answers answers(@Nullable String[] clean, @Nullable Option[] chosen, Map<String, List<String>> lists,
            String page) {
        Object[] texts = new Object[textKeys.size()];
        Object[] choices = new Object[choiceKeys.size()];
        Map<String, Map<String, Integer>> scores = null;
        for (int i = 0; i < clean.length; i++) {
            Control c = controls[i];
            String value = clean[i];
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (c.rating() != null) {
                if (scores == null) {
                    scores = new LinkedHashMap<>();
                }
                scores.computeIfAbsent(c.rating().name(), k -> new LinkedHashMap<>()).put(c.item().code(),
                        Integer.parseInt(value));
            } else if (c.text()) {
                if (c.answerIndex() >= 0) {
                    texts[c.answerIndex()] = value;
                }
            } else if (chosen[i] != null) {
                choices[c.answerIndex()] = chosen[i];
            }
        }
        Map<String, List<Option>> ticked = null;
        for (ChecklistQuestion q : checklists) {
            List<String> codes = lists.get(q.name());
            if (codes != null && !codes.isEmpty()) {
                List<Option> options = new ArrayList<>();
                for (Option o : q.options()) {
                    if (codes.contains(o.code())) {
                        options.add(o);
                    }
                }
                if (!options.isEmpty()) {
                    if (ticked == null) {
                        ticked = new LinkedHashMap<>();
                    }
                    ticked.put(q.name(), options);
                }
            }
        }
        return new Answers(definition.tab(), page, textKeys.map(texts), choiceKeys.map(choices),
                ticked == null ? Map.of() : ticked, scores == null ? Map.of() : scores);
    }

    /**
     * The problems found, by field, the first for each kept; made only when there is one, so that a
     * valid submission pays for none.
     */
    private static final class Problems {
        private @Nullable Map<String, String> byField;

        void putIfAbsent(String field, String code) {
            map().putIfAbsent(field, code);
        }

        void put(String field, String code) {
            map().put(field, code);
        }

        boolean has(String field) {
            return byField != null && byField.containsKey(field);
        }

        boolean isEmpty() {
            return byField == null || byField.isEmpty();
        }

        Map<String, String> map() {
            if (byField == null) {
                byField = new LinkedHashMap<>();
            }
            return byField;
        }
    }

    /** The longest raw value of {@code q} normalised at all: twice its greatest length and a little, or a choice's. */
    private static int hardLimit(@Nullable Question q) {
        return q instanceof TextQuestion ? ((TextQuestion) q).maxLength() * 2 + 100 : CHOICE_HARD_LIMIT;
    }

    /** Why the token marks the submission as spam, if it does; no token, or no key configured, is no reason. */
    private @Nullable String tokenSpamReason(@Nullable String token, String page) {
        if (formTokens == null || token == null || token.isEmpty()) {
            return null;
        }
        FormTokens.Check check = formTokens.check(token, page);
        return check == FormTokens.Check.VALID ? null : "token-" + check.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The errors, each with its message; a binder's note of what it was about (an unknown item) goes
     * into it, and an option that is none of the question's is named as the reader sent it ({@code shown}).
     */
    private List<FieldError> errors(Map<String, String> problems, RawSubmission raw, Submission shown) {
        List<FieldError> errors = new ArrayList<>(problems.size());
        problems.forEach((name, code) -> {
            String detail = raw.problems().stream().filter(p -> p.field().equals(name) && p.code().equals(code))
                    .map(RawSubmission.BindingProblem::detail).findFirst()
                    .orElseGet(() -> code.equals(ErrorCodes.UNKNOWN_OPTION) ? shown.value(name) : "");
            errors.add(new FieldError(name, code, messages.forField(name, code, detail)));
        });
        return errors;
    }

    private FieldError fieldError(String field, String code) {
        return new FieldError(field, code, messages.forField(field, code, ""));
    }
}
