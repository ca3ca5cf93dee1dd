/** The host kit's internals: reading a body under its limit. Not exported. */
@NullMarked
package io.github.consultation.host.internal;

import org.jspecify.annotations.NullMarked;
