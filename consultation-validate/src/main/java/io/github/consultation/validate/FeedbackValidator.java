package io.github.consultation.validate;

import io.github.consultation.model.Answers;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.Submission;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.validate.internal.AnswerChecks;
import io.github.consultation.validate.internal.ContentRules;
import io.github.consultation.validate.internal.FieldNames;
import io.github.consultation.validate.internal.FormBinder;
import io.github.consultation.validate.internal.JsonBinder;
import io.github.consultation.validate.internal.Messages;
import io.github.consultation.validate.internal.PageAddress;
import io.github.consultation.validate.internal.PageCatalogue;
import io.github.consultation.validate.internal.RawSubmission;
import io.github.consultation.validate.internal.TextNormaliser;
import io.github.consultation.validate.internal.ValueBinder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a submission is feedback to keep: binds form fields or the existing site's
 * JSON, normalises each value, and checks the rules of the form's {@link FormDefinition}
 * (compiled once, at {@link Builder#build()}). Built once; immutable and safe to share between
 * threads. It never throws on bad input: every problem comes back in the {@link Verdict}.
 *
 * <pre>{@code
 * FeedbackValidator validator = FeedbackValidator.create();
 * Verdict verdict = validator.validateJson("""
 *     {"tab":"Feedback","page":"/governance","summary":"Too",
 *      "details":"","role":"","org":"","email":"","nature":"","hp_field":""}""");
 * verdict.status();                 // INVALID
 * verdict.errors().get(0).message(); // "Summary must be 5 characters or more"
 * verdict.errors().get(1).message(); // "Select your role"
 * }</pre>
 */
public final class FeedbackValidator {
    private static final int DEFAULT_MAX_PAYLOAD_BYTES = 64 * 1024;
    private static final int CHOICE_HARD_LIMIT = 1000;

    private final FormDefinition definition;
    private final Messages messages;
    private final JsonBinder jsonBinder;
    private final AnswerChecks checks;
    private final FieldNames.Shape shape;
    private final PageCatalogue pages;
    private final FormTokens formTokens;
    private final boolean contentRules;

    private FeedbackValidator(Builder b) {
        this.definition = b.definition;
        this.messages = Messages.of(b.definition, b.locale, b.textOverrides);
        // A form with scores or a checklist nests its answers one level inside the submission.
        this.jsonBinder = new JsonBinder(b.maxPayloadBytes,
                FieldNames.Shape.of(b.definition).nests() ? Math.max(2, b.maxNestingDepth) : b.maxNestingDepth,
                b.maxNumberLength);
        this.checks = new AnswerChecks(b.definition);
        this.shape = FieldNames.Shape.of(b.definition);
        this.pages = b.pages.isEmpty() ? PageCatalogue.anyPage() : PageCatalogue.of(b.pages);
        this.formTokens = b.formTokens;
        this.contentRules = b.contentRules;
    }

    /** A validator of the built-in page-feedback form with the default settings: English messages, 64 KiB payloads. */
    public static FeedbackValidator create() {
        return builder().build();
    }

    /** Starts configuring a validator. */
    public static Builder builder() {
        return new Builder();
    }

    /** The form this validator checks submissions of. */
    public FormDefinition definition() {
        return definition;
    }

    /** The language of this validator's messages (the form's first language if it does not speak the one asked for). */
    public Locale locale() {
        return messages.locale();
    }

    /** The error about a whole submission with {@code code}, in this validator's language. */
    FieldError submissionError(String code) {
        return new FieldError(FieldError.WHOLE_SUBMISSION, code, messages.forSubmission(code, jsonBinder.maxBytes()));
    }

    /** The largest JSON payload accepted, in bytes. */
    public int maxPayloadBytes() {
        return jsonBinder.maxBytes();
    }

    /**
     * Checks a feedback object from the full form as it is, without normalising it: for
     * feedback a host built itself. The verdict is {@code VALID} or {@code INVALID}.
     */
    public Verdict validate(Feedback feedback) {
        return validate(feedback, FormVariant.FULL);
    }

    /** Like {@link #validate(Feedback)}, for feedback from the form {@code variant}. */
    public Verdict validate(Feedback feedback, FormVariant variant) {
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(variant, "variant");
        Map<String, String> answers = new LinkedHashMap<>();
        Submission.of(feedback).values().forEach((name, values) -> answers.put(name, values.get(0)));
        Map<String, String> problems = new LinkedHashMap<>();
        optionProblem(FeedbackField.ROLE, feedback.role(), problems);
        optionProblem(FeedbackField.REFLECTION, feedback.reflection(), problems);
        for (FeedbackField field : FeedbackField.values()) {
            if (definition.question(field).isEmpty() && !answers.getOrDefault(field.formName(), "").isEmpty()) {
                problems.put(field.formName(), ErrorCodes.UNKNOWN_FIELD);
            }
        }
        checks.checkAll(answers, variant, problems);
        Submission submission = Submission.of(feedback);
        if (problems.isEmpty()) {
            return Verdict.valid(answersOf(feedback), feedback, submission);
        }
        return Verdict.invalid(submission, errors(checks.inFormOrder(problems)));
    }

    /** An option that is not the form's own (another code, or the same code with another text) is unknown. */
    private void optionProblem(FeedbackField field, Optional<Option> option, Map<String, String> problems) {
        if (option.isPresent() && !definition.option(field.formName(), option.get().code()).equals(option)) {
            problems.put(field.formName(), definition.question(field).isPresent() ? ErrorCodes.UNKNOWN_OPTION
                    : ErrorCodes.UNKNOWN_FIELD);
        }
    }

    /**
     * Binds then validates form fields as a web framework gives them: each name with the list
     * of values sent for it (a Spring {@code MultiValueMap}, say). Names other than this form's
     * (a CSRF token, say) are ignored; a field of this form sent twice is refused.
     */
    public Verdict validateForm(Map<String, ? extends List<String>> fields) {
        Objects.requireNonNull(fields, "fields");
        return decide(FormBinder.bind(fields, shape), null);
    }

    /**
     * Like {@link #validateForm(Map)}, for a host that knows which form the page carries: the
     * rules of {@code variant} apply, whatever the known pages say.
     */
    public Verdict validateForm(Map<String, ? extends List<String>> fields, FormVariant variant) {
        Objects.requireNonNull(fields, "fields");
        return decide(FormBinder.bind(fields, shape), Objects.requireNonNull(variant, "variant"));
    }

    /** Binds then validates form fields as a servlet gives them ({@code request.getParameterMap()}). */
    public Verdict validateParameters(Map<String, String[]> parameters) {
        return validateForm(lists(parameters));
    }

    /** Like {@link #validateParameters(Map)}, with the rules of {@code variant}. */
    public Verdict validateParameters(Map<String, String[]> parameters, FormVariant variant) {
        return validateForm(lists(parameters), variant);
    }

    private static Map<String, List<String>> lists(Map<String, String[]> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        Map<String, List<String>> lists = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (name != null && values != null) {
                List<String> list = new ArrayList<>(values.length);
                for (String v : values) {
                    if (v != null) {
                        list.add(v);
                    }
                }
                lists.put(name, list);
            }
        });
        return lists;
    }

    /**
     * Validates answers a framework has already bound, by field name: the door Bean Validation
     * comes in by ({@code ValidFeedback}), and for hosts with their own binding. Each value is
     * cleaned and checked as {@link #validateJson} cleans and checks the same answer from JSON: text
     * as a {@code CharSequence}, a choice as its text or code or as an {@link Option}, a rating
     * question's scores as a map of item (text or code) to score, a checklist's ticks as a
     * collection; null or an empty {@code Optional} is no answer. The rules of {@code variant} apply.
     * The honeypot and a form token are not looked at: spam is {@link SubmissionFlow}'s to decide.
     *
     * <pre>{@code
     * Verdict verdict = validator.validateValues(Map.of("page", "/governance", "summary", "Too",
     *         "role", "la-data"), FormVariant.FULL);
     * verdict.errors().get(0).code();   // "too-short"
     * }</pre>
     */
    public Verdict validateValues(Map<String, ?> values, FormVariant variant) {
        Objects.requireNonNull(values, "values");
        return decide(ValueBinder.bind(values, shape), Objects.requireNonNull(variant, "variant"));
    }

    /** Binds then validates a JSON submission given as UTF-8 bytes. */
    public Verdict validateJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        return decide(jsonBinder.bind(json, shape), null);
    }

    /**
     * Like {@link #validateJson(byte[])}, for a host that knows which form the page carries:
     * the rules of {@code variant} apply, whatever the known pages say.
     */
    public Verdict validateJson(byte[] json, FormVariant variant) {
        Objects.requireNonNull(json, "json");
        return decide(jsonBinder.bind(json, shape), Objects.requireNonNull(variant, "variant"));
    }

    /** Binds then validates a JSON submission given as text. */
    public Verdict validateJson(String json) {
        Objects.requireNonNull(json, "json");
        return decide(jsonBinder.bind(json, shape), null);
    }

    /**
     * Reads at most {@link #maxPayloadBytes()} + 1 bytes of UTF-8 JSON from {@code in}, then
     * binds and validates them. The stream is not closed. A read error gives an
     * {@code UNREADABLE} verdict.
     */
    public Verdict validateJson(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(jsonBinder.maxBytes() + 1);
        } catch (IOException e) {
            return decide(RawSubmission.unreadableBecause(ErrorCodes.UNREADABLE), null);
        }
        return decide(jsonBinder.bind(bytes, shape), null);
    }

    /** Decides on what a binder read; {@code forced} is the host's variant, or null to look the page up. */
    private Verdict decide(RawSubmission raw, FormVariant forced) {
        if (raw.unreadableCode() != null) {
            String code = raw.unreadableCode();
            return Verdict.unreadable(new FieldError(FieldError.WHOLE_SUBMISSION, code,
                    messages.forSubmission(code, jsonBinder.maxBytes())));
        }
        String honeypot = raw.values().getOrDefault(FieldNames.HONEYPOT, "");
        if (!honeypot.isBlank()) {
            return Verdict.spam(Submission.of(raw.values()), "honeypot");
        }

        Map<String, String> problems = new LinkedHashMap<>();
        raw.problems().forEach(p -> problems.putIfAbsent(p.field(), p.code()));
        String tab = raw.values().get(FieldNames.TAB);
        if (tab != null && !tab.strip().equals(definition.tab())) {
            problems.putIfAbsent(FieldNames.TAB, ErrorCodes.UNSUPPORTED_FORM);
        }

        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> clean = new LinkedHashMap<>();
        Map<String, List<String>> shownLists = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            if (q instanceof ChecklistQuestion) {
                List<String> ticked = raw.lists().get(q.name());
                if (ticked != null) {
                    shownLists.put(q.name(), ticked);
                }
                continue;
            }
            List<String> names = q instanceof RatingQuestion ? ((RatingQuestion) q).items().stream()
                    .map(((RatingQuestion) q)::controlName).toList() : List.of(q.name());
            for (String name : names) {
                String value = raw.values().get(name);
                if (value == null) {
                    continue;
                }
                boolean multiline = q instanceof TextQuestion && ((TextQuestion) q).multiline();
                int hardLimit = q instanceof TextQuestion ? ((TextQuestion) q).maxLength() * 2 + 100 : CHOICE_HARD_LIMIT;
                TextNormaliser.Result result = TextNormaliser.normalise(value, multiline, hardLimit);
                if (result.refused()) {
                    problems.putIfAbsent(name, result.errorCode());
                    shown.put(name, TextNormaliser.forDisplay(value, hardLimit));
                } else {
                    String normalised = name.equals(FormDefinition.PAGE) ? PageAddress.normalise(result.value())
                            : result.value();
                    clean.put(name, normalised);
                    shown.put(name, normalised);
                }
            }
        }
        Map<String, List<String>> shownAll = new LinkedHashMap<>();
        shown.forEach((name, value) -> shownAll.put(name, List.of(value)));
        shownAll.putAll(shownLists);
        Submission submission = Submission.ofLists(shownAll);
        String page = clean.getOrDefault(FormDefinition.PAGE, "");

        Optional<String> tokenSpam = tokenSpamReason(raw.values().get(FieldNames.TOKEN), page);
        if (tokenSpam.isPresent()) {
            return Verdict.spam(submission, tokenSpam.get());
        }

        FormVariant variant = forced == null ? FormVariant.FULL : forced;
        if (forced == null && !page.isEmpty() && !problems.containsKey(FormDefinition.PAGE)) {
            Optional<FormVariant> knownPage = pages.variantOf(page);
            if (knownPage.isEmpty()) {
                problems.put(FormDefinition.PAGE, ErrorCodes.UNKNOWN_PAGE);
            } else {
                variant = knownPage.get();
            }
        }
        if (!variant.takesAnswers()) {
            // A demonstration form takes nothing: that is the one thing to say.
            return Verdict.invalid(submission, List.of(fieldError(FormDefinition.PAGE, ErrorCodes.FORM_CLOSED)));
        }

        checks.checkAll(clean, shownLists, variant, problems);
        if (!problems.isEmpty()) {
            return Verdict.invalid(submission, errors(checks.inFormOrder(problems), raw));
        }
        Answers answers = answersOf(clean, shownLists, page);
        Optional<Feedback> feedback = answers.asFeedback(definition);
        if (contentRules && feedback.isPresent()) {
            Optional<String> reason = ContentRules.spamReason(feedback.get());
            if (reason.isPresent()) {
                return Verdict.spam(submission, reason.get());
            }
        }
        return Verdict.valid(answers, feedback.orElse(null), submission);
    }

    /** The answers of valid, normalised values: each kind of question read as its kind. */
    private Answers answersOf(Map<String, String> clean, Map<String, List<String>> lists, String page) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Option> choices = new LinkedHashMap<>();
        Map<String, List<Option>> ticked = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> scores = new LinkedHashMap<>();
        for (Question q : definition.questions()) {
            if (q instanceof TextQuestion) {
                String value = clean.getOrDefault(q.name(), "");
                if (!((TextQuestion) q).filledByPage() && !value.isEmpty()) {
                    texts.put(q.name(), value);
                }
            } else if (q instanceof ChoiceQuestion) {
                checks.option(q.name(), clean.getOrDefault(q.name(), "")).ifPresent(o -> choices.put(q.name(), o));
            } else if (q instanceof ChecklistQuestion) {
                List<Option> options = new ArrayList<>();
                for (Option o : ((ChecklistQuestion) q).options()) {
                    if (lists.getOrDefault(q.name(), List.of()).contains(o.code())) {
                        options.add(o);
                    }
                }
                if (!options.isEmpty()) {
                    ticked.put(q.name(), options);
                }
            } else {
                RatingQuestion r = (RatingQuestion) q;
                Map<String, Integer> byItem = new LinkedHashMap<>();
                for (Option item : r.items()) {
                    String value = clean.getOrDefault(r.controlName(item), "");
                    if (!value.isEmpty()) {
                        byItem.put(item.code(), Integer.parseInt(value));
                    }
                }
                if (!byItem.isEmpty()) {
                    scores.put(q.name(), byItem);
                }
            }
        }
        return new Answers(definition.tab(), page, texts, choices, ticked, scores);
    }

    /** The answers of feedback a host built itself. */
    private Answers answersOf(Feedback feedback) {
        Map<String, String> clean = new LinkedHashMap<>();
        Submission.of(feedback).values().forEach((name, values) -> clean.put(name, values.get(0)));
        return answersOf(clean, Map.of(), feedback.page());
    }

    /** Why the token marks the submission as spam, if it does; no token, or no key configured, is no reason. */
    private Optional<String> tokenSpamReason(String token, String page) {
        if (formTokens == null || token == null || token.isEmpty()) {
            return Optional.empty();
        }
        FormTokens.Check check = formTokens.check(token, page);
        return check == FormTokens.Check.VALID ? Optional.empty()
                : Optional.of("token-" + check.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private List<FieldError> errors(Map<String, String> problems) {
        return errors(problems, new RawSubmission());
    }

    /** The errors, each with its message; a binder's note of what it was about (an unknown item) goes into it. */
    private List<FieldError> errors(Map<String, String> problems, RawSubmission raw) {
        List<FieldError> errors = new ArrayList<>(problems.size());
        problems.forEach((name, code) -> {
            String detail = raw.problems().stream().filter(p -> p.field().equals(name) && p.code().equals(code))
                    .map(RawSubmission.BindingProblem::detail).findFirst().orElse("");
            errors.add(new FieldError(name, code, messages.forField(name, code, detail)));
        });
        return errors;
    }

    private FieldError fieldError(String field, String code) {
        return new FieldError(field, code, messages.forField(field, code, ""));
    }

    /**
     * Configures a {@link FeedbackValidator}; {@link #build()} checks the settings.
     *
     * <pre>{@code
     * FeedbackValidator validator = FeedbackValidator.builder()
     *         .form(definition)                       // default: the built-in page-feedback form
     *         .locale(Locale.forLanguageTag("cy"))
     *         .maxPayloadBytes(16 * 1024)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private FormDefinition definition = FormDefinition.pageFeedback();
        private Locale locale = Locale.ENGLISH;
        private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;
        private int maxNestingDepth = 16;
        private int maxNumberLength = 32;
        private final Map<String, FormVariant> pages = new LinkedHashMap<>();
        private final Map<String, String> textOverrides = new LinkedHashMap<>();
        private FormTokens formTokens;
        private boolean contentRules = true;

        private Builder() {
        }

        /** The form whose submissions this validator checks. Default {@link FormDefinition#pageFeedback()}. */
        public Builder form(FormDefinition definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
            return this;
        }

        /**
         * The pages the host serves, each with the full form; feedback for any other page is
         * refused ({@code unknown-page}). A page value names a slug when its path, or its
         * {@code ?page=} value, is the slug or ends with {@code /slug} (trailing slashes and
         * {@code .html} aside). Default: every page is known.
         */
        public Builder knownPages(java.util.Collection<String> slugs) {
            Objects.requireNonNull(slugs, "slugs").forEach(slug -> page(slug, FormVariant.FULL));
            return this;
        }

        /**
         * One page the host serves, with the form it carries: feedback for a page with the
         * {@link FormVariant#MINIMAL minimal} form needs no role, and a page with the
         * {@link FormVariant#DEMO demonstration} form takes none ({@code form-closed}). The page may
         * be given by its address: {@code /} is the site's home page at its root, as a MkDocs
         * site's {@code index.md} is.
         *
         * @throws IllegalArgumentException if {@code slug} is blank
         */
        public Builder page(String slug, FormVariant variant) {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(variant, "variant");
            if (slug.isBlank()) {
                throw new IllegalArgumentException("Not a page slug: '" + slug + "'");
            }
            String normalised = PageAddress.slugOf(PageAddress.normalise(slug.strip()));
            pages.put(normalised, variant);
            return this;
        }

        /** Checks signed form tokens with {@code tokens}; without them, tokens are ignored. */
        public Builder formTokens(FormTokens tokens) {
            this.formTokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /**
         * Whether valid feedback whose summary and details are the same text, or whose summary
         * or details is one character repeated, counts as spam. Default true.
         */
        public Builder contentRules(boolean contentRules) {
            this.contentRules = contentRules;
            return this;
        }

        /**
         * Messages of the host's own for this validator's language, key by key, over the form's:
         * keys {@code message.<field>.<code>} (such as {@code message.summary.required}),
         * {@code message.any.<code>}, {@code message.submission.<code>} and
         * {@code message.label.<field>}, with the placeholders {@code {label} {min} {max} {name}
         * {limit}}. To change a text in every language and for the form too, change the form's
         * definition instead.
         */
        public Builder texts(Map<String, String> overrides) {
            Objects.requireNonNull(overrides, "overrides").forEach((k, v) -> textOverrides.put(
                    Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "text")));
            return this;
        }

        /** Like {@link #texts(Map)}, from a resource bundle such as a host's {@code messages_cy.properties}. */
        public Builder texts(java.util.ResourceBundle bundle) {
            Objects.requireNonNull(bundle, "bundle");
            for (String key : bundle.keySet()) {
                textOverrides.put(key, bundle.getString(key));
            }
            return this;
        }

        /** The language of messages; the form's first language where it does not speak this one. Default English. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** The largest JSON payload accepted, in bytes (UTF-8). Default 64 KiB. */
        public Builder maxPayloadBytes(int maxPayloadBytes) {
            this.maxPayloadBytes = maxPayloadBytes;
            return this;
        }

        /** The deepest nesting of JSON arrays and objects read before refusing. Default 16. */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = maxNestingDepth;
            return this;
        }

        /** The longest JSON number, in characters, read before refusing. Default 32. */
        public Builder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = maxNumberLength;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @throws IllegalStateException if a limit is less than 1, the payload limit is too
         *     small for a submission with every field at its greatest length, or a text override
         *     names a text the form does not have
         */
        public FeedbackValidator build() {
            if (maxNestingDepth < 1 || maxNumberLength < 1) {
                throw new IllegalStateException("Limits must be at least 1");
            }
            int least = leastPayloadBytes(definition);
            if (maxPayloadBytes < least) {
                throw new IllegalStateException("maxPayloadBytes must be at least " + least
                        + " so that a submission with every field at its greatest length fits");
            }
            return new FeedbackValidator(this);
        }

        /** Room for every text answer at its maximum, in plain ASCII, and the JSON around it. */
        private static int leastPayloadBytes(FormDefinition definition) {
            int total = 512;
            for (Question q : definition.questions()) {
                total += q instanceof TextQuestion ? ((TextQuestion) q).maxLength() : CHOICE_HARD_LIMIT / 10;
            }
            return total;
        }
    }
}
