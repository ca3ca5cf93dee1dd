/**
 * How the pages module does its work: Markdown to HTML in each dialect, sanitising, heading ids,
 * footnotes, colours and the author's findings. Not API: the module does not export it.
 */
@NullMarked
package io.github.consultation.pages.internal;

import org.jspecify.annotations.NullMarked;
