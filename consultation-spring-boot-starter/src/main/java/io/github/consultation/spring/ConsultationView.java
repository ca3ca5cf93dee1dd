package io.github.consultation.spring;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.Heading;
import io.github.consultation.pages.RenderedPage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a view shows of the consultation for one request: a page with its form, or the form alone,
 * in the request's language, with its CSRF token. Added to the model as {@code consultation} by
 * {@link ConsultationMvc}. Each HTML part is written by the library, every value in it escaped for
 * its context: put it in the template unescaped ({@code th:utext}, jte's {@link ConsultationContent}).
 *
 * <pre>{@code
 * <div th:utext="${consultation.errorSummary}"></div>
 * <article th:utext="${consultation.page}"></article>
 * <script th:src="${consultation.script}" defer></script>
 * }</pre>
 *
 * <p>and in the head, for the origin and plain themes,
 * {@code <link rel="stylesheet" th:href="${consultation.stylesheet}">}.
 */
public final class ConsultationView {
    private final FormRenderer form;
    private final FormState state;
    private final FormVariant variant;
    private final Optional<RenderedPage> page;
    private final String script;
    private final String stylesheet;
    private final List<Link> navigation;
    private final Optional<Index> index;
    private final String notice;
    private final String contextPath;

    /**
     * A link of the site's navigation or of an index.
     *
     * @param title the page's title (or the section's, for a section's heading in the navigation)
     * @param href the page's address, or empty for a section's heading
     * @param level how deep in the navigation, 0 at its top
     * @param current whether it is the page shown (for {@code aria-current="page"})
     */
    public record Link(String title, String href, int level, boolean current) {
        /** Checks that nothing is null. */
        public Link {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(href, "href");
        }
    }

    /** An index of the site's pages (its home without a page of its own, or a folder's): a title and its pages. */
    record Index(String title, List<Link> links) {
        Index {
            links = List.copyOf(links);
        }
    }

    ConsultationView(FormRenderer form, FormState state, FormVariant variant, Optional<RenderedPage> page, String script,
            String stylesheet, List<Link> navigation, Optional<Index> index, String notice, String contextPath) {
        this.notice = notice;
        this.contextPath = contextPath;
        this.form = form;
        this.state = state;
        this.variant = variant;
        this.page = page;
        this.script = script;
        this.stylesheet = stylesheet;
        this.navigation = List.copyOf(navigation);
        this.index = index;
    }

    /** The page's title, or the index's; empty for the form alone. */
    public String getTitle() {
        return page.map(RenderedPage::title).or(() -> index.map(Index::title)).orElse("");
    }

    /** The site's navigation, in order, the page shown marked current; empty for the form alone. */
    public List<Link> getNavigation() {
        return navigation;
    }

    /** Whether this is an index of pages (a home or a folder without a page of its own) rather than a page. */
    public boolean isIndex() {
        return index.isPresent();
    }

    /** The pages an index lists; empty for a page. */
    public List<Link> getContents() {
        return index.map(Index::links).orElse(List.of());
    }

    /**
     * One of the library's texts in the form's language (the layout's: {@code layout.skip-link},
     * {@code layout.pages}, {@code layout.home.intro}), for a template's words around the page.
     */
    public String text(String key) {
        return form.texts().get(key);
    }

    /** What goes before the title: {@code "Error: "} in the form's language after a refused post, else nothing. */
    public String getTitlePrefix() {
        return form.titlePrefix(state);
    }

    /** The page's headings below its title, for a table of contents. */
    public List<Heading> getHeadings() {
        return page.map(RenderedPage::headings).orElse(List.of());
    }

    /** The page with its form where its marker is (HTML); for the form alone, the form; for an index, nothing. */
    public String getPage() {
        if (index.isPresent()) {
            return "";
        }
        if (page.isEmpty()) {
            return getForm();
        }
        if (!notice.isEmpty()) {
            return page.get().htmlWithout(notice);
        }
        StringBuilder html = new StringBuilder(16384);
        page.get().writeTo(html, state);
        return html.toString();
    }

    /**
     * The form alone (HTML), in its state; a notice in its place on a page that asks for a form the
     * site does not have (the questionnaire, not enabled).
     */
    public String getForm() {
        if (!notice.isEmpty()) {
            return notice;
        }
        return form.render(variant, state);
    }

    /**
     * The error summary (HTML), for a theme that leaves it to the template (GOV.UK's, at the top of
     * the main content); empty otherwise, so a template may always place it.
     */
    public String getErrorSummary() {
        return form.renderErrorSummary(variant, state);
    }

    /** The address of the enhancement script. */
    public String getScript() {
        return script;
    }

    /**
     * The address of the theme's minimal stylesheet, or empty for a theme that brings its own
     * (GOV.UK's: serve GOV.UK Frontend's).
     */
    public String getStylesheet() {
        return stylesheet;
    }

    /**
     * {@code path}, an address within the application (the script's, the stylesheet's, a link's), as
     * the browser asks for it: under the application's context path, as Thymeleaf's {@code @{...}}
     * writes it; for a template that does not add the context path itself (jte's). An address that
     * is not a path from the application's root is given as it is.
     *
     * <pre>{@code <script src="${consultation.href(consultation.getScript())}" defer></script>}</pre>
     */
    public String href(String path) {
        return path.startsWith("/") && !path.startsWith("//") ? contextPath + path : path;
    }

    /** This view for a request under {@code contextPath} (empty for the root), as {@link #href} gives addresses. */
    ConsultationView withContextPath(String contextPath) {
        return contextPath.equals(this.contextPath) ? this : new ConsultationView(form, state, variant, page, script,
                stylesheet, navigation, index, notice, Objects.requireNonNull(contextPath));
    }

    /** The language of the form, for the page's {@code lang}. */
    public String getLanguage() {
        return form.locale().getLanguage();
    }

    /**
     * The direction of the form's language, for the page's {@code dir}: {@code rtl} for a language
     * written right to left (Arabic, Hebrew, Persian, Urdu and the like), else {@code ltr}.
     *
     * <pre>{@code <html th:lang="${consultation.language}" th:dir="${consultation.direction}">}</pre>
     */
    public String getDirection() {
        return direction(form.locale());
    }

    /** The direction {@code locale}'s language is written in. */
    static String direction(Locale locale) {
        return RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
    }

    /** The languages written right to left, by their ISO 639 codes. */
    private static final java.util.Set<String> RIGHT_TO_LEFT = java.util.Set.of("ar", "arc", "ckb", "dv", "fa", "ha",
            "he", "iw", "khw", "ks", "ps", "sd", "ug", "ur", "yi", "ji");

    /** The form's state: blank, refused with errors, or thanked. */
    public FormState getState() {
        return state;
    }

    @Override
    public String toString() {
        return "ConsultationView[" + page.map(p -> p.page().slug()).or(() -> index.map(i -> "index " + i.title()))
                .orElse("form") + ", " + state.outcome() + "]";
    }

    static ConsultationView of(FormRenderer form, FormState state, FormVariant variant, Optional<RenderedPage> page,
            String script, String stylesheet) {
        return of(form, state, variant, page, script, stylesheet, List.of(), Optional.empty(), "");
    }

    /** {@code notice}, HTML already escaped, stands in the form's place when not empty. */
    static ConsultationView of(FormRenderer form, FormState state, FormVariant variant, Optional<RenderedPage> page,
            String script, String stylesheet, List<Link> navigation, Optional<Index> index, String notice) {
        return new ConsultationView(Objects.requireNonNull(form), Objects.requireNonNull(state),
                Objects.requireNonNull(variant), page, script, stylesheet, navigation, index,
                Objects.requireNonNull(notice), "");
    }
}
