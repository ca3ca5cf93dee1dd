/**
 * Jakarta Bean Validation for consultation feedback: {@link io.github.consultation.model.ValidFeedback}
 * is checked by {@link io.github.consultation.validate.bean.ValidFeedbackValidator}, which runs the
 * same compiled rules as {@link io.github.consultation.validate.FeedbackValidator};
 * {@link io.github.consultation.validate.bean.FeedbackRequest} is the existing site's submission
 * for a framework to bind; {@link io.github.consultation.validate.bean.FeedbackForms} registers a
 * host's own forms with a validator factory.
 *
 * <p>Nullness: no parameter accepts {@code null} and no method returns it, unless marked.
 */
@NullMarked
package io.github.consultation.validate.bean;

import org.jspecify.annotations.NullMarked;
