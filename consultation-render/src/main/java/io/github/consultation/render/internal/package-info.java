/** The form's internals: ids. Not part of the API. */
@NullMarked
package io.github.consultation.render.internal;

import org.jspecify.annotations.NullMarked;
