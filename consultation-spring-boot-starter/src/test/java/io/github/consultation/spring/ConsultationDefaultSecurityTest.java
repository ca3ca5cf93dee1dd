package io.github.consultation.spring;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A host with no security configuration of its own gets the starter's chain, and with it every
 * guarantee {@link ConsultationSecurityTest} holds a host's one-line rules to: readers see the pages
 * and post without signing in, CSRF on; the admin views answer the team alone; the rest of the
 * application stays behind Spring Boot's sign-in.
 */
@SpringBootTest(classes = ConsultationDefaultSecurityTest.Host.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:default-security;DB_CLOSE_DELAY=-1", "consultation.routes.enabled=true",
    "consultation.admin.enabled=true",
    "consultation.pages.location=classpath:consultation-test/", "consultation.pages.base-path=/pages/"})
class ConsultationDefaultSecurityTest extends ConsultationSecurityTest {
    /** The host: the starter's routes and a page view, its users, and no security chain. */
    @Configuration(proxyBeanMethods = false)
    @Import(ConsultationRoutesTest.App.class)
    static class Host {
        @Bean
        InMemoryUserDetailsManager users() {
            return ConsultationSecurityTest.users();
        }
    }

    @Override
    String expectedChain() {
        return "consultationSecurityFilterChain";
    }
}
