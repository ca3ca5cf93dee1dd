/**
 * The team's views: {@link io.github.consultation.admin.AdminViews} writes each admin page's title
 * and body from the store, for the demo server and the Spring Boot starter alike.
 */
@NullMarked
package io.github.consultation.admin;

import org.jspecify.annotations.NullMarked;
