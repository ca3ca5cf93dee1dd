package io.github.consultation.validate;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Option;
import io.github.consultation.model.Question;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.validate.internal.Decider;
import io.github.consultation.validate.internal.Decision;
import io.github.consultation.validate.internal.FieldNames;
import io.github.consultation.validate.internal.FormBinder;
import io.github.consultation.validate.internal.JsonBinder;
import io.github.consultation.validate.internal.JsonDocument;
import io.github.consultation.validate.internal.JsonReader;
import io.github.consultation.validate.internal.Messages;
import io.github.consultation.validate.internal.PageAddress;
import io.github.consultation.validate.internal.PageCatalogue;
import io.github.consultation.validate.internal.ValueBinder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 *
 * <p>One method for each way a host holds a submission, and no more:
 * <ul>
 *   <li>{@link #validateJson(byte[])}, {@link #validateJson(String)} and
 *       {@link #validateJson(InputStream)}: the existing site's JSON as bytes, as text, or still in
 *       the request (read under the payload limit);
 *   <li>{@link #validateForm(Map)} and {@link #validateParameters(Map)}: form fields as a
 *       framework gives them (lists of values) and as a servlet does (arrays);
 *   <li>{@link #validateValues(Map, FormVariant)}: answers a framework has bound already (the door
 *       Bean Validation comes in by);
 *   <li>{@link #validate(Feedback)} and {@link #validate(Feedback, FormVariant)}: a host's own
 *       object, checked as it is.
 * </ul>
 * A submission read from JSON or form fields names its page, and the page says which variant of
 * the form applies (see {@link Builder#page}), so those methods take no variant; values and
 * objects name no page a validator could look up, so their host says the variant. Reading,
 * binding and the compiled rules are internal ({@code JsonReader}, the binders, {@code Decider}):
 * this class only chooses the way in.
 */
public final class FeedbackValidator {
    private static final int DEFAULT_MAX_PAYLOAD_BYTES = 64 * 1024;
    private static final int CHOICE_HARD_LIMIT = 1000;

    private final FormDefinition definition;
    private final JsonReader reader;
    private final Decider decider;

    private FeedbackValidator(Builder b) {
        this.definition = b.definition;
        FieldNames.Shape shape = FieldNames.Shape.of(b.definition);
        // A form with scores or a checklist nests its answers one level inside the submission.
        this.reader = new JsonReader(b.maxPayloadBytes,
                shape.nests() ? Math.max(2, b.maxNestingDepth) : b.maxNestingDepth, b.maxNumberLength);
        this.decider = new Decider(b.definition, Messages.of(b.definition, b.locale, b.textOverrides),
                b.pages.isEmpty() ? PageCatalogue.anyPage() : PageCatalogue.of(b.pages), b.formTokens, b.contentRules,
                b.maxPayloadBytes);
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
        return decider.locale();
    }

    /** The largest JSON payload accepted, in bytes. */
    public int maxPayloadBytes() {
        return reader.maxBytes();
    }

    /**
     * Checks a feedback object from the full form as it is, without normalising it: for
     * feedback a host built itself. The verdict is {@code VALID} or {@code INVALID}.
     */
    public Verdict validate(Feedback feedback) {
        return validate(feedback, FormVariant.FULL);
    }

    /**
     * Like {@link #validate(Feedback)}, for feedback from the form {@code variant}: an object names
     * no page the validator could look up, so its host says which form the page carries.
     */
    public Verdict validate(Feedback feedback, FormVariant variant) {
        Objects.requireNonNull(feedback, "feedback");
        return new Verdict(decider.decide(feedback, Objects.requireNonNull(variant, "variant")));
    }

    /**
     * Binds then validates form fields as a web framework gives them: each name with the list
     * of values sent for it (a Spring {@code MultiValueMap}, say). Names other than this form's
     * (a CSRF token, say) are ignored; a field of this form sent twice is refused.
     */
    public Verdict validateForm(Map<String, ? extends List<String>> fields) {
        return decideForm(Objects.requireNonNull(fields, "fields"), null);
    }

    /** Binds then validates form fields as a servlet gives them ({@code request.getParameterMap()}). */
    public Verdict validateParameters(Map<String, String[]> parameters) {
        return decideForm(lists(Objects.requireNonNull(parameters, "parameters")), null);
    }

    /** The lists of a servlet's parameters, null names and values left out. */
    static Map<String, List<String>> lists(Map<String, String[]> parameters) {
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
        return new Verdict(decider.decide(ValueBinder.bind(values, decider.shape()),
                Objects.requireNonNull(variant, "variant")));
    }

    /** Binds then validates a JSON submission given as UTF-8 bytes. */
    public Verdict validateJson(byte[] json) {
        return decideJson(reader.read(Objects.requireNonNull(json, "json")), null);
    }

    /** Binds then validates a JSON submission given as text. */
    public Verdict validateJson(String json) {
        return decideJson(reader.read(Objects.requireNonNull(json, "json")), null);
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
            bytes = in.readNBytes(reader.maxBytes() + 1);
        } catch (IOException e) {
            return unreadable(ErrorCodes.UNREADABLE);
        }
        return validateJson(bytes);
    }

    /** The reader of JSON under this validator's limits. */
    JsonReader reader() {
        return reader;
    }

    /** The page a submission names, normalised as this validator normalises it: for looking up its language first. */
    String page(String raw) {
        return decider.page(raw);
    }

    /**
     * Decides on a JSON document read once, perhaps by a reader with looser limits than this
     * validator's; {@code forced} is the variant the host knows the page carries, or null.
     */
    Verdict decideJson(JsonDocument document, @Nullable FormVariant forced) {
        String refusal = reader.refusal(document);
        if (refusal != null) {
            return unreadable(refusal);
        }
        return new Verdict(decider.decide(JsonBinder.bind(document, decider.shape()), forced));
    }

    /** Decides on form fields; {@code forced} is the variant the host knows the page carries, or null. */
    Verdict decideForm(Map<String, ? extends List<String>> fields, @Nullable FormVariant forced) {
        return new Verdict(decider.decide(FormBinder.bind(fields, decider.shape()), forced));
    }

    /** An {@code UNREADABLE} verdict for the reason {@code code}. */
    Verdict unreadable(String code) {
        return new Verdict(Decision.unreadable(decider.submissionError(code)));
    }

    /** The error about a whole submission with {@code code}, in this validator's language. */
    FieldError submissionError(String code) {
        return decider.submissionError(code);
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
        private @Nullable FormTokens formTokens;
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
