/**
 * The host kit: {@link io.github.consultation.host.ConsultationHost} builds a site's renderers,
 * validators and flow per language, and answers each {@link io.github.consultation.host.Post} with
 * a {@link io.github.consultation.host.Reply}.
 */
@NullMarked
package io.github.consultation.host;

import org.jspecify.annotations.NullMarked;
