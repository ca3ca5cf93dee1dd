package io.github.consultation.pages;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.HtmlEscaper;

import io.github.consultation.pages.FeedbackPlacement;
import io.github.consultation.pages.Page;
import io.github.consultation.pages.internal.ColourPass;
import io.github.consultation.pages.internal.CssColour;
import io.github.consultation.pages.internal.SiteLinks;
import io.github.consultation.pages.internal.PageChecks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.consultation.pages.internal.MarkdownHtml;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Renders consultation pages from Markdown with Flexmark and puts the feedback form where each
 * page's feedback marker stands, replacing any legacy form block written there. Built once;
 * immutable and safe to share between threads.
 *
 * <pre>{@code
 * PageRenderer pages = PageRenderer.builder()
 *         .form(FormRenderer.create())
 *         .rawHtml(RawHtml.SANITISED)         // the default
 *         .linkBase("/consultation/")         // relative links and images resolve from here
 *         .build();
 * RenderedPage rendered = pages.render(Page.parse("governance", markdown));
 * String body = rendered.html(FormState.blank("/governance"));
 * rendered.headings();   // for a table of contents
 * }</pre>
 *
 * <p>What a page can hold: bare {@code key: value} metadata lines or {@code ---} front matter
 * (never shown), inline HTML such as coloured {@code span}s and {@code <sup>} marks (kept,
 * sanitised or escaped as {@link RawHtml} says), Markdown footnotes, block quotes ending
 * {@code -- <cite>…</cite>}, tables, images with {@code alt} and {@code title}; HTML comments,
 * such as the page markers, never reach the output.
 */
public final class PageRenderer {
    /** Stands where the form goes while the Markdown is rendered; plain text, so every policy keeps it. */
    private static final String SLOT = "CONSULTATIONFORMSLOT7f3a";
    /** The paragraph the slot becomes, with whatever classes the host gives paragraphs. */
    private static final java.util.regex.Pattern SLOT_PARAGRAPH =
            java.util.regex.Pattern.compile("<p(?: class=\"[^\"]*\")?>" + SLOT + "</p>\n?");

    private final FormRenderer form;
    /** Every form a page may carry, by name: the page form, the questionnaire, and any other. */
    private final Map<String, FormRenderer> forms;
    private final boolean formByDefault;
    private final MarkdownHtml markdown;
    private final ColourPolicy colours;
    private final CssColour background;
    private final String linkBase;

    private PageRenderer(Builder b) {
        this.form = b.form;
        Map<String, FormRenderer> all = new LinkedHashMap<>();
        all.put(FeedbackPlacement.PAGE_FORM, b.form);
        all.putAll(b.forms);
        this.forms = Collections.unmodifiableMap(all);
        this.formByDefault = b.formByDefault;
        Set<String> reserved = new HashSet<>();
        forms.values().forEach(f -> reserved.addAll(f.ids()));
        reserved.addAll(b.hostIds);
        this.markdown = new MarkdownHtml(b.rawHtml, reserved, b.dialect, b.classes, Set.copyOf(b.extensions));
        this.colours = b.rawHtml == RawHtml.ESCAPED ? ColourPolicy.KEEP : b.colours;
        this.background = b.background;
        this.linkBase = b.linkBase;
    }

    /** A renderer with the defaults: origin form, sanitised HTML, links from the site root. */
    public static PageRenderer create() {
        return builder().build();
    }

    /** Starts configuring a renderer. */
    public static Builder builder() {
        return new Builder();
    }

    /** The form renderer the pages' forms are written with. */
    public FormRenderer form() {
        return form;
    }

    /** Every form a page may carry, by name, the page form ({@code page}) first among them. */
    public Map<String, FormRenderer> forms() {
        return forms;
    }

    /** The address relative links and images resolve against: the site's base, ending with {@code /}. */
    public String linkBase() {
        return linkBase;
    }

