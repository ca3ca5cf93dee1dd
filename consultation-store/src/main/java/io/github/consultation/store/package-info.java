/**
 * Durable storage of feedback on the host's own {@link javax.sql.DataSource}:
 * {@link io.github.consultation.store.FeedbackStore}.
 *
 * <p>Nullness: in this package no parameter accepts {@code null} and no method returns it.
 */
@NullMarked
package io.github.consultation.store;

import org.jspecify.annotations.NullMarked;
