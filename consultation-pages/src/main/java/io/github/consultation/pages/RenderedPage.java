package io.github.consultation.pages;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;

import io.github.consultation.model.FormVariant;
import io.github.consultation.pages.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.github.consultation.pages.internal.MarkdownHtml;
import io.github.consultation.pages.internal.PageChecks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A page rendered to HTML once, with a slot where its feedback form goes. Immutable and safe to
 * share between threads: cache it, and write it for each request with that request's form state.
 *
 * <pre>{@code
 * RenderedPage rendered = pageRenderer.render(page);
 * rendered.writeTo(out, FormState.blank("/" + page.slug()));
 * }</pre>
 */
public final class RenderedPage {
    private final Page page;
    private final String before;
    private final String after;
    private final @Nullable FormVariant formVariant;
    private final FormRenderer form;
    private final List<Heading> headings;
    private final List<Footnote> footnotes;
    private final List<Quote> quotes;
    private final List<ColourFinding> colourFindings;
    private final List<PageFinding> findings;
    private final List<PageChecks.PageLink> links;

    RenderedPage(Page page, String before, String after, @Nullable FormVariant formVariant, FormRenderer form,
            MarkdownHtml.Result parts, List<ColourFinding> colourFindings, List<PageFinding> findings,
            List<PageChecks.PageLink> links) {
        this.page = page;
        this.before = before;
        this.after = after;
        this.formVariant = formVariant;
        this.form = form;
        this.headings = parts.headings();
        this.footnotes = parts.footnotes();
        this.quotes = parts.quotes();
        this.colourFindings = List.copyOf(colourFindings);
        this.findings = List.copyOf(findings);
        this.links = List.copyOf(links);
    }

    /** The page this was rendered from. */
    public Page page() {
        return page;
    }

    /** The page title as plain text (escape it before use in HTML). */
    public String title() {
        return page.title();
    }

    /** The page's headings in order, with their ids, for a table of contents. */
    public List<Heading> headings() {
        return headings;
    }

    /** The page's footnotes: Markdown ones, then hand-written ones after the footnotes marker. */
    public List<Footnote> footnotes() {
        return footnotes;
    }

    /** The page's block quotes, with their attributions. */
    public List<Quote> quotes() {
        return quotes;
    }

    /**
     * The colours authors gave words on this page that fall below WCAG 2.2 AA's contrast, in page
     * order; under {@link ColourPolicy#ADJUST} each says what it became. Empty under
     * {@link ColourPolicy#KEEP}.
     */
    public List<ColourFinding> colourFindings() {
        return colourFindings;
    }

    /**
     * What the author of this page can mend, in line order: skipped heading levels, images
     * without alternative text, ids used twice, colours below contrast, what the sanitiser
     * removed. Links to missing pages need the whole site: see {@link RenderedSite#findings(String)}.
     */
    public List<PageFinding> findings() {
        return findings;
    }

    /** The page's links to other pages of its site, with their lines. */
    List<PageChecks.PageLink> links() {
        return links;
    }

    /** The form the page carries (when {@link #formVariant()} says it has one): the page form, or the site's questionnaire. */
    public FormRenderer form() {
        return form;
    }

    /** The variant of the page's form, if it has one. */
    public Optional<FormVariant> formVariant() {
        return Optional.ofNullable(formVariant);
    }

    /** The body HTML with the form in {@code state}. */
    public String html(FormState state) {
        StringBuilder out = new StringBuilder(before.length() + after.length() + 6144);
        writeTo(out, state);
        return out.toString();
    }

    /**
     * The body HTML with {@code inPlaceOfForm}, HTML the caller has escaped, where the form would be
     * (a notice, for a page whose form the host cannot show); for a page without a form, the body.
     */
    public String htmlWithout(String inPlaceOfForm) {
        Objects.requireNonNull(inPlaceOfForm, "inPlaceOfForm");
        return before + (formVariant == null ? "" : inPlaceOfForm) + after;
    }

    /**
     * Writes the body HTML with the form in {@code state} to {@code out}.
     *
     * @throws UncheckedIOException if {@code out} fails
     */
    public void writeTo(Appendable out, FormState state) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(state, "state");
        try {
            out.append(before);
            if (formVariant != null) {
                form.render(formVariant, state, out);
            }
            out.append(after);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
