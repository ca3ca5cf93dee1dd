package io.github.consultation.pages;

import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.internal.FormMarkers;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page's feedback form goes and which form it is.
 *
 * <ul>
 *   <li>{@link Kind#AT_MARKER}: where the page's feedback marker comment stands
 *       ({@code <!--- feedback form only below here -->} or {@code <!-- feedback form -->}),
 *       replacing the legacy form block written after it, whose kind gives the variant: the
 *       compact form {@link FormVariant#FULL}, the older summary-and-details form
 *       {@link FormVariant#MINIMAL}, the disabled demonstration {@link FormVariant#DEMO}.
 *   <li>{@link Kind#AT_END}: the page has no marker and the site puts the full form on every
 *       page.
 *   <li>{@link Kind#NONE}: no marker, and the site does not.
 * </ul>
 *
 * <pre>{@code
 * FeedbackPlacement placement = FeedbackPlacement.of(page, true);
 * placement.variant();    // Optional[MINIMAL] for a page with the older form
 * }</pre>
 *
 * @param kind where the form goes
 * @param variant the form the page carries; empty when it carries none
 * @param start where, in the page's Markdown, the text the form replaces starts: the marker, or the end
 * @param end where that text ends: after the legacy block, after the marker, or the end
 * @param replacesLegacyForm whether a legacy form block follows the marker (and is replaced)
 * @param form the name of the form the page carries: {@link #PAGE_FORM} unless it says otherwise.
 *     {@link #QUESTIONNAIRE} when its marker is {@code <!-- feedback questionnaire -->}, or the
 *     legacy block after a feedback marker is the existing site's questionnaire
 *     ({@code div.feedback-main#main-feedback}); else the form its front matter names
 *     ({@code feedback: questionnaire}), else the one its site's definition names for it
 */
public record FeedbackPlacement(Kind kind, Optional<FormVariant> variant, int start, int end, boolean replacesLegacyForm,
        String form) {
    /** The form pages carry unless they say otherwise. */
    public static final String PAGE_FORM = "page";
    /** The site's questionnaire. */
    public static final String QUESTIONNAIRE = "questionnaire";
    /** What a page's front matter ({@code feedback: none}) or its site's definition says for no form. */
    public static final String NONE = "none";
    /** The front matter key that names the form a page carries. */
    public static final String FRONT_MATTER_KEY = "feedback";

    /** The three places. */
    public enum Kind {
        /** At the page's feedback marker. */
        AT_MARKER,
        /** At the end of a page without a marker. */
        AT_END,
        /** Nowhere. */
        NONE
    }

    /** Checks that nothing is null and the span lies within the page. */
    public FeedbackPlacement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(form, "form");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span of the page: " + start + " to " + end);
        }
        if (variant.isEmpty() != (kind == Kind.NONE)) {
            throw new IllegalArgumentException("A placement has a form unless it is NONE");
        }
    }

    /** The placement of {@code page}'s form, when the site's default for pages without a marker is {@code formByDefault}. */
    public static FeedbackPlacement of(Page page, boolean formByDefault) {
        Objects.requireNonNull(page, "page");
        return of(page, FormMarkers.find(page.markdown()), formByDefault, Optional.empty());
    }

    /** Like {@link #of(Page, boolean)}, where the site's definition says {@code siteRule} of the page. */
    static FeedbackPlacement of(Page page, boolean formByDefault, Optional<String> siteRule) {
        return of(page, FormMarkers.find(page.markdown()), formByDefault, siteRule);
    }

    /**
     * Like {@link #of(Page, boolean)}, for a renderer that has parsed the page: a marker counts only
     * where {@code isComment} says an HTML comment of the page starts (at that offset of its
     * Markdown), so that one written in a code block, as an example, is left alone.
     */
    public static FeedbackPlacement of(Page page, boolean formByDefault, java.util.function.IntPredicate isComment) {
        return of(page, formByDefault, isComment, Optional.empty());
    }

    /**
     * Like {@link #of(Page, boolean, java.util.function.IntPredicate)}, where the site's definition
     * says {@code siteRule} of the page (a form's name or {@link #NONE}; empty when it says
     * nothing). What the page says itself wins: a questionnaire marker or block, then its front
     * matter's {@code feedback:}; then the site's rule; then the page form, at the page's marker or,
     * when {@code formByDefault}, at its end. A page that names a form (in its front matter or by
     * the site's rule) carries it at its marker, or at its end.
     */
    public static FeedbackPlacement of(Page page, boolean formByDefault, java.util.function.IntPredicate isComment,
            Optional<String> siteRule) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(isComment, "isComment");
        Objects.requireNonNull(siteRule, "siteRule");
        return of(page, FormMarkers.find(page.markdown(), isComment), formByDefault, siteRule);
    }

    /** The form {@code page}'s front matter names ({@code feedback: questionnaire}, or {@code none}), if it names one. */
    public static Optional<String> frontMatterForm(Page page) {
        String named = Objects.requireNonNull(page, "page").metadata().get(FRONT_MATTER_KEY);
        return named == null || named.isBlank() ? Optional.empty() : Optional.of(named.strip());
    }

    private static FeedbackPlacement of(Page page, Optional<FormMarkers> markers, boolean formByDefault,
            Optional<String> siteRule) {
        String markdown = page.markdown();
        Optional<String> named = frontMatterForm(page).or(() -> siteRule);
        if (markers.isPresent() && markers.get().questionnaire()) {
            named = Optional.of(QUESTIONNAIRE);
        }
        if (named.isPresent() && named.get().equals(NONE)) {
            return new FeedbackPlacement(Kind.NONE, Optional.empty(), markdown.length(), markdown.length(), false, PAGE_FORM);
        }
        String form = named.orElse(PAGE_FORM);
        if (markers.isPresent()) {
            FormMarkers m = markers.get();
            return new FeedbackPlacement(Kind.AT_MARKER, Optional.of(m.legacyVariant().orElse(FormVariant.FULL)), m.start(),
                    m.end(), m.legacyVariant().isPresent(), form);
        }
        return formByDefault || named.isPresent()
                ? new FeedbackPlacement(Kind.AT_END, Optional.of(FormVariant.FULL), markdown.length(), markdown.length(), false, form)
                : new FeedbackPlacement(Kind.NONE, Optional.empty(), markdown.length(), markdown.length(), false, PAGE_FORM);
    }

    /** Whether the page carries the site's questionnaire. */
    public boolean questionnaire() {
        return form.equals(QUESTIONNAIRE);
    }

    @Override
    public String toString() {
        return "FeedbackPlacement[" + kind + variant.map(v -> ", " + v).orElse("") + (form.equals(PAGE_FORM) ? "" : ", " + form)
                + "]";
    }
}
