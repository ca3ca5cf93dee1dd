/**
 * Consultation pages as HTML: {@link io.github.consultation.pages.PageRenderer} turns a
 * {@link io.github.consultation.model.Page} into a {@link io.github.consultation.pages.RenderedPage}
 * with the feedback form ({@link io.github.consultation.render.FormRenderer}) at its marker, and
 * {@link io.github.consultation.pages.RenderedSite} keeps a whole consultation rendered.
 *
 * <p>Nullness: no parameter accepts {@code null} and no method returns it.
 */
@NullMarked
package io.github.consultation.pages;

import org.jspecify.annotations.NullMarked;
