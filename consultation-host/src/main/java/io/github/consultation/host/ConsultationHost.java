package io.github.consultation.host;

import io.github.consultation.host.internal.BodyReader;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.render.Theme;
import io.github.consultation.validate.FeedbackSink;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.FormTokens;
import io.github.consultation.validate.Outcome;
import io.github.consultation.validate.SubmissionFlow;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every host of the library assembles, built once: for a site's forms (the page form, and a
 * questionnaire, say) and the languages they speak, a form renderer and a validator per form and
 * language, the one {@link SubmissionFlow} they make, and the answer to each submission as a
 * {@link Reply} of plain values: a redirect after post to the thanks, the form again with 422,
 * JSON with its status, 413, 415 and 429. A web framework's host (the demo server, the Spring Boot
 * starter, a servlet) only turns its request into a {@link Post} and writes the reply into its own
 * response type. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * ConsultationHost host = ConsultationHost.builder()
 *         .form(definition)                                  // the page form (default: the built-in one)
 *         .form(FormDefinition.questionnaire())              // any other form the site takes
 *         .theme(Theme.GOVUK)
 *         .jsonEndpoint("/api/feedback")
 *         .sink(answers -> store.save(answers, Instant.now()))
 *         .build();
 * FormRenderer welsh = host.renderer(FormDefinition.WELSH);  // the page form in Welsh
 * Reply reply = host.receive(Post.form(path, contentType, contentLength, body, List.of(FormDefinition.WELSH)));
 * }</pre>
 *
 * <p>Pages: a host whose pages are rendered with the kit's renderers (as {@code consultation-pages}
 * renders them) gives them back as {@link PageForm} values with {@link #withPages}, so that the
 * validators refuse feedback for any other page and a form post is checked against the form its
 * page carries. The kit never depends on where pages come from.
 */
public final class ConsultationHost {
    /** The default largest body, in bytes. */
    public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** The default largest body read to its end and dropped when too large, so that the client reads the refusal. */
    public static final long DEFAULT_DRAIN_BYTES = 1024 * 1024;

    private final Settings settings;
    private final List<FormDefinition> forms;
    /** By form tab, then language: the renderers, the form's own languages, the default first where spoken. */
    private final Map<String, Map<String, FormRenderer>> renderers;
    private final List<PageForm> pages;
    /** The pages by address (a trailing slash aside). */
    private final Map<String, PageForm> pagesByAddress;
    private final SubmissionFlow flow;

    /** What the builder was given, copied at build(). */
    private record Settings(List<FormDefinition> forms, Theme theme, String jsonEndpoint, @Nullable Locale defaultLanguage,
            BiFunction<FormDefinition, Locale, Map<String, String>> texts, @Nullable FormTokens tokens,
            @Nullable Function<String, Optional<Locale>> pageLanguage, @Nullable FeedbackSink sink, int maxBodyBytes,
            long drainBytes, List<FormRenderer> ownRenderers, List<FeedbackValidator> ownValidators) {
        Settings withSink(FeedbackSink sink) {
            return new Settings(forms, theme, jsonEndpoint, defaultLanguage, texts, tokens, pageLanguage, sink,
                    maxBodyBytes, drainBytes, ownRenderers, ownValidators);
        }
    }

    /** Whether {@code definition} in {@code language} is what {@code tab} in {@code locale} names. */
    private static boolean same(FormDefinition definition, Locale language, FormDefinition form, Locale locale) {
        return definition.tab().equals(form.tab()) && language.getLanguage().equals(locale.getLanguage());
    }

    private ConsultationHost(Settings b, Map<String, Map<String, FormRenderer>> renderers, List<PageForm> pages) {
        this(b, renderers, pages, flow(b, pages));
    }

    private ConsultationHost(Settings b, Map<String, Map<String, FormRenderer>> renderers, List<PageForm> pages,
            SubmissionFlow flow) {
        this.settings = b;
        this.forms = b.forms();
        this.renderers = renderers;
        this.pages = List.copyOf(pages);
        Map<String, PageForm> byAddress = new LinkedHashMap<>();
        pages.forEach(p -> byAddress.put(bare(p.address()), p));
        this.pagesByAddress = Map.copyOf(byAddress);
        this.flow = flow;
    }

    /** Starts configuring a host kit. */
    public static Builder builder() {
        return new Builder();
    }

    /** The forms, the page form first. */
    public List<FormDefinition> forms() {
        return forms;
    }

    /** The languages the page form speaks, the default first. */
    public List<Locale> languages() {
        return renderers.get(forms.get(0).tab()).values().stream().map(FormRenderer::locale).toList();
    }

    /** The language of the page form that answers a reader who wants {@code wanted}: the first it speaks, else the default. */
    public Locale language(List<Locale> wanted) {
        return renderer(forms.get(0).tab(), wanted).locale();
    }

    /** The page form's renderer in {@code locale}'s language, or in the default language if it does not speak it. */
    public FormRenderer renderer(Locale locale) {
        return renderer(forms.get(0).tab(), List.of(Objects.requireNonNull(locale, "locale")));
    }

    /**
     * The renderer of the form {@code tab} in {@code locale}'s language, or in the form's first language
     * if it does not speak it.
     *
     * @throws IllegalArgumentException for a form the kit does not have
     */
    public FormRenderer renderer(String tab, Locale locale) {
        return renderer(tab, List.of(Objects.requireNonNull(locale, "locale")));
    }

    /**
     * The renderer that shows the form of {@code outcome} again: its form's, in the language its
     * messages are in (for a {@link Reply.Kind#FORM} reply, {@code renderer(reply.outcome())}).
     */
    public FormRenderer renderer(Outcome outcome) {
        return renderer(Objects.requireNonNull(outcome, "outcome").form().tab(), List.of(outcome.locale()));
    }

    private FormRenderer renderer(String tab, List<Locale> wanted) {
        Map<String, FormRenderer> byLanguage = renderers.get(Objects.requireNonNull(tab, "tab"));
        if (byLanguage == null) {
            throw new IllegalArgumentException("The kit has no form " + tab);
        }
        for (Locale l : wanted) {
            FormRenderer r = byLanguage.get(l.getLanguage());
            if (r != null) {
                return r;
            }
        }
        return byLanguage.values().iterator().next();
    }

    /** The flow every submission goes through: a validator per form and language. */
    public SubmissionFlow flow() {
        return flow;
    }

    /** The pages the kit knows, as {@link #withPages} gave them. */
    public List<PageForm> pages() {
        return pages;
    }

    /** The page at {@code address} (a trailing slash aside), if the kit knows it. */
    public Optional<PageForm> page(String address) {
        return Optional.ofNullable(pagesByAddress.get(bare(Objects.requireNonNull(address, "address"))));
    }

    /**
     * This kit with the validators and flow of a site whose pages are {@code pages}: feedback for any
     * other page is refused ({@code unknown-page}), a page's form is checked with the variant it
     * carries, and a form post is answered with its page's form. The renderers are shared.
     */
    public ConsultationHost withPages(Collection<PageForm> pages) {
        List<PageForm> list = List.copyOf(Objects.requireNonNull(pages, "pages"));
        for (PageForm p : list) {
            if (forms.stream().noneMatch(f -> f.tab().equals(p.tab()))) {
                throw new IllegalArgumentException("The page " + p.address() + " carries a form the kit does not have: "
                        + p.tab());
            }
        }
        return new ConsultationHost(settings, renderers, list);
    }

    /**
     * This kit keeping valid answers with {@code sink} (for a host that makes its store after the
     * forms, as Spring Boot's auto-configuration does). Everything else is shared.
     */
    public ConsultationHost withSink(FeedbackSink sink) {
        return new ConsultationHost(settings.withSink(Objects.requireNonNull(sink, "sink")), renderers, pages, flow);
    }

    /** Reads, validates and keeps {@code post}, with no rate limit; returns its answer. */
    public Reply receive(Post post) throws IOException {
        return receive(post, RateLimit.NONE);
    }

    /**
     * Reads {@code post} (under the body limit, its media type checked), validates it once in its
     * language (the page's own where the host knows it, else the first of the post's the form
     * speaks), charges {@code limit}, keeps it with the sink when it is valid, and returns its answer.
     *
     * @throws IOException if the body could not be read (the client went away, say)
     * @throws IllegalStateException if the kit has no sink (see {@link Builder#sink}, {@link #withSink})
     */
    public Reply receive(Post post, RateLimit limit) throws IOException {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(limit, "limit");
        FeedbackSink sink = settings.sink();
        if (sink == null) {
            throw new IllegalStateException("The kit has nowhere to keep answers: give it a sink");
        }
        boolean close = false;
        Outcome outcome;
        Optional<Map<String, ? extends List<String>>> fields = post.fields();
        Optional<byte[]> read = post.read();
        if (fields.isPresent()) {
            outcome = post.contentLength() > flow.maxBodyBytes() ? flow.tooLarge(post.languages())
                    : flow.form(post.contentType().orElse(null), fields.get(), post.languages(), variant(post));
        } else if (read != null) {
            outcome = decide(post, read.filter(bytes -> bytes.length <= flow.maxBodyBytes()).orElse(null));
        } else {
            BodyReader.Body body = BodyReader.read(post.body().orElseThrow(), post.contentLength(), flow.maxBodyBytes(),
                    settings.drainBytes());
            close = body.closeConnection();
            outcome = decide(post, body.bytes());
        }
        long wait = limit.retryAfterSeconds(outcome);
        if (wait > 0) {
            return tooMany(post, outcome, wait, close);
        }
        return reply(post, flow.keep(outcome, sink), close);
    }

    /** The outcome of a body read whole ({@code bytes}), or of one too large to keep (null). */
    private Outcome decide(Post post, byte @Nullable [] bytes) {
        if (bytes == null) {
            return flow.tooLarge(post.languages());
        }
        return post.kind() == Post.Kind.JSON ? flow.json(post.contentType().orElse(null), bytes, post.languages())
                : flow.form(post.contentType().orElse(null), bytes, post.languages(), variant(post));
    }

    /** The variant of the form the page a form was posted to carries, when the kit knows the page. */
    private @Nullable FormVariant variant(Post post) {
        PageForm page = pagesByAddress.get(bare(post.address()));
        return page == null ? null : page.variant();
    }

    private Reply tooMany(Post post, Outcome outcome, long wait, boolean close) {
        Map<String, String> headers = headers(close);
        headers.put("Retry-After", String.valueOf(wait));
        if (post.kind() == Post.Kind.JSON) {
            headers.put("Content-Type", JSON_TYPE);
            return new Reply(Reply.Kind.JSON, 429, headers, "{\"status\":\"too many requests\",\"retryAfterSeconds\":"
                    + wait + "}", Optional.empty(), "", outcome);
        }
        return new Reply(Reply.Kind.NOTICE, 429, headers, "", Optional.empty(), "", outcome);
    }

    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private Reply reply(Post post, Outcome outcome, boolean close) {
        Map<String, String> headers = headers(close);
        if (post.kind() == Post.Kind.JSON) {
            headers.put("Content-Type", JSON_TYPE);
            return new Reply(Reply.Kind.JSON, outcome.jsonStatus(), headers, outcome.json(), Optional.empty(), "", outcome);
        }
        int status = outcome.formStatus();
        return switch (outcome.kind()) {
            case RECEIVED, SPAM -> {
                headers.put("Location", thanks(post.address(), outcome));
                yield new Reply(Reply.Kind.REDIRECT, status, headers, "", Optional.empty(), "", outcome);
            }
            case INVALID -> new Reply(Reply.Kind.FORM, status, headers, "",
                    Optional.of(FormState.failed(post.address(), outcome.verdict().submission(), outcome.errors())), "",
                    outcome);
            case NOT_KEPT -> new Reply(Reply.Kind.NOTICE, status, headers, "", Optional.empty(), "", outcome);
            default -> new Reply(Reply.Kind.NOTICE, status, headers, "", Optional.empty(),
                    outcome.errors().isEmpty() ? "" : outcome.errors().get(0).message(), outcome);
        };
    }

    private static Map<String, String> headers(boolean close) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (close) {
            headers.put("Connection", "close");
        }
        return headers;
    }

    /**
     * The page posted to, with its thanks ({@code ?sent=1}) and at its form ({@code #} the wrapper's
     * id of the form the page carries, else of the form the submission was for), as an ASCII address.
     */
    private String thanks(String address, Outcome outcome) {
        PageForm page = pagesByAddress.get(bare(address));
        String tab = page != null ? page.tab() : outcome.form().tab();
        FormDefinition form = forms.stream().filter(f -> f.tab().equals(tab)).findFirst().orElse(outcome.form());
        try {
            return new URI(null, null, address, "sent=1", form.ids().wrapper()).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a path: " + address, e);
        }
    }

    private static String bare(String address) {
        return address.length() > 1 && address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    /** The renderers of every form in every language it speaks, the default language first. */
    private static Map<String, Map<String, FormRenderer>> renderers(Settings b) {
        Map<String, Map<String, FormRenderer>> all = new LinkedHashMap<>();
        for (FormDefinition form : b.forms()) {
            Map<String, FormRenderer> byLanguage = new LinkedHashMap<>();
            for (Locale language : languages(form, b.defaultLanguage())) {
                Optional<FormRenderer> own = b.ownRenderers().stream()
                        .filter(r -> same(r.definition(), r.locale(), form, language)).findFirst();
                byLanguage.put(language.getLanguage(), own.isPresent() ? own.get() : FormRenderer.builder().form(form).theme(b.theme()).locale(language)
                        .texts(b.texts().apply(form, language)).jsonEndpoint(b.jsonEndpoint())
                        // GOV.UK puts the error summary at the top of the main content; the others keep it in the form.
                        .errorSummaryInForm(b.theme() != Theme.GOVUK).build());
            }
            all.put(form.tab(), Collections.unmodifiableMap(byLanguage));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The languages {@code form} speaks, {@code first} first when it speaks it. */
    private static List<Locale> languages(FormDefinition form, @Nullable Locale first) {
        List<Locale> languages = new ArrayList<>(form.languages());
        if (first != null) {
            languages.sort(java.util.Comparator.comparing(l -> !l.getLanguage().equals(first.getLanguage())));
        }
        return languages;
    }

    /** The flow: a validator per form and language, each knowing the pages that carry its form. */
    private static SubmissionFlow flow(Settings b, List<PageForm> pages) {
        SubmissionFlow.Builder flow = SubmissionFlow.builder();
        Function<String, Optional<Locale>> pageLanguage = b.pageLanguage();
        if (pageLanguage != null) {
            flow.pageLanguage(pageLanguage);
        }
        for (FormDefinition form : b.forms()) {
            for (Locale language : languages(form, b.defaultLanguage())) {
                Optional<FeedbackValidator> own = b.ownValidators().stream()
                        .filter(v -> same(v.definition(), v.locale(), form, language)).findFirst();
                if (own.isPresent()) {
                    flow.validator(own.get());   // it knows the pages it was built with
                    continue;
                }
                FeedbackValidator.Builder validator = FeedbackValidator.builder().form(form).locale(language)
                        .texts(b.texts().apply(form, language)).maxPayloadBytes(b.maxBodyBytes());
                FormTokens tokens = b.tokens();
                if (tokens != null) {
                    validator.formTokens(tokens);
                }
                pages.stream().filter(p -> p.tab().equals(form.tab())).forEach(p -> validator.page(p.address(), p.variant()));
                flow.validator(validator.build());
            }
        }
        return flow.build();
    }

    /**
     * Configures a {@link ConsultationHost}; {@link #build()} checks the settings.
     *
     * <pre>{@code
     * ConsultationHost host = ConsultationHost.builder()
     *         .form(definition).form(FormDefinition.questionnaire())
     *         .defaultLanguage(FormDefinition.WELSH)            // a Welsh site
     *         .pageLanguage(page -> Optional.of(FormDefinition.WELSH))
     *         .texts((form, locale) -> messages.overrides(form, locale))
     *         .sink(answers -> store.save(answers, Instant.now()))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final List<FormDefinition> forms = new ArrayList<>();
        private Theme theme = Theme.ORIGIN;
        private String jsonEndpoint = "";
        private @Nullable Locale defaultLanguage;
        private BiFunction<FormDefinition, Locale, Map<String, String>> texts = (form, locale) -> Map.of();
        private @Nullable FormTokens tokens;
        private @Nullable Function<String, Optional<Locale>> pageLanguage;
        private @Nullable FeedbackSink sink;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private long drainBytes = DEFAULT_DRAIN_BYTES;
        private final List<FormRenderer> ownRenderers = new ArrayList<>();
        private final List<FeedbackValidator> ownValidators = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a form the site takes, by its definition: the first is the page form (the one a
         * submission that names no form is for). Default: {@link FormDefinition#pageFeedback()} alone.
         */
        public Builder form(FormDefinition definition) {
            forms.add(Objects.requireNonNull(definition, "definition"));
            return this;
        }

        /** The forms' theme. Default {@link Theme#ORIGIN}. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** Where the enhancement script posts JSON, or empty for a plain form. Default empty. */
        public Builder jsonEndpoint(String jsonEndpoint) {
            this.jsonEndpoint = Objects.requireNonNull(jsonEndpoint, "jsonEndpoint");
            return this;
        }

        /**
         * The site's language: a reader who asks for none the forms speak is answered in it, where a
         * form speaks it. Default: the page form's first language.
         */
        public Builder defaultLanguage(Locale language) {
            this.defaultLanguage = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * The host's own texts for a form in a language, over the definition's (a Spring
         * {@code MessageSource}'s, say): for its renderer and its validator's messages alike.
         */
        public Builder texts(BiFunction<FormDefinition, Locale, Map<String, String>> texts) {
            this.texts = Objects.requireNonNull(texts, "texts");
            return this;
        }

        /** Signs the forms' tokens and checks them on the way back. Default: none. */
        public Builder formTokens(FormTokens tokens) {
            this.tokens = Objects.requireNonNull(tokens, "tokens");
            return this;
        }

        /**
         * The language of the page a submission names, when the host knows it: its answer is then in
         * that language whatever the reader asks for. Default: none known.
         */
        public Builder pageLanguage(Function<String, Optional<Locale>> pageLanguage) {
            this.pageLanguage = Objects.requireNonNull(pageLanguage, "pageLanguage");
            return this;
        }

        /**
         * Where valid answers are kept: the host's store ({@code answers -> store.save(answers, Instant.now())}).
         * Needed to {@link ConsultationHost#receive receive}; a host that makes its store later gives
         * it with {@link ConsultationHost#withSink}.
         */
        public Builder sink(FeedbackSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /** The largest body read, in bytes. Default 64 KiB. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * How much of a body too large is read and dropped before the refusal, so that a client
         * still sending reads the answer rather than a reset connection; a longer body is left
         * unread and the reply says to close the connection. Default 1 MiB.
         */
        public Builder drainBytes(long drainBytes) {
            this.drainBytes = drainBytes;
            return this;
        }

        /**
         * A renderer of the host's own, used for its form and language instead of the one the kit
         * would build (a Spring application's own bean, say).
         */
        public Builder renderer(FormRenderer renderer) {
            ownRenderers.add(Objects.requireNonNull(renderer, "renderer"));
            return this;
        }

        /**
         * A validator of the host's own, used for its form and language instead of the one the kit
         * would build. It keeps the pages it was built with: {@link ConsultationHost#withPages} does
         * not change it.
         */
        public Builder validator(FeedbackValidator validator) {
            ownValidators.add(Objects.requireNonNull(validator, "validator"));
            return this;
        }

        /**
         * Builds the kit: every renderer, validator and the flow, once.
         *
         * @throws IllegalStateException with every problem: two forms with one tab, a limit below what
         *     the forms need, or what the renderers' and validators' own builders refuse
         */
        public ConsultationHost build() {
            List<FormDefinition> all = forms.isEmpty() ? List.of(FormDefinition.pageFeedback()) : List.copyOf(forms);
            List<String> problems = new ArrayList<>();
            if (all.stream().map(FormDefinition::tab).distinct().count() < all.size()) {
                problems.add("two forms have one tab");
            }
            if (drainBytes < 0) {
                problems.add("drainBytes must not be negative");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("ConsultationHost: " + String.join("; ", problems));
            }
            Settings settings = new Settings(all, theme, jsonEndpoint, defaultLanguage, texts, tokens, pageLanguage, sink,
                    maxBodyBytes, drainBytes, List.copyOf(ownRenderers), List.copyOf(ownValidators));
            return new ConsultationHost(settings, renderers(settings), List.of());
        }
    }
}
