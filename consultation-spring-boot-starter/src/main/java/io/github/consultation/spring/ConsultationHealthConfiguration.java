package io.github.consultation.spring;

import io.github.consultation.store.FeedbackStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

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
    /** The indicator's bean name, from which Spring Boot names it {@code consultation}. */
    static final String INDICATOR = "consultationHealthIndicator";

    /** The check, whichever Spring Boot shows it. */
    @Bean
    @ConditionalOnMissingBean
    public ConsultationHealth consultationHealth(FeedbackStore store, DataSource dataSource) {
        return new ConsultationHealth(store, dataSource);
    }

    /** Spring Boot 3's indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = ConsultationHealth.BOOT_3 + ".HealthIndicator")
    @Import(Boot3.Indicator.class)
    static class Boot3 {
        static final class Indicator extends IndicatorRegistrar {
            Indicator(BeanFactory beans, ClassLoader classLoader) {
                super(ConsultationHealth.BOOT_3, beans, classLoader);
            }
        }
    }

    /** Spring Boot 4's indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = ConsultationHealth.BOOT_4 + ".HealthIndicator")
    @Import(Boot4.Indicator.class)
    static class Boot4 {
        static final class Indicator extends IndicatorRegistrar {
            Indicator(BeanFactory beans, ClassLoader classLoader) {
                super(ConsultationHealth.BOOT_4, beans, classLoader);
            }
        }
    }

    /**
     * Declares the indicator with the line's {@code HealthIndicator} as its type, so that Spring
     * knows what it is without making it (or the store it checks) early, and makes it from the check
     * when Spring Boot asks for its indicators. Leaves a bean of the host's at that name alone.
     */
    abstract static class IndicatorRegistrar implements ImportBeanDefinitionRegistrar {
        private final String healthPackage;
        private final BeanFactory beans;
        private final ClassLoader classLoader;

        IndicatorRegistrar(String healthPackage, BeanFactory beans, ClassLoader classLoader) {
            this.healthPackage = healthPackage;
            this.beans = beans;
            this.classLoader = classLoader;
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata importing, BeanDefinitionRegistry registry) {
            if (registry.containsBeanDefinition(INDICATOR)) {
                return;
            }
            Class<?> type = ClassUtils.resolveClassName(healthPackage + ".HealthIndicator", classLoader);
            RootBeanDefinition indicator = new RootBeanDefinition(type);
            indicator.setInstanceSupplier(() -> beans.getBean(ConsultationHealth.class).indicator(healthPackage, classLoader));
            registry.registerBeanDefinition(INDICATOR, indicator);
        }
    }
}
