/**
 * Value types of a public consultation: {@link io.github.consultation.model.Page},
 * {@link io.github.consultation.model.Feedback} and the options a reader picks from,
 * {@link io.github.consultation.model.Role} and {@link io.github.consultation.model.Reflection}.
 *
 * <p>Nullness: in this package no parameter accepts {@code null} and no method returns it;
 * an absent value is an empty string or an empty {@link java.util.Optional}. Every type is
 * immutable and safe to share between threads.
 */
package io.github.consultation.model;
