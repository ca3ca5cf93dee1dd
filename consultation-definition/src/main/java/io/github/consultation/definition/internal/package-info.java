/** Not API: the located YAML and JSON reader and the UTF-8 text file reader. */
@NullMarked
package io.github.consultation.definition.internal;

import org.jspecify.annotations.NullMarked;
