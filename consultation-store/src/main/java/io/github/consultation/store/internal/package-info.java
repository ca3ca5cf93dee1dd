/** The store's internals: what differs between the databases it runs on. Not exported. */
@NullMarked
package io.github.consultation.store.internal;

import org.jspecify.annotations.NullMarked;
