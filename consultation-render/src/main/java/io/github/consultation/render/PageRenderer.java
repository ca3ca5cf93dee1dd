package io.github.consultation.render;

import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Page;
import io.github.consultation.render.internal.FormPlacement;
import io.github.consultation.render.internal.MarkdownHtml;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders consultation pages from Markdown with Flexmark and puts the feedback form where each
 * page's feedback marker stands, replacing any legacy form block written there. Built once;
 * immutable and safe to share between threads.
 *
 * <pre>{@code
 * PageRenderer pages = PageRenderer.builder().form(FormRenderer.create()).build();
 * RenderedPage rendered = pages.render(Page.parse("governance", markdown));
 * String body = rendered.html(FormState.blank("/governance"));
 * }</pre>
 */
public final class PageRenderer {
    private static final String SLOT = "<div data-consultation-form-slot=\"a5c1\"></div>";

    private final FormRenderer form;
    private final boolean formWithoutMarker;
    private final MarkdownHtml markdown;

    private PageRenderer(Builder b) {
        this.form = b.form;
        this.formWithoutMarker = b.formWithoutMarker;
        this.markdown = new MarkdownHtml();
    }

    /** A renderer with the default form renderer, adding the form to pages without a marker. */
    public static PageRenderer create() {
        return builder().build();
    }

    /** Starts configuring a renderer. */
    public static Builder builder() {
        return new Builder();
    }

    /** Renders {@code page}; the result is immutable and may be cached. */
    public RenderedPage render(Page page) {
        Objects.requireNonNull(page, "page");
        String source = page.markdown();
        Optional<FormPlacement> placement = FormPlacement.find(source);
        FormVariant variant;
        String withSlot;
        if (placement.isPresent()) {
            FormPlacement p = placement.get();
            variant = p.legacyVariant().orElse(FormVariant.FULL);
            withSlot = source.substring(0, p.start()) + "\n\n" + SLOT + "\n\n" + source.substring(p.end());
        } else if (formWithoutMarker) {
            variant = FormVariant.FULL;
            withSlot = source + "\n\n" + SLOT + "\n";
        } else {
            variant = null;
            withSlot = source;
        }
        String html = markdown.toHtml(withSlot);
        int slot = html.indexOf(SLOT);
        if (variant == null || slot < 0) {
            return new RenderedPage(page, html, "", null, form);
        }
        int after = slot + SLOT.length();
        if (after < html.length() && html.charAt(after) == '\n') {
            after++;
        }
        return new RenderedPage(page, html.substring(0, slot), html.substring(after), variant, form);
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
        private FormRenderer form;
        private boolean formWithoutMarker = true;

        private Builder() {
        }

        /** The renderer of the pages' forms. Default {@link FormRenderer#create()}. */
        public Builder form(FormRenderer form) {
            this.form = Objects.requireNonNull(form, "form");
            return this;
        }

        /** Whether a page without a feedback marker gets the full form at its end. Default true. */
        public Builder formWithoutMarker(boolean formWithoutMarker) {
            this.formWithoutMarker = formWithoutMarker;
            return this;
        }

        /** Builds the renderer. */
        public PageRenderer build() {
            if (form == null) {
                form = FormRenderer.create();
            }
            return new PageRenderer(this);
        }
    }
}
