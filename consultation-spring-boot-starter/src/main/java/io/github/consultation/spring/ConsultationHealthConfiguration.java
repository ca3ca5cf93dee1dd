package io.github.consultation.spring;

import io.github.consultation.store.FeedbackStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The store in {@code /actuator/health} (as {@code consultation}) when Spring Boot's Actuator is on
 * the class path: {@link ConsultationHealth}'s check as the health indicator of Spring Boot 3
 * ({@code org.springframework.boot.actuate.health}) or Spring Boot 4
 * ({@code org.springframework.boot.health.contributor}), whichever the application has.
 * {@code management.health.consultation.enabled=false} leaves it out.
 */
@AutoConfiguration(after = ConsultationStoreConfiguration.class)
@ConditionalOnBean(FeedbackStore.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "management.health.consultation", name = "enabled", matchIfMissing = true)
public class ConsultationHealthConfiguration {
    /** The check, whichever Spring Boot shows it. */
    @Bean
    @ConditionalOnMissingBean
    public ConsultationHealth consultationHealth(FeedbackStore store, DataSource dataSource) {
        return new ConsultationHealth(store, dataSource);
    }

    /** Spring Boot 3's indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = ConsultationHealth.BOOT_3 + ".HealthIndicator")
    static class Boot3 {
        @Bean(name = "consultationHealthIndicator")
        @ConditionalOnMissingBean(name = "consultationHealthIndicator")
        static FactoryBean<Object> consultationHealthIndicator(ConsultationHealth health, ResourceLoader resources) {
            return ConsultationHealth.bean(health, ConsultationHealth.BOOT_3, resources.getClassLoader());
        }
    }

    /** Spring Boot 4's indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = ConsultationHealth.BOOT_4 + ".HealthIndicator")
    static class Boot4 {
        @Bean(name = "consultationHealthIndicator")
        @ConditionalOnMissingBean(name = "consultationHealthIndicator")
        static FactoryBean<Object> consultationHealthIndicator(ConsultationHealth health, ResourceLoader resources) {
            return ConsultationHealth.bean(health, ConsultationHealth.BOOT_4, resources.getClassLoader());
        }
    }
}
