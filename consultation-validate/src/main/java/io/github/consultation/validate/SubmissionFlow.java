package io.github.consultation.validate;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.validate.internal.JsonDocument;
import io.github.consultation.validate.internal.JsonReader;
import io.github.consultation.validate.internal.UrlEncodedForm;
import io.github.consultation.validate.internal.Utf8;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one way a submission comes in, whether it is a form post or the existing site's JSON: checks
 * its media type and size, reads it, validates it in the reader's language, and gives an
 * {@link Outcome} that the host turns into its answer. A valid outcome is then kept with
 * {@link #keep}, so that a host may refuse it in between (a rate limit, say). Built once; safe to
 * share between threads.
 *
 * <p>The form: a flow may take several (the page form and a questionnaire, say), a validator per
 * form and language; each submission names its form by {@code "tab"} (a JSON key, or the form's
 * hidden field), and one that names none is the first form's.
 *
 * <p>The language: the page's own, when the flow knows the page's language
 * ({@link Builder#pageLanguage}); else the first of the reader's languages (for JSON, from
 * {@code Accept-Language}: {@link #languages(String)}) that a validator speaks; else the first
 * validator's.
 *
 * <pre>{@code
 * SubmissionFlow flow = SubmissionFlow.builder()
 *         .validator(FeedbackValidator.builder().locale(Locale.ENGLISH).build())
 *         .validator(FeedbackValidator.builder().locale(FormDefinition.WELSH).build())
 *         .build();
 * Outcome outcome = flow.json(contentType, body, SubmissionFlow.languages(acceptLanguage));
 * if (outcome.kind() == Outcome.Kind.VALID) {
 *     outcome = flow.keep(outcome, feedback -> store.save(feedback, Instant.now()));
 * }
 * respond(outcome.jsonStatus(), outcome.json());
 * }</pre>
 */
public final class SubmissionFlow {
    /** The media type of a form post. */
    public static final String FORM_TYPE = "application/x-www-form-urlencoded";
    /** The media type of a JSON post. */
    public static final String JSON_TYPE = "application/json";
    /** The field (and JSON key) that names the form a submission is for. */
    public static final String FORM_TAB = "tab";

    private static final int DEFAULT_MAX_FORM_FIELDS = 64;
    /** No page's language known: the reader's decides, and a page need not be looked at first. */
    private static final Function<String, Optional<Locale>> NO_PAGE_LANGUAGE = page -> Optional.empty();

    private final List<FeedbackValidator> validators;
    /** The validators of each form, by the form's tab; the first form is the default. */
    private final Map<String, List<FeedbackValidator>> forms;
    private final Function<String, Optional<Locale>> pageLanguage;
    private final JsonReader reader;
    private final int maxFormFields;

    private SubmissionFlow(Builder b) {
        this.validators = List.copyOf(b.validators);
        Map<String, List<FeedbackValidator>> byTab = new LinkedHashMap<>();
        for (FeedbackValidator v : validators) {
            byTab.computeIfAbsent(v.definition().tab(), t -> new ArrayList<>()).add(v);
        }
        byTab.replaceAll((tab, list) -> List.copyOf(list));
        this.forms = Map.copyOf(byTab);
        this.pageLanguage = b.pageLanguage;
        // One pass reads every JSON submission, whatever its form; each form's validator then holds it to its own limits.
        this.reader = validators.stream().map(FeedbackValidator::reader).reduce(JsonReader::loosest).orElseThrow();
        this.maxFormFields = b.maxFormFields != null ? b.maxFormFields : defaultMaxFormFields(validators);
    }

    /**
     * Room for every field any of the flow's forms can post: a field per question, one per item of
     * a scale and per box of a checklist, and a few hidden ones (page, tab, honeypot, tokens),
     * never less than 64.
     */
    private static int defaultMaxFormFields(List<FeedbackValidator> validators) {
        int most = 0;
        for (FeedbackValidator v : validators) {
            int fields = 8;
            for (io.github.consultation.model.Question q : v.definition().questions()) {
                if (q instanceof io.github.consultation.model.RatingQuestion rating) {
                    fields += rating.items().size();
                } else if (q instanceof io.github.consultation.model.ChecklistQuestion checklist) {
                    fields += checklist.options().size();
                } else {
                    fields++;
                }
            }
            most = Math.max(most, fields);
        }
        return Math.max(DEFAULT_MAX_FORM_FIELDS, most);
    }

    /** Starts configuring a flow. */
    public static Builder builder() {
        return new Builder();
    }

    /** The validators, the default first. */
    public List<FeedbackValidator> validators() {
        return validators;
    }

    /** The largest body accepted, in bytes: the default validator's payload limit. */
    public int maxBodyBytes() {
        return validators.get(0).maxPayloadBytes();
    }

    /**
     * A form post as the browser sent it: its {@code Content-Type} header (or null) and its body.
     *
     * @param languages the page's language first, then the reader's
     */
    public Outcome form(@Nullable String contentType, byte[] body, List<Locale> languages) {
        return form(contentType, body, languages, null);
    }

    /**
     * Like {@link #form(String, byte[], List)}, for a host that knows which form the page posted to
     * carries: the rules of {@code variant} (or, if null, of the page the submission names) apply.
     */
    public Outcome form(@Nullable String contentType, byte[] body, List<Locale> languages,
            @Nullable FormVariant variant) {
        Objects.requireNonNull(body, "body");
        FeedbackValidator validator = validator(languages);
        if (!hasType(contentType, FORM_TYPE)) {
            return unread(Outcome.Kind.UNSUPPORTED_MEDIA_TYPE, validator, FORM_TYPE);
        }
        if (body.length > validator.maxPayloadBytes()) {
            return tooLarge(languages);
        }
        Optional<Map<String, List<String>>> fields = UrlEncodedForm.parse(body, maxFormFields);
        if (fields.isEmpty()) {
            return unread(Outcome.Kind.UNREADABLE, validator, "");
        }
        return decideForm(fields.get(), languages, variant);
    }

    /**
     * A form post a framework has read already: each name with its values (a Spring
     * {@code MultiValueMap}, say). Names other than the form's own (a CSRF token) are ignored. The
     * body's limits apply to what was read: the number of fields and their size.
     */
    public Outcome form(Map<String, ? extends List<String>> fields, List<Locale> languages) {
        return parsed(Objects.requireNonNull(fields, "fields"), languages, null);
    }

    /**
     * A form post whose body a framework has already parsed into {@code fields}, under the same
     * checks as the body itself: its {@code Content-Type} header (or null), the number of fields,
     * and their size (counted as they were decoded, so a body within the limit always passes);
     * {@code variant} as for {@link #form(String, byte[], List, FormVariant)}, or null.
     */
    public Outcome form(@Nullable String contentType, Map<String, ? extends List<String>> fields,
            List<Locale> languages, @Nullable FormVariant variant) {
        Objects.requireNonNull(fields, "fields");
        if (!hasType(contentType, FORM_TYPE)) {
            return unread(Outcome.Kind.UNSUPPORTED_MEDIA_TYPE, validator(languages), FORM_TYPE);
        }
        return parsed(fields, languages, variant);
    }

    /**
     * A form post as a servlet reads it ({@code request.getParameterMap()}), under the limits of
     * {@link #form(Map, List)}.
     */
    public Outcome parameters(Map<String, String[]> parameters, List<Locale> languages) {
        return parsed(FeedbackValidator.lists(Objects.requireNonNull(parameters, "parameters")), languages, null);
    }

    /**
     * Fields a framework parsed, held to the body's limits: too large is answered as a body too
     * large, too many fields as an unreadable body; then decided as a body read here is.
     */
    private Outcome parsed(Map<String, ? extends List<String>> fields, List<Locale> languages,
            @Nullable FormVariant variant) {
        FeedbackValidator validator = validator(languages);
        long size = 0;
        int count = 0;
        for (Map.Entry<String, ? extends List<String>> field : fields.entrySet()) {
            for (String value : field.getValue()) {
                count++;
                size += Utf8.length(field.getKey()) + Utf8.length(value) + 2;
            }
        }
        if (size > validator.maxPayloadBytes() + 1) {
            return tooLarge(languages);
        }
        if (count > maxFormFields) {
            return unread(Outcome.Kind.UNREADABLE, validator, "");
        }
        return decideForm(fields, languages, variant);
    }

    /** Form fields read once: their form and page, and so their language, found first; then validated once. */
    private Outcome decideForm(Map<String, ? extends List<String>> fields, List<Locale> languages,
            @Nullable FormVariant variant) {
        return decide(first(fields.get(FORM_TAB)), first(fields.get(FormDefinition.PAGE)), languages,
                v -> v.decideForm(fields, variant));
    }

    /**
     * A JSON post: its {@code Content-Type} header (or null) and its body, read in one streaming
     * pass; its form and page, and so its language, are known before it is validated, once.
     *
     * @param languages the reader's languages, from {@code Accept-Language}
     */
    public Outcome json(@Nullable String contentType, byte[] body, List<Locale> languages) {
        Objects.requireNonNull(body, "body");
        if (!hasType(contentType, JSON_TYPE)) {
            return unread(Outcome.Kind.UNSUPPORTED_MEDIA_TYPE, validator(languages), JSON_TYPE);
        }
        JsonDocument document = reader.read(body);
        return decide(document.string(FORM_TAB).strip(), document.string(FormDefinition.PAGE), languages,
                v -> v.decideJson(document, null));
    }

    /** The outcome for a body the host would not read at all, for its declared length. */
    public Outcome tooLarge(List<Locale> languages) {
        return unread(Outcome.Kind.TOO_LARGE, validator(languages), "");
    }

    /**
     * Keeps the answers of a {@link Outcome.Kind#VALID} outcome with {@code sink}: the outcome is
     * then {@link Outcome.Kind#RECEIVED}, or {@link Outcome.Kind#NOT_KEPT} if the sink threw. Any
     * other outcome is returned as it is.
     */
    public Outcome keep(Outcome outcome, FeedbackSink sink) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sink, "sink");
        if (outcome.kind() != Outcome.Kind.VALID) {
            return outcome;
        }
        Outcome.Kind kind;
        try {
            sink.keep(outcome.answers().orElseThrow());
            kind = Outcome.Kind.RECEIVED;
        } catch (Exception e) {
            kind = Outcome.Kind.NOT_KEPT;
        }
        return new Outcome(kind, outcome.form(), outcome.locale(), outcome.verdict(), outcome.limitBytes());
    }

    /**
     * The first form's validator for {@code languages}: the first of them that a validator speaks
     * (by language), else the form's first.
     */
    public FeedbackValidator validator(List<Locale> languages) {
        return validator("", languages);
    }

    /**
     * The validator of the form whose tab is {@code tab} (the first form's, for a tab no form has)
     * for {@code languages}.
     */
    public FeedbackValidator validator(String tab, List<Locale> languages) {
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(languages, "languages");
        List<FeedbackValidator> form = forms.getOrDefault(tab, forms.get(validators.get(0).definition().tab()));
        for (Locale wanted : languages) {
            for (FeedbackValidator v : form) {
                if (v.locale().getLanguage().equals(wanted.getLanguage())) {
                    return v;
                }
            }
        }
        return form.get(0);
    }

    private static String first(@Nullable List<String> values) {
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    /**
     * The languages of an {@code Accept-Language} header, most wanted first; empty for a missing
     * or malformed header (a reader's header is never a reason to refuse them).
     */
    public static List<Locale> languages(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return List.of();
        }
        List<Locale> languages = new ArrayList<>();
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (!range.getRange().equals("*") && range.getWeight() > 0) {
                    languages.add(Locale.forLanguageTag(range.getRange()));
                }
            }
        } catch (IllegalArgumentException | IllformedLocaleException e) {
            return List.of();
        }
        return languages;
    }

    /**
     * The one decision: the validator of the form {@code tab} in the page's own language (when the
     * flow knows the page {@code rawPage} names), else in the first of {@code languages} it speaks;
     * then {@code validate} with it, once.
     */
    private Outcome decide(String tab, String rawPage, List<Locale> languages,
            Function<FeedbackValidator, Verdict> validate) {
        FeedbackValidator validator = validator(tab, languages);
        if (!rawPage.isEmpty() && pageLanguage != NO_PAGE_LANGUAGE) {
            Optional<Locale> language = pageLanguage.apply(validator.page(rawPage));
            if (language.isPresent()) {
                validator = validator(tab, List.of(language.get()));
            }
        }
        Verdict verdict = validate.apply(validator);
        Outcome.Kind kind = switch (verdict.status()) {
            case VALID -> Outcome.Kind.VALID;
            case SPAM -> Outcome.Kind.SPAM;
            case INVALID -> Outcome.Kind.INVALID;
            case UNREADABLE -> verdict.errors().get(0).code().equals(ErrorCodes.TOO_LARGE)
                    ? Outcome.Kind.TOO_LARGE : Outcome.Kind.UNREADABLE;
        };
        return new Outcome(kind, validator.definition(), validator.locale(), verdict, validator.maxPayloadBytes());
    }

    private static Outcome unread(Outcome.Kind kind, FeedbackValidator validator, String expectedType) {
        String code = switch (kind) {
            case TOO_LARGE -> ErrorCodes.TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCodes.UNREADABLE;
        };
        FieldError error = validator.submissionError(code);
        error = new FieldError(error.field(), error.code(), error.message().replace("{type}", expectedType));
        return new Outcome(kind, validator.definition(), validator.locale(), Verdict.unreadable(error), validator.maxPayloadBytes());
    }

    /** Whether {@code contentType} names {@code type}, its parameters (a charset) aside. */
    static boolean hasType(@Nullable String contentType, String type) {
        if (contentType == null) {
            return false;
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().equalsIgnoreCase(type);
    }

    /**
     * Configures a {@link SubmissionFlow}.
     *
     * <pre>{@code
     * SubmissionFlow flow = SubmissionFlow.builder()
     *         .validator(english).validator(welsh)             // the first is the default
     *         .pageLanguage(page -> site.languageOf(page))     // a page's own language wins
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final List<FeedbackValidator> validators = new ArrayList<>();
        private Function<String, Optional<Locale>> pageLanguage = NO_PAGE_LANGUAGE;
        private @Nullable Integer maxFormFields;

        private Builder() {
        }

        /**
         * Adds a validator, for its form and its language; the first added is the default (its form
         * the one a submission that names none is for, its language the one a reader who asks for
         * none is answered in).
         */
        public Builder validator(FeedbackValidator validator) {
            validators.add(Objects.requireNonNull(validator, "validator"));
            return this;
        }

        /**
         * The language of the page a submission names, when the host knows it: its answers are then
         * in that language whatever the reader's browser asks for. Default: none known.
         */
        public Builder pageLanguage(Function<String, Optional<Locale>> pageLanguage) {
            this.pageLanguage = Objects.requireNonNull(pageLanguage, "pageLanguage");
            return this;
        }

        /**
         * The most fields a form post may have. Default: enough for every field the flow's forms
         * can post (a questionnaire's scores and boxes count one each), and at least 64.
         */
        public Builder maxFormFields(int maxFormFields) {
            this.maxFormFields = maxFormFields;
            return this;
        }

        /**
         * Builds the flow.
         *
         * @throws IllegalStateException with every problem, if there is no validator, two speak one
         *     language, or the field limit is below one
         */
        public SubmissionFlow build() {
            List<String> problems = new ArrayList<>();
            if (validators.isEmpty()) {
                problems.add("add at least one validator");
            }
            Map<String, FeedbackValidator> byLanguage = new LinkedHashMap<>();
            for (FeedbackValidator v : validators) {
                String key = v.definition().tab() + " " + v.locale().getLanguage();
                if (byLanguage.putIfAbsent(key, v) != null) {
                    problems.add("two validators of " + v.definition().tab() + " speak " + v.locale().getLanguage());
                }
            }
            if (maxFormFields != null && maxFormFields < 1) {
                problems.add("maxFormFields must be at least 1, not " + maxFormFields);
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("SubmissionFlow: " + String.join("; ", problems));
            }
            return new SubmissionFlow(this);
        }
    }
}
