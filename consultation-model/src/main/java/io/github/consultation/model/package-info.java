/**
 * Value types of a public consultation: {@link io.github.consultation.model.Page},
 * {@link io.github.consultation.model.Feedback}, and the
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
