package io.github.consultation.spring;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A host whose rules say nothing of the admin views, and open everything: the views still ask
 * anyone not signed in to sign in (401), refuse a user without the authority (403), and show the
 * team what came in.
 */
@SpringBootTest(classes = ConsultationAdminOpenHostTest.Host.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:open-host;DB_CLOSE_DELAY=-1", "consultation.routes.enabled=true",
    "consultation.admin.enabled=true",
    "consultation.pages.location=classpath:consultation-test/", "consultation.pages.base-path=/pages/"})
class ConsultationAdminOpenHostTest {
    @Configuration(proxyBeanMethods = false)
    @Import(ConsultationRoutesTest.App.class)
    static class Host {
        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .httpBasic(Customizer.withDefaults()).build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return ConsultationSecurityTest.users();
        }
    }

    @Autowired
    WebApplicationContext context;

    @Test
    void theAdminViewsAreNeverOpen() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        for (String path : new String[] {"/admin/feedback", "/admin/feedback.csv", "/admin/feedback/submissions"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(ConsultationSecurityTest.as(get(path), "reader")).andExpect(status().isForbidden());
            mvc.perform(ConsultationSecurityTest.as(get(path), "team")).andExpect(status().isOk());
            mvc.perform(ConsultationSecurityTest.as(get(path), "member")).andExpect(status().isOk());
        }
        mvc.perform(get("/pages/proposal")).andExpect(status().isOk());
    }
}
