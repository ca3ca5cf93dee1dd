/** The model's internals: loaders, checks and indexes. Not part of the API. */
@NullMarked
package io.github.consultation.model.internal;

import org.jspecify.annotations.NullMarked;
