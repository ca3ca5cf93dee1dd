/**
 * Form definitions read from files: {@link io.github.consultation.definition.FormDefinitionFile}
 * turns a team's {@code feedback-form.yml} into a
 * {@link io.github.consultation.model.FormDefinition}, or throws a
 * {@link io.github.consultation.definition.SiteFileException} listing every problem with its line
 * and column.
 *
 * <p>Nullness: in this package no parameter accepts {@code null} and no method returns it unless
 * it says {@code @Nullable}.
 */
@NullMarked
package io.github.consultation.definition;

import org.jspecify.annotations.NullMarked;
