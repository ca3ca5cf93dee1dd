package io.github.consultation.host;

import io.github.consultation.model.FormVariant;
import java.util.Objects;

/**
 * A page the host serves and the form it carries: the values a host's own catalogue of pages (such
 * as {@code consultation-pages}' {@code RenderedSite}: each page's address, {@code form().definition().tab()}
 * and {@code formVariant()}) gives the kit, so that the kit knows which pages take feedback, and with
 * what form, without depending on where the pages come from.
 *
 * <pre>{@code
 * List<PageForm> pages = new ArrayList<>();
 * for (RenderedPage page : site.pages()) {
 *     page.formVariant().ifPresent(variant -> pages.add(
 *             new PageForm("/" + page.page().slug(), page.form().definition().tab(), variant)));
 * }
 * ConsultationHost host = kit.withPages(pages);
 * }</pre>
 *
 * @param address the page's address, as its form posts it ({@code /governance}); a trailing slash or
 *     {@code .html} names the same page
 * @param tab the tab of the form the page carries
 * @param variant which of the form's variants it carries
 */
public record PageForm(String address, String tab, FormVariant variant) {
    /** Checks that nothing is null or blank. */
    public PageForm {
        if (Objects.requireNonNull(address, "address").isBlank()) {
            throw new IllegalArgumentException("A page's address must not be blank");
        }
        Objects.requireNonNull(tab, "tab");
        Objects.requireNonNull(variant, "variant");
    }
}