    /** Renders {@code page} with this renderer's default for pages without a marker. */
    public RenderedPage render(Page page) {
        Objects.requireNonNull(page, "page");
        return render(page, FeedbackPlacement.of(page, formByDefault, markdown.comments(page.markdown())));
    }

    /**
     * Renders {@code page} with its form at {@code placement}; the result is immutable and may be
     * cached. A placement at a marker that Flexmark finds to be no HTML comment (text in a code
     * block, shown as an example) is found again among the page's real comments.
     */
    public RenderedPage render(Page page, FeedbackPlacement placement) {
        Objects.requireNonNull(page, "page");
        return render(page, placement, new MarkdownHtml.Where(SiteLinks.alone(linkBase), "", page.slug(), page.directory()));
    }

    /** Renders {@code page}, standing {@code where} in its site, with its form at {@code placement}. */
    RenderedPage render(Page page, FeedbackPlacement placement, MarkdownHtml.Where where) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(placement, "placement");
        if (placement.kind() == FeedbackPlacement.Kind.AT_MARKER) {
            java.util.function.IntPredicate comments = markdown.comments(page.markdown());
            if (!comments.test(placement.start())) {
                placement = FeedbackPlacement.of(page, formByDefault, comments, Optional.of(placement.form()));
            }
        }
        String source = page.markdown();
        String withSlot = placement.kind() == FeedbackPlacement.Kind.NONE ? source
                : source.substring(0, placement.start()) + "\n\n" + SLOT + "\n\n" + source.substring(placement.end());
        MarkdownHtml.Result result = markdown.render(withSlot, where, SLOT);
        ColourPass.Result coloured = ColourPass.check(result.html(), background, colours);
        String html = coloured.html();
        List<PageFinding> findings = PageChecks.check(page, result.document(), html, result.removed(), coloured.findings(),
                form.ids());
        List<PageChecks.PageLink> links = PageChecks.links(page, result.document(), where);
        java.util.regex.Matcher paragraph = SLOT_PARAGRAPH.matcher(html);
        int slot = paragraph.find() ? paragraph.start() : -1;
        FormRenderer carried = forms.getOrDefault(placement.form(), form);
        if (placement.variant().isEmpty() || slot < 0) {
            return new RenderedPage(page, html, "", null, carried, result, coloured.findings(), findings, links);
        }
        int after = paragraph.end();
        return new RenderedPage(page, html.substring(0, slot), html.substring(after), placement.variant().get(), carried,
                result, coloured.findings(), findings, links);
    }

    /**
     * Configures a {@link PageRenderer}.
     *
     * <pre>{@code
     * PageRenderer pages = PageRenderer.builder()
     *         .form(FormRenderer.builder().theme(Theme.GOVUK).build())
     *         .formWithoutMarker(false)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private @Nullable FormRenderer form;
        private final Map<String, FormRenderer> forms = new LinkedHashMap<>();
        private boolean formByDefault = true;
        private RawHtml rawHtml = RawHtml.SANITISED;
        private String linkBase = "/";
        private final Set<String> hostIds = new HashSet<>();
        private ColourPolicy colours = ColourPolicy.REPORT;
        private MarkdownDialect dialect = MarkdownDialect.COMMONMARK;
        private CssColour background = new CssColour(255, 255, 255, 1);
        private ElementClasses classes = ElementClasses.NONE;
        private List<String> extensions = List.of();

        private Builder() {
        }

        /**
         * The Python-Markdown extensions the pages are written for, as a MkDocs project's
         * {@code markdown_extensions} names them ({@link SiteFolder.Site#extensions()}): in the
         * MkDocs dialect, {@code abbr} (or {@code extra}) turns abbreviations' definitions into
         * {@code <abbr>}s, and {@code pymdownx.superfences} writes fenced code as it does. Default none.
         */
        public Builder extensions(List<String> extensions) {
            this.extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
            return this;
        }

        /**
         * The classes of the elements Markdown writes, for a host's design system, such as
         * {@link ElementClasses#GOVUK}. Default {@link ElementClasses#NONE}.
         */
        public Builder elementClasses(ElementClasses classes) {
            this.classes = Objects.requireNonNull(classes, "classes");
            return this;
        }

        /** The Markdown the pages are written in. Default {@link MarkdownDialect#COMMONMARK}. */
        public Builder dialect(MarkdownDialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
            return this;
        }

        /**
         * What to do with authors' colours that fall below WCAG 2.2 AA's contrast against the
         * {@link #background(String) background}. Default {@link ColourPolicy#REPORT}.
         */
        public Builder colours(ColourPolicy colours) {
            this.colours = Objects.requireNonNull(colours, "colours");
            return this;
        }

        /**
         * The colour the pages are shown on, as CSS writes it ({@code #ffffff}, {@code white},
         * {@code rgb(11 12 12)}): what authors' colours are checked against. Default white.
         *
         * @throws IllegalArgumentException if it is not a CSS colour
         */
        public Builder background(String background) {
            this.background = CssColour.parse(Objects.requireNonNull(background, "background"))
                    .orElseThrow(() -> new IllegalArgumentException("Not a CSS colour: '" + background + "'"));
            return this;
        }

        /** The renderer of the pages' forms. Default {@link FormRenderer#create()}. */
        public Builder form(FormRenderer form) {
            this.form = Objects.requireNonNull(form, "form");
            return this;
        }

        /**
         * The renderer of the site's questionnaire, for the pages that carry it: a
         * {@code <!-- feedback questionnaire -->} marker, or the existing site's questionnaire block
         * after a feedback marker. Default none: such a page carries the page form.
         */
        public Builder questionnaire(FormRenderer questionnaire) {
            return form(FeedbackPlacement.QUESTIONNAIRE, questionnaire);
        }

        /**
         * The renderer of the form called {@code name}, for the pages that carry it: those whose
         * front matter says {@code feedback: name}, or whose site's definition names it for them
         * ({@link Consultation.Builder#pageForms}). A page that names a form the renderer was not
         * given carries the page form. {@code page} is the page form's name ({@link #form(FormRenderer)}).
         */
        public Builder form(String name, FormRenderer renderer) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(renderer, "renderer");
            if (name.equals(FeedbackPlacement.PAGE_FORM)) {
                return form(renderer);
            }
            forms.put(name, renderer);
            return this;
        }

        /** Whether a page without a feedback marker gets the full form at its end. Default true. */
        public Builder formWithoutMarker(boolean formByDefault) {
            this.formByDefault = formByDefault;
            return this;
        }

        /** What happens to HTML written in the pages. Default {@link RawHtml#SANITISED}. */
        public Builder rawHtml(RawHtml rawHtml) {
            this.rawHtml = Objects.requireNonNull(rawHtml, "rawHtml");
            return this;
        }

        /**
         * Ids that the host's own template uses around the page (a skip link's {@code main},
         * say): no heading gets one of them, nor one of the form's, which are kept clear of
         * already; a heading that would gets the next free {@code -n} suffix.
         */
        public Builder reserveIds(String... ids) {
            for (String id : Objects.requireNonNull(ids, "ids")) {
                hostIds.add(Objects.requireNonNull(id, "id"));
            }
            return this;
        }

        /**
         * The address relative links and images resolve against, ending with {@code /}: the
         * site root ({@code /}, the default), a path, or a full address such as a CDN's.
         */
        public Builder linkBase(String linkBase) {
            this.linkBase = Objects.requireNonNull(linkBase, "linkBase");
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @throws IllegalStateException if the link base does not end with {@code /} or is not
         *     an http, https or relative address
         */
        public PageRenderer build() {
            if (!linkBase.endsWith("/") || HtmlEscaper.url(linkBase).equals("#")) {
                throw new IllegalStateException("linkBase must be an http, https or relative address ending with '/'");
            }
            if (form == null) {
                form = FormRenderer.create();
            }
            return new PageRenderer(this);
        }
    }
}
