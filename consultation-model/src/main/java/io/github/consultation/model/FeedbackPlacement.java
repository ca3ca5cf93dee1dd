package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.FormMarkers;
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
 */
public final class FeedbackPlacement {
    /** The three places. */
    public enum Kind {
        /** At the page's feedback marker. */
        AT_MARKER,
        /** At the end of a page without a marker. */
        AT_END,
        /** Nowhere. */
        NONE
    }

    private final Kind kind;
    private final FormVariant variant;
    private final int start;
    private final int end;
    private final boolean legacyForm;

    private FeedbackPlacement(Kind kind, FormVariant variant, int start, int end, boolean legacyForm) {
        this.kind = kind;
        this.variant = variant;
        this.start = start;
        this.end = end;
        this.legacyForm = legacyForm;
    }

    /** The placement of {@code page}'s form, when the site's default for pages without a marker is {@code formByDefault}. */
    public static FeedbackPlacement of(Page page, boolean formByDefault) {
        Checks.notNull(page, "page");
        String markdown = page.markdown();
        Optional<FormMarkers> markers = FormMarkers.find(markdown);
        if (markers.isPresent()) {
            FormMarkers m = markers.get();
            return new FeedbackPlacement(Kind.AT_MARKER, m.legacyVariant().orElse(FormVariant.FULL), m.start(), m.end(),
                    m.legacyVariant().isPresent());
        }
        return formByDefault
                ? new FeedbackPlacement(Kind.AT_END, FormVariant.FULL, markdown.length(), markdown.length(), false)
                : new FeedbackPlacement(Kind.NONE, null, markdown.length(), markdown.length(), false);
    }

    /** Where the form goes. */
    public Kind kind() {
        return kind;
    }

    /** The form the page carries; empty when it carries none. */
    public Optional<FormVariant> variant() {
        return Optional.ofNullable(variant);
    }

    /** Whether a legacy form block follows the marker (and is replaced). */
    public boolean replacesLegacyForm() {
        return legacyForm;
    }

    /** Where, in the page's Markdown, the text the form replaces starts: the marker, or the end. */
    public int start() {
        return start;
    }

    /** Where that text ends: after the legacy block, after the marker, or the end. */
    public int end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FeedbackPlacement)) {
            return false;
        }
        FeedbackPlacement that = (FeedbackPlacement) o;
        return kind == that.kind && variant == that.variant && start == that.start && end == that.end
                && legacyForm == that.legacyForm;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, variant, start, end, legacyForm);
    }

    @Override
    public String toString() {
        return "FeedbackPlacement[" + kind + (variant == null ? "" : ", " + variant) + "]";
    }
}
