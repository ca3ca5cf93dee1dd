/**
 * Renders the feedback form ({@link io.github.consultation.render.FormRenderer}) and
 * consultation pages ({@link io.github.consultation.render.PageRenderer}) as HTML, escaping
 * every value for its context ({@link io.github.consultation.render.HtmlEscaper}).
 *
 * <p>Nullness: no parameter accepts {@code null} and no method returns it.
 */
package io.github.consultation.render;
