package io.github.consultation.sample;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Readers see the pages and send feedback without signing in; the consultation team signs in for
 * the admin view (user {@code admin}, its password from {@code spring.security.user.password}).
 * CSRF protection stays on, as Spring Security sets it: the starter puts the token in the form,
 * and the enhancement script sends it as a header; only the check, which keeps nothing, is exempt.
 */
@Configuration
class SecurityConfiguration {
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/pages/**", "/feedback", "/api/feedback", "/api/feedback/check",
                                "/consultation/**", "/css/**", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                // The check keeps nothing and changes nothing: other services call it without a session.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/feedback/check"))
                .formLogin(Customizer.withDefaults())
                .build();
    }
}
