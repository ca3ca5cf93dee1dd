/**
 * Decides whether a submission is real, well-formed and safe to keep:
 * {@link io.github.consultation.validate.FeedbackValidator} gives a
 * {@link io.github.consultation.validate.Verdict} for a feedback object, for form fields, or for
 * the JSON object the existing site's script sends.
 *
 * <p>Nullness: no parameter accepts {@code null} and no method returns it.
 */
@NullMarked
package io.github.consultation.validate;

import org.jspecify.annotations.NullMarked;
