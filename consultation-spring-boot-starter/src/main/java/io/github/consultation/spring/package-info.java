/**
 * Spring Boot auto-configuration for the consultation library: add
 * {@code consultation-spring-boot-starter}, then show a page with {@link
 * io.github.consultation.spring.ConsultationMvc#show} and answer its posts with {@link
 * io.github.consultation.spring.ConsultationMvc#submit} and {@link
 * io.github.consultation.spring.ConsultationMvc#json}, or set {@code consultation.routes.enabled=true}.
 *
 * <p>Nullness: in this package no parameter accepts {@code null} and no method returns it, but
 * where a Spring interface says otherwise.
 */
@NullMarked
package io.github.consultation.spring;

import org.jspecify.annotations.NullMarked;
