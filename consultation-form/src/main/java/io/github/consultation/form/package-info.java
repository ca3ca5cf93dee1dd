/**
 * The feedback form as HTML: {@link io.github.consultation.form.FormRenderer} writes it in a
 * {@link io.github.consultation.form.Theme} for a {@link io.github.consultation.form.FormState},
 * escaping every value for its context with {@link io.github.consultation.form.HtmlEscaper}.
 *
 * <p>Nullness: no parameter accepts {@code null} and no method returns it.
 */
@NullMarked
package io.github.consultation.form;

import org.jspecify.annotations.NullMarked;
