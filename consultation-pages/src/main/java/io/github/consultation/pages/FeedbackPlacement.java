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
 * @param questionnaire whether the page carries the site's questionnaire rather than its page form:
 *     its marker is {@code <!-- feedback questionnaire -->}, or the legacy block after a feedback
 *     marker is the existing site's questionnaire ({@code div.feedback-main#main-feedback})
 */
public record FeedbackPlacement(Kind kind, Optional<FormVariant> variant, int start, int end, boolean replacesLegacyForm,
        boolean questionnaire) {
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
        return of(page, FormMarkers.find(page.markdown()), formByDefault);
    }

    /**
     * Like {@link #of(Page, boolean)}, for a renderer that has parsed the page: a marker counts only
     * where {@code isComment} says an HTML comment of the page starts (at that offset of its
     * Markdown), so that one written in a code block, as an example, is left alone.
     */
    public static FeedbackPlacement of(Page page, boolean formByDefault, java.util.function.IntPredicate isComment) {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(isComment, "isComment");
        return of(page, FormMarkers.find(page.markdown(), isComment), formByDefault);
    }

    private static FeedbackPlacement of(Page page, Optional<FormMarkers> markers, boolean formByDefault) {
        String markdown = page.markdown();
        if (markers.isPresent()) {
            FormMarkers m = markers.get();
            return new FeedbackPlacement(Kind.AT_MARKER, Optional.of(m.legacyVariant().orElse(FormVariant.FULL)), m.start(),
                    m.end(), m.legacyVariant().isPresent(), m.questionnaire());
        }
        return formByDefault
                ? new FeedbackPlacement(Kind.AT_END, Optional.of(FormVariant.FULL), markdown.length(), markdown.length(), false, false)
                : new FeedbackPlacement(Kind.NONE, Optional.empty(), markdown.length(), markdown.length(), false, false);
    }

    @Override
    public String toString() {
        return "FeedbackPlacement[" + kind + variant.map(v -> ", " + v).orElse("") + "]";
    }
}
