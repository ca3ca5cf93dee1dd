/**
 * Spring Boot auto-configuration for the consultation library: add
 * {@code consultation-spring-boot-starter} and a pages folder, and the starter serves each page
 * with its form and takes its posts. A host that writes its own controller sets
 * {@code consultation.routes.enabled=false}, then shows a page with {@link
 * io.github.consultation.spring.ConsultationMvc#show} and answers its posts with {@link
 * io.github.consultation.spring.ConsultationMvc#submit} and {@link
 * io.github.consultation.spring.ConsultationMvc#json}.
 *
 * <p>Nullness: in this package no parameter accepts {@code null} and no method returns it, but
 * where a Spring interface says otherwise.
 */
@NullMarked
package io.github.consultation.spring;

import org.jspecify.annotations.NullMarked;
