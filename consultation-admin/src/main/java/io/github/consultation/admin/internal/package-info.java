/** The charts the admin views draw on the server as SVG, each followed by a table of the same numbers. */
@NullMarked
package io.github.consultation.admin.internal;

import org.jspecify.annotations.NullMarked;
