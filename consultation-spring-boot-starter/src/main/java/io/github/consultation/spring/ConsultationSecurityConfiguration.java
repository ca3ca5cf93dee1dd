package io.github.consultation.spring;

import io.github.consultation.admin.AdminViews;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The consultation with Spring Security: {@link ConsultationSecurity}, the rules a host puts in its
 * own security configuration in one line (or, for a host with none, a chain of the starter's that
 * opens the readers' addresses and keeps Spring Boot's sign-in for the rest), and, with {@code consultation.admin.enabled=true}, the
 * team's views ({@link ConsultationAdmin}) behind the admin authority. Without Spring Security on
 * the class path the admin views are not served at all, and the application stops saying so.
 */
@AutoConfiguration(after = {ConsultationWebConfiguration.class, ConsultationStoreConfiguration.class}, beforeName = {
    // Spring Boot's own chain, for an application with none, comes from these (Boot 3, then Boot 4):
    // the starter's must be there first for theirs to step back.
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RequestMappingHandlerMapping.class)
public class ConsultationSecurityConfiguration {
    /** The rules for the host's security configuration. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HttpSecurity.class)
    static class Rules {
        @Bean
        @ConditionalOnMissingBean
        ConsultationSecurity consultationSecurity(ConsultationLanguages languages, ConsultationProperties properties) {
            return ConsultationSecurity.of(languages, properties);
        }
    }

    /**
     * For an application with no security configuration of its own: Spring Boot's default (everything
     * behind a sign-in, by form or HTTP Basic) with the readers' addresses open, so that the pages and
     * their posts need no line of the host's. Any {@code SecurityFilterChain} of the host's replaces it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({HttpSecurity.class, SecurityFilterChain.class})
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class DefaultChain {
        @Bean
        SecurityFilterChain consultationSecurityFilterChain(HttpSecurity http, ConsultationSecurity consultation)
                throws Exception {
            return http.authorizeHttpRequests(consultation.readers())
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .httpBasic(Customizer.withDefaults())
                    .build();
        }
    }

    /** The admin views and their routes, when asked for. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "consultation.admin", name = "enabled", havingValue = "true")
    static class Admin {
        @Bean
        @ConditionalOnMissingBean
        ConsultationAdmin consultationAdmin(ObjectProvider<FeedbackStore> stores, ConsultationLanguages languages,
                ObjectProvider<ConsultationQuestionnaire> questionnaire, ConsultationProperties properties,
                ResourceLoader resources, ObjectProvider<LocaleResolver> locales) {
            if (!org.springframework.util.ClassUtils.isPresent("org.springframework.security.core.context.SecurityContextHolder",
                    resources.getClassLoader())) {
                throw new IllegalStateException("consultation.admin.enabled=true needs Spring Security"
                        + " (spring-boot-starter-security): the admin views are never served to anyone not signed in");
            }
            FeedbackStore store = stores.getIfAvailable();
            if (store == null) {
                throw new IllegalStateException("consultation.admin.enabled=true needs the starter's store"
                        + " (a DataSource, and consultation.store.enabled left true)");
            }
            // The views in every language the page form speaks, the one readers get by default first.
            FormDefinition form = store.forms().get(0);
            String first = languages.fallback().locale().getLanguage();
            List<AdminViews> views = new ArrayList<>();
            for (Locale language : form.languages()) {
                AdminViews.Builder builder = AdminViews.builder(store).form(form).locale(language)
                        .path(properties.getAdmin().getPath())
                        .pages(languages.fallback().site().map(site -> SiteAddresses.of(site).pages()).orElse(List.of()));
                questionnaire.ifAvailable(q -> builder.questionnaire(q.definition()));
                views.add(language.getLanguage().equals(first) ? 0 : views.size(), builder.build());
            }
            return new ConsultationAdmin(views, languages, locales.getIfAvailable(AcceptHeaderLocaleResolver::new), store,
                    properties.getAdmin().grantingAuthorities());
        }

        @Bean
        SmartInitializingSingleton consultationAdminRoutes(
                @Qualifier(ConsultationWebConfiguration.MVC_MAPPINGS) RequestMappingHandlerMapping mappings, ConsultationAdmin admin) {
            return () -> {
                AdminViews views = admin.views();
                ConsultationWebConfiguration.register(mappings, views.path(), RequestMethod.GET, admin, "overview");
                ConsultationWebConfiguration.register(mappings, views.submissionsPath(), RequestMethod.GET, admin,
                        "submissions");
                ConsultationWebConfiguration.register(mappings, views.csvPath(), RequestMethod.GET, admin, "csv");
                if (views.questionnaire().isPresent()) {
                    ConsultationWebConfiguration.register(mappings, views.questionnaireCsvPath(), RequestMethod.GET, admin,
                            "questionnaireCsv");
                }
                ConsultationWebConfiguration.register(mappings, views.erasePath(), RequestMethod.POST, admin, "erase");
            };
        }
    }
}
