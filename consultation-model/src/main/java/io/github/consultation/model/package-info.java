/**
 * A form's schema and its answers: the
 * {@link io.github.consultation.model.Feedback} and {@link io.github.consultation.model.Answers}
 * a reader gives, and the
 * {@link io.github.consultation.model.FormDefinition} of a form, with its
 * {@link io.github.consultation.model.Question}s, {@link io.github.consultation.model.Option}s and
 * {@link io.github.consultation.model.FormTexts}.
 *
 * <p>Nullness: in this package no parameter accepts {@code null} and no method returns it;
 * an absent value is an empty string or an empty {@link java.util.Optional}. Every type is
 * immutable and safe to share between threads.
 */
@NullMarked
package io.github.consultation.model;

import org.jspecify.annotations.NullMarked;
