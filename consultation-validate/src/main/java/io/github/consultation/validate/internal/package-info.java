/** The validator's internals: binders, normalisers, compiled checks and messages. Not part of the API. */
@NullMarked
package io.github.consultation.validate.internal;

import org.jspecify.annotations.NullMarked;
