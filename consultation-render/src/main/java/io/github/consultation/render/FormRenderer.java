package io.github.consultation.render;

import io.github.consultation.render.internal.FormIds;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormTexts;
import io.github.consultation.model.FormVariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders a form as an HTML fragment for a host's own template: the page-feedback form by
 * default, or any form a {@link FormDefinition} describes. Built once; immutable and safe to
 * share between threads. Every value from outside (the page address, entered values, messages,
 * hidden fields, and the definition's own texts) is escaped for its context.
 *
 * <pre>{@code
 * FormRenderer form = FormRenderer.builder().theme(Theme.GOVUK).action("/feedback").build();
 * String html = form.render(FormState.blank("/governance"));
 * String again = form.render(FormState.failed("/governance", verdict.submission(), verdict.errors()));
 * String title = form.titlePrefix(state) + "Governance";   // "Error: Governance" after a failed submit
 * }</pre>
 *
 * <p>The control attributes {@code required}, {@code minlength}, {@code maxlength},
 * {@code type="email"} and {@code pattern} come from the form's definition, the same rules the
 * validator enforces.
 */
public final class FormRenderer {
    private static final Pattern ID_PREFIX = Pattern.compile("(?:[A-Za-z][A-Za-z0-9_-]*)?");
    private static final String PAGE_SLOT = "\u0001page\u0001";
    private static final String HIDDEN_SLOT = "\u0001hidden\u0001";

    private final Theme theme;
    private final FormDefinition definition;
    private final FormTexts texts;
    private final String errorTitlePrefix;
    private final FormWriter writer;
    private final Map<FormVariant, String[]> blankTemplates;
    private final Set<String> ids;
    private final boolean errorSummaryInForm;

    private FormRenderer(Builder b) {
        this.theme = b.theme;
        this.definition = b.definition;
        this.texts = b.definition.texts(b.locale).with(b.textOverrides);
        this.errorTitlePrefix = texts.get("error.prefix") + ": ";
        Map<String, String> fixed = new LinkedHashMap<>(b.hiddenFields);
        FormIds formIds = new FormIds(b.idPrefix, b.definition);
        this.ids = formIds.all();
        this.errorSummaryInForm = b.errorSummaryInForm;
        this.writer = new FormWriter(b.theme, b.definition, texts, formIds, b.action, b.method, b.jsonEndpoint,
                b.tokenEndpoint, java.util.Collections.unmodifiableMap(fixed), b.errorSummaryInForm,
                b.errorSummaryAutoFocus);
        this.blankTemplates = blankTemplates(writer, b.theme.trusted());
    }

    /**
     * Every id the form may carry in any variant and state, so that a page around it can keep
     * clear of them (the pages module gives no heading one of these ids).
     */
    public Set<String> ids() {
        return ids;
    }

    /**
     * The blank form is the same for every page but for the page address and the request's
     * hidden fields, so it is written once per variant and cut at those two places.
     */
    private static Map<FormVariant, String[]> blankTemplates(FormWriter writer, boolean trusted) {
        Map<FormVariant, String[]> templates = new EnumMap<>(FormVariant.class);
        for (FormVariant variant : FormVariant.values()) {
            StringBuilder html = new StringBuilder(4096);
            writer.write(variant, FormState.blank(PAGE_SLOT).withHiddenField(HIDDEN_SLOT, ""), new HtmlWriter(html, trusted));
            String text = html.toString();
            int hiddenStart = text.lastIndexOf('\n', text.indexOf(HIDDEN_SLOT)) + 1;
            int hiddenEnd = text.indexOf('\n', hiddenStart) + 1;
            int page = text.indexOf(PAGE_SLOT);
            if (hiddenStart <= 0 || page < hiddenEnd || text.indexOf(PAGE_SLOT, page + 1) >= 0) {
                throw new IllegalStateException("The blank form cannot be cut for caching");
            }
            templates.put(variant, new String[] {
                text.substring(0, hiddenStart), text.substring(hiddenEnd, page),
                text.substring(page + PAGE_SLOT.length())});
        }
        return java.util.Collections.unmodifiableMap(templates);
    }

    /** Where {@link #script()} lives on the class path, for hosts that serve it as a file. */
    public static final String SCRIPT_RESOURCE = "/io/github/consultation/render/feedback.js";

    /**
     * The small, dependency-free enhancement script to serve beside the form (as
     * {@code <script src="..." defer>}): it sends a form that has a
     * {@link Builder#jsonEndpoint JSON endpoint} as JSON with {@code fetch}, disables the button
     * while sending, shows the thanks or the failure in its live region and moves focus there,
     * and falls back to the plain post when the server finds errors or the request cannot be
     * made. It also moves focus to an error summary and from its links to their fields.
     */
    public static String script() {
        return resource("feedback.js");
    }

    /**
     * A minimal stylesheet for the form in {@code theme}, to serve beside it (as
     * {@code <link rel="stylesheet" href="...">}): the classes its markup uses, the visually
     * hidden text, focus, errors and the thanks, every colour meeting WCAG 2.2 AA contrast. Empty
     * for the GOV.UK theme, whose stylesheet is GOV.UK Frontend's own, and for a host's theme.
     */
    public static java.util.Optional<String> stylesheet(Theme theme) {
        Objects.requireNonNull(theme, "theme");
        if (theme == Theme.ORIGIN) {
            return java.util.Optional.of(resource("origin.css"));
        }
        if (theme == Theme.PLAIN) {
            return java.util.Optional.of(resource("plain.css"));
        }
        return java.util.Optional.empty();
    }

    private static String resource(String name) {
        try (java.io.InputStream in = FormRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the render module");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A renderer of the built-in page-feedback form with the defaults: origin theme, English, posting to the page's own address. */
    public static FormRenderer create() {
        return builder().build();
    }

    /** Starts configuring a renderer. */
    public static Builder builder() {
        return new Builder();
    }

    /** The theme. */
    public Theme theme() {
        return theme;
    }

    /** The language of the form's texts (the form's first language if it does not speak the one asked for). */
    public Locale locale() {
        return texts.locale();
    }

    /** The form this renderer writes. */
    public FormDefinition definition() {
        return definition;
    }

    /** The form's texts in this renderer's language, the renderer's own overrides included. */
    public FormTexts texts() {
        return texts;
    }

    /** Renders the full form in {@code state}. */
    public String render(FormState state) {
        return render(FormVariant.FULL, state);
    }

    /** Renders the form {@code variant} in {@code state}. */
    public String render(FormVariant variant, FormState state) {
        StringBuilder out = new StringBuilder(6144);
        render(variant, state, out);
        return out.toString();
    }

    /**
     * Writes the full form in {@code state} to {@code out}.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public void render(FormState state, Appendable out) {
        render(FormVariant.FULL, state, out);
    }

    /**
     * Writes the form {@code variant} in {@code state} to {@code out}.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public void render(FormVariant variant, FormState state, Appendable out) {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(out, "out");
        for (String name : state.hiddenFields().keySet()) {
            if (definition.question(name).isPresent()) {
                throw new IllegalArgumentException("'" + name + "' is a question of the form, not a name for a host's hidden field");
            }
        }
        if (state.outcome() == FormState.Outcome.BLANK) {
            writeBlank(blankTemplates.get(variant), state, out);
        } else {
            writer.write(variant, state, new HtmlWriter(out, theme.trusted()));
        }
    }

    private static void writeBlank(String[] template, FormState state, Appendable out) {
        try {
            out.append(template[0]);
            HtmlWriter html = new HtmlWriter(out, true);
            state.writeHiddenFields(html);
            out.append(template[1]);
            HtmlEscaper.attribute(state.page(), out);
            out.append(template[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The error summary alone, for a host that shows it at the top of its main content, as
     * GOV.UK asks, rather than in the form block (build with
     * {@link Builder#errorSummaryInForm(boolean) errorSummaryInForm(false)}). Empty unless
     * {@code state} is a failed submit and this renderer leaves the summary out of the form, so
     * that a host template may always call it and never shows the summary twice.
     *
     * <pre>{@code
     * FormRenderer form = FormRenderer.builder().theme(Theme.GOVUK).errorSummaryInForm(false).build();
     * html.append("<main id=\"main\">").append(form.renderErrorSummary(FormVariant.FULL, state));
     * // ... the page, then form.render(FormVariant.FULL, state)
     * }</pre>
     */
    public String renderErrorSummary(FormVariant variant, FormState state) {
        StringBuilder out = new StringBuilder();
        renderErrorSummary(variant, state, out);
        return out.toString();
    }

    /**
     * Writes the error summary alone to {@code out}; see {@link #renderErrorSummary(FormVariant, FormState)}.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public void renderErrorSummary(FormVariant variant, FormState state, Appendable out) {
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(out, "out");
        if (!errorSummaryInForm) {
            writer.writeErrorSummary(variant, state, new HtmlWriter(out, theme.trusted()));
        }
    }

    /** Writes without the blank-form cache, so tests can compare the two. */
    String renderWithoutCache(FormVariant variant, FormState state) {
        StringBuilder out = new StringBuilder();
        writer.write(variant, state, new HtmlWriter(out, theme.trusted()));
        return out.toString();
    }

    /**
     * What to put before the page's {@code <title>}: {@code "Error: "} (in the renderer's
     * language) after a failed submit, else nothing.
     */
    public String titlePrefix(FormState state) {
        return state.outcome() == FormState.Outcome.FAILED ? errorTitlePrefix : "";
    }

    /**
     * Configures a {@link FormRenderer}; {@link #build()} checks the settings.
     *
     * <pre>{@code
     * FormRenderer form = FormRenderer.builder()
     *         .theme(Theme.ORIGIN)
     *         .action("/feedback")
     *         .idPrefix("second-")
     *         .locale(Locale.forLanguageTag("cy"))
     *         .hiddenField("consultation", "2026-children")
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private FormDefinition definition = FormDefinition.pageFeedback();
        private Theme theme = Theme.ORIGIN;
        private final Map<String, String> textOverrides = new LinkedHashMap<>();
        private boolean errorSummaryAutoFocus = true;
        private Locale locale = Locale.ENGLISH;
        private String action = "";
        private String method = "post";
        private String idPrefix = "";
        private String jsonEndpoint = "";
        private String tokenEndpoint = "";
        private final Map<String, String> hiddenFields = new LinkedHashMap<>();
        private boolean errorSummaryInForm = true;

        private Builder() {
        }

        /** The form to render. Default {@link FormDefinition#pageFeedback()}. */
        public Builder form(FormDefinition definition) {
            this.definition = Objects.requireNonNull(definition, "definition");
            return this;
        }

        /**
         * Texts of the host's own for this renderer's language, key by key, over the form's (the
         * keys are in docs/docs/form/definition.md). To change a text in every language and for the validator too,
         * change the form's definition instead.
         */
        public Builder texts(Map<String, String> overrides) {
            Objects.requireNonNull(overrides, "overrides").forEach((k, v) -> textOverrides.put(
                    Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "text")));
            return this;
        }

        /** Like {@link #texts(Map)}, from a resource bundle such as a host's {@code feedback_cy.properties}. */
        public Builder texts(java.util.ResourceBundle bundle) {
            Objects.requireNonNull(bundle, "bundle");
            for (String key : bundle.keySet()) {
                textOverrides.put(key, bundle.getString(key));
            }
            return this;
        }

        /**
         * Whether scripts move focus to the error summary when the page loads (true, the
         * default); false marks it {@code data-disable-auto-focus="true"}, as GOV.UK Frontend's
         * {@code disableAutoFocus} does.
         */
        public Builder errorSummaryAutoFocus(boolean autoFocus) {
            this.errorSummaryAutoFocus = autoFocus;
            return this;
        }

        /** The markup style. Default {@link Theme#ORIGIN}. */
        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme");
            return this;
        }

        /** The language of labels, hints and buttons; English where a text has no translation. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Where the form posts; empty (the default) posts to the page's own address. Either way the
         * action ends with a fragment naming the error summary, so that the page the server answers
         * a refused post with opens at the errors, not at its top.
         */
        public Builder action(String action) {
            this.action = Objects.requireNonNull(action, "action");
            return this;
        }

        /** The form method, {@code post} (the default) or {@code get}. */
        public Builder method(String method) {
            this.method = Objects.requireNonNull(method, "method").toLowerCase(Locale.ROOT);
            return this;
        }

        /**
         * Where {@link #script() the enhancement script} sends the form as JSON (the existing
         * site's format), such as {@code /api/feedback}; empty (the default) leaves the form a
         * plain HTML form even with the script.
         */
        public Builder jsonEndpoint(String jsonEndpoint) {
            this.jsonEndpoint = Objects.requireNonNull(jsonEndpoint, "jsonEndpoint");
            return this;
        }

        /**
         * Where {@link #script() the enhancement script} fetches the signed form token for the
         * page when it is shown ({@code data-token-endpoint}), for a page served by another site
         * than the JSON endpoint's, such as a static export posting to the Spring Boot starter's
         * {@code /api/feedback/token}; empty (the default) for none.
         */
        public Builder tokenEndpoint(String tokenEndpoint) {
            this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
            return this;
        }

        /** A prefix for every id, so that two forms can share a page. Default none. */
        public Builder idPrefix(String idPrefix) {
            this.idPrefix = Objects.requireNonNull(idPrefix, "idPrefix");
            return this;
        }

        /**
         * Whether the error summary of a failed submit is written at the top of the form block
         * (true, the default), or left for the host to place with
         * {@link FormRenderer#renderErrorSummary(FormVariant, FormState)}, such as at the top of
         * its {@code main}, where GOV.UK puts it.
         */
        public Builder errorSummaryInForm(boolean errorSummaryInForm) {
            this.errorSummaryInForm = errorSummaryInForm;
            return this;
        }

        /** A hidden field sent with every form, such as a consultation identifier. */
        public Builder hiddenField(String name, String value) {
            FormState.blank("").withHiddenField(name, value);
            hiddenFields.put(name, Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @throws IllegalStateException if the method is not {@code post} or {@code get}, the
         *     id prefix is not a letter followed by letters, digits, {@code _} or {@code -}, the
         *     action is not an http, https or relative address, or a text override names a text
         *     the form does not have
         */
        public FormRenderer build() {
            if (!method.equals("post") && !method.equals("get")) {
                throw new IllegalStateException("method must be post or get, not " + method);
            }
            if (!ID_PREFIX.matcher(idPrefix).matches()) {
                throw new IllegalStateException("Not an id prefix: '" + idPrefix + "'");
            }
            if (!action.isEmpty() && HtmlEscaper.url(action).equals("#") && !action.equals("#")) {
                throw new IllegalStateException("action must be an http, https or relative address");
            }
            if (!jsonEndpoint.isEmpty() && HtmlEscaper.url(jsonEndpoint).equals("#")) {
                throw new IllegalStateException("jsonEndpoint must be an http, https or relative address");
            }
            if (!tokenEndpoint.isEmpty() && HtmlEscaper.url(tokenEndpoint).equals("#")) {
                throw new IllegalStateException("tokenEndpoint must be an http, https or relative address");
            }
            try {
                return new FormRenderer(this);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
    }
}
