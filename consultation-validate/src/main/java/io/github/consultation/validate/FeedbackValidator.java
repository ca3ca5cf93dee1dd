package io.github.consultation.validate;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Reflection;
import io.github.consultation.model.Role;
import io.github.consultation.model.Submission;
import io.github.consultation.validate.internal.ConstraintChecker;
import io.github.consultation.validate.internal.ContentRules;
import io.github.consultation.validate.internal.FieldNames;
import io.github.consultation.validate.internal.FormBinder;
import io.github.consultation.validate.internal.JsonBinder;
import io.github.consultation.validate.internal.Messages;
import io.github.consultation.validate.internal.PageAddress;
import io.github.consultation.validate.internal.PageCatalogue;
import io.github.consultation.validate.internal.RawSubmission;
import io.github.consultation.validate.internal.TextNormaliser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a submission is feedback to keep: binds form fields or the existing site's
 * JSON, normalises each value, and checks the rules declared on {@link Feedback} with Hibernate
 * Validator. Built once; immutable and safe to share between threads. It never throws on bad
 * input: every problem comes back in the {@link Verdict}.
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

    private final Locale locale;
    private final Messages messages;
    private final JsonBinder jsonBinder;
    private final ConstraintChecker checker;
    private final PageCatalogue pages;
    private final FormTokens formTokens;
    private final boolean contentRules;

    private FeedbackValidator(Builder b) {
        this.locale = b.locale;
        this.messages = Messages.forLocale(b.locale).overriddenBy(b.messageOverrides);
        this.jsonBinder = new JsonBinder(b.maxPayloadBytes, b.maxNestingDepth, b.maxNumberLength);
        this.checker = new ConstraintChecker();
        this.pages = b.pages.isEmpty() ? PageCatalogue.anyPage() : PageCatalogue.of(b.pages);
        this.formTokens = b.formTokens;
        this.contentRules = b.contentRules;
    }

    /** A validator with the default settings: English messages, 64 KiB payloads. */
    public static FeedbackValidator create() {
        return builder().build();
    }

    /** Starts configuring a validator. */
    public static Builder builder() {
        return new Builder();
    }

    /** The language of this validator's messages. */
    public Locale locale() {
        return locale;
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
        Map<FeedbackField, String> broken = checker.check(feedback, variant);
        Submission submission = Submission.of(feedback);
        if (broken.isEmpty()) {
            return Verdict.valid(feedback, submission);
        }
        List<FieldError> errors = new ArrayList<>();
        broken.forEach((field, code) -> errors.add(fieldError(field.formName(), code)));
        return Verdict.invalid(submission, errors);
    }

    /**
     * Binds then validates form fields as a web framework gives them: each name with the list
     * of values sent for it. Names other than this form's (a CSRF token, say) are ignored; a
     * field of this form sent twice is refused.
     */
    public Verdict validateForm(Map<String, ? extends List<String>> fields) {
        Objects.requireNonNull(fields, "fields");
        return decide(FormBinder.bind(fields), null);
    }

    /**
     * Like {@link #validateForm(Map)}, for a host that knows which form the page carries: the
     * rules of {@code variant} apply, whatever the known pages say.
     */
    public Verdict validateForm(Map<String, ? extends List<String>> fields, FormVariant variant) {
        Objects.requireNonNull(fields, "fields");
        return decide(FormBinder.bind(fields), Objects.requireNonNull(variant, "variant"));
    }

    /** Binds then validates a JSON submission given as UTF-8 bytes. */
    public Verdict validateJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        return decide(jsonBinder.bind(json), null);
    }

    /**
     * Like {@link #validateJson(byte[])}, for a host that knows which form the page carries:
     * the rules of {@code variant} apply, whatever the known pages say.
     */
    public Verdict validateJson(byte[] json, FormVariant variant) {
        Objects.requireNonNull(json, "json");
        return decide(jsonBinder.bind(json), Objects.requireNonNull(variant, "variant"));
    }

    /** Binds then validates a JSON submission given as text. */
    public Verdict validateJson(String json) {
        Objects.requireNonNull(json, "json");
        return decide(jsonBinder.bind(json), null);
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
        return decide(jsonBinder.bind(bytes), null);
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
        if (tab != null && !tab.strip().equals(FieldNames.PAGE_FEEDBACK_TAB)) {
            problems.putIfAbsent(FieldNames.TAB, ErrorCodes.UNSUPPORTED_FORM);
        }

        Map<String, String> shown = new LinkedHashMap<>();
        Map<FeedbackField, String> clean = new EnumMap<>(FeedbackField.class);
        for (FeedbackField field : FeedbackField.values()) {
            String value = raw.values().get(field.formName());
            if (value == null) {
                continue;
            }
            int hardLimit = hardLimit(field.rules());
            TextNormaliser.Result result = TextNormaliser.normalise(value, field.multiline(), hardLimit);
            if (result.refused()) {
                problems.putIfAbsent(field.formName(), result.errorCode());
                shown.put(field.formName(), TextNormaliser.forDisplay(value, hardLimit));
            } else {
                String normalised = field == FeedbackField.PAGE ? PageAddress.normalise(result.value()) : result.value();
                clean.put(field, normalised);
                shown.put(field.formName(), normalised);
            }
        }
        Submission submission = Submission.of(shown);
        String page = clean.getOrDefault(FeedbackField.PAGE, "");

        Optional<String> tokenSpam = tokenSpamReason(raw.values().get(FieldNames.TOKEN), page);
        if (tokenSpam.isPresent()) {
            return Verdict.spam(submission, tokenSpam.get());
        }

        FormVariant variant = forced == null ? FormVariant.FULL : forced;
        if (forced == null && !page.isEmpty() && !problems.containsKey(FeedbackField.PAGE.formName())) {
            Optional<FormVariant> known = pages.variantOf(page);
            if (known.isEmpty()) {
                problems.put(FeedbackField.PAGE.formName(), ErrorCodes.UNKNOWN_PAGE);
            } else {
                variant = known.get();
            }
        }
        if (!variant.takesAnswers()) {
            // A demonstration form takes nothing: that is the one thing to say.
            return Verdict.invalid(submission, List.of(fieldError(FeedbackField.PAGE.formName(), ErrorCodes.FORM_CLOSED)));
        }

        Feedback feedback = toFeedback(clean, problems);
        checker.check(feedback, variant).forEach((field, code) -> problems.putIfAbsent(field.formName(), code));
        if (!problems.isEmpty()) {
            return Verdict.invalid(submission, inFormOrder(problems));
        }
        if (contentRules) {
            Optional<String> reason = ContentRules.spamReason(feedback);
            if (reason.isPresent()) {
                return Verdict.spam(submission, reason.get());
            }
        }
        return Verdict.valid(feedback, submission);
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

    private static int hardLimit(FieldRules rules) {
        return rules.maxLength().isPresent() ? rules.maxLength().getAsInt() * 2 + 100 : CHOICE_HARD_LIMIT;
    }

    private static Feedback toFeedback(Map<FeedbackField, String> clean, Map<String, String> problems) {
        Feedback.Builder b = Feedback.builder()
                .page(clean.getOrDefault(FeedbackField.PAGE, ""))
                .summary(clean.getOrDefault(FeedbackField.SUMMARY, ""))
                .details(clean.getOrDefault(FeedbackField.DETAILS, ""))
                .organisation(clean.getOrDefault(FeedbackField.ORGANISATION, ""))
                .email(clean.getOrDefault(FeedbackField.EMAIL, ""));
        option(clean, FeedbackField.ROLE, Role::find, problems).ifPresent(b::role);
        option(clean, FeedbackField.REFLECTION, Reflection::find, problems).ifPresent(b::reflection);
        return b.build();
    }

    private static <T> Optional<T> option(Map<FeedbackField, String> clean, FeedbackField field,
            java.util.function.Function<String, Optional<T>> find, Map<String, String> problems) {
        String text = clean.getOrDefault(field, "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> found = find.apply(text);
        if (found.isEmpty()) {
            problems.putIfAbsent(field.formName(), ErrorCodes.UNKNOWN_OPTION);
        }
        return found;
    }

    private List<FieldError> inFormOrder(Map<String, String> problems) {
        List<FieldError> errors = new ArrayList<>(problems.size());
        for (String name : FieldNames.KNOWN) {
            String code = problems.get(name);
            if (code != null) {
                errors.add(fieldError(name, code));
            }
        }
        problems.forEach((name, code) -> {
            if (!FieldNames.isKnown(name)) {
                errors.add(fieldError(name, code));
            }
        });
        return errors;
    }

    private FieldError fieldError(String field, String code) {
        return new FieldError(field, code, messages.forField(field, code));
    }

    /**
     * Configures a {@link FeedbackValidator}; {@link #build()} checks the settings.
     *
     * <pre>{@code
     * FeedbackValidator validator = FeedbackValidator.builder()
     *         .locale(Locale.forLanguageTag("cy"))
     *         .maxPayloadBytes(16 * 1024)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private Locale locale = Locale.ENGLISH;
        private int maxPayloadBytes = DEFAULT_MAX_PAYLOAD_BYTES;
        private int maxNestingDepth = 16;
        private int maxNumberLength = 32;
        private final Map<String, FormVariant> pages = new LinkedHashMap<>();
        private final Map<String, String> messageOverrides = new LinkedHashMap<>();
        private FormTokens formTokens;
        private boolean contentRules = true;

        private Builder() {
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
         * {@link FormVariant#DEMO demonstration} form takes none ({@code form-closed}).
         */
        public Builder page(String slug, FormVariant variant) {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(variant, "variant");
            String normalised = PageAddress.slugOf(PageAddress.normalise(slug.strip()));
            if (normalised.isEmpty()) {
                throw new IllegalArgumentException("Not a page slug: '" + slug + "'");
            }
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
         * Messages of the host's own, key by key, over this library's: keys
         * {@code <field>.<code>} (such as {@code summary.required}), {@code any.<code>},
         * {@code submission.<code>} and {@code label.<field>}, with the placeholders
         * {@code {label} {min} {max} {name} {limit}}.
         */
        public Builder messages(Map<String, String> overrides) {
            Objects.requireNonNull(overrides, "overrides").forEach((k, v) -> messageOverrides.put(
                    Objects.requireNonNull(k, "message key"), Objects.requireNonNull(v, "message")));
            return this;
        }

        /** Like {@link #messages(Map)}, from a resource bundle such as {@code messages_cy.properties}. */
        public Builder messages(java.util.ResourceBundle bundle) {
            Objects.requireNonNull(bundle, "bundle");
            for (String key : bundle.keySet()) {
                messageOverrides.put(key, bundle.getString(key));
            }
            return this;
        }

        /** The language of messages; English where a text has no translation. Default English. */
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
         * @throws IllegalStateException if a limit is less than 1, or the payload limit is too
         *     small for a submission with every field at its greatest length
         */
        public FeedbackValidator build() {
            if (maxNestingDepth < 1 || maxNumberLength < 1) {
                throw new IllegalStateException("Limits must be at least 1");
            }
            int least = leastPayloadBytes();
            if (maxPayloadBytes < least) {
                throw new IllegalStateException("maxPayloadBytes must be at least " + least
                        + " so that a submission with every field at its greatest length fits");
            }
            return new FeedbackValidator(this);
        }

        /** Room for every text field at its maximum, in plain ASCII, and the JSON around it. */
        private static int leastPayloadBytes() {
            int total = 512;
            for (FeedbackField field : FeedbackField.values()) {
                total += field.rules().maxLength().orElse(CHOICE_HARD_LIMIT / 10);
            }
            return total;
        }
    }
}
