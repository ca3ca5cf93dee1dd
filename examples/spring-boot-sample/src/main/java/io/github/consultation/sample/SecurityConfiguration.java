package io.github.consultation.sample;

import io.github.consultation.spring.ConsultationSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The starter's rules in one line (readers reach the consultation's pages, posts and files; the
 * team's views at /admin/feedback need the admin authority), then the sample's own open pages:
 * its home, the general feedback form and the check. The consultation team signs in (user
 * {@code admin}, its password from {@code spring.security.user.password}). CSRF protection stays
 * on, as Spring Security sets it; only the check, which keeps nothing, is exempt.
 */
@Configuration
class SecurityConfiguration {
    @Bean
    SecurityFilterChain security(HttpSecurity http, ConsultationSecurity consultation) throws Exception {
        return http.authorizeHttpRequests(consultation.readers())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/feedback", "/api/feedback/check", "/css/**").permitAll()
                        .anyRequest().authenticated())
                // The check keeps nothing and changes nothing: other services call it without a session.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/feedback/check"))
                .formLogin(Customizer.withDefaults())
                .build();
    }
}
