/**
 * The feedback form as HTML: {@link io.github.consultation.render.FormRenderer} writes it in a
 * {@link io.github.consultation.render.Theme} for a {@link io.github.consultation.render.FormState},
 * escaping every value for its context with {@link io.github.consultation.render.HtmlEscaper}.
 *
 * <p>Nullness: no parameter accepts {@code null} and no method returns it.
 */
@NullMarked
package io.github.consultation.render;

import org.jspecify.annotations.NullMarked;
