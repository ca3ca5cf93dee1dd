package io.github.consultation.spring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.MethodMetadata;
import org.springframework.util.ClassUtils;

/**
 * Keeps the store's Flyway from setting off Spring Boot 3's on the host's database, and leaves a
 * host's own Flyway as Boot configures it. The store brings flyway-core for its own migrations
 * (their own Flyway, their own history table), and on Spring Boot 3 Flyway on the class path is
 * all Boot's Flyway auto-configuration waits for: with nothing of the host's to migrate, it would
 * warn that it found no migrations and leave an empty {@code flyway_schema_history} the host never
 * asked for.
 *
 * <p>So Boot's auto-configuration is left to run, and once every bean is defined (none made yet)
 * the Flyway and the migration runner that it defined are taken out again when the host shows no
 * sign of wanting Flyway, in any of the ways Boot takes one: a {@code spring.flyway.*} property
 * (any, from any source), files at Boot's default location {@code db/migration}, or a bean of its
 * own of the types Boot's Flyway reads ({@link JavaMigration}, {@link Callback},
 * {@code FlywayConfigurationCustomizer}, {@code FlywayMigrationStrategy}, its own {@link Flyway}
 * or {@code FlywayMigrationInitializer}, a {@code @FlywayDataSource}). A host with any of these
 * keeps Boot's Flyway untouched, and the store's migrations run after it, each with its history.
 *
 * <p>On Spring Boot 4, flyway-core alone no longer starts Boot's Flyway: its auto-configuration is
 * in {@code spring-boot-flyway}, which a host adds on purpose, so the starter leaves it alone
 * entirely (this configuration needs Boot 3's Flyway auto-configuration, and Flyway, on the class path).
 */
@AutoConfiguration
@ConditionalOnClass(name = {ConsultationFlywayConfiguration.BOOT_FLYWAY, "org.flywaydb.core.Flyway"})
public class ConsultationFlywayConfiguration {
    /** Spring Boot 3's Flyway auto-configuration; Spring Boot 4 has it elsewhere, in a module a host adds. */
    static final String BOOT_FLYWAY = "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration";

    /** Takes out Boot's Flyway when the host shows no sign of wanting it. */
    @Bean
    public static BeanDefinitionRegistryPostProcessor consultationHostFlywayGuard() {
        return new HostFlywayGuard();
    }

    /**
     * Runs among the registry post-processors, before any bean factory post-processor: so before
     * Spring Boot's database initialization ordering makes beans wait for the runner taken out.
     */
    static final class HostFlywayGuard implements BeanDefinitionRegistryPostProcessor, EnvironmentAware,
            BeanClassLoaderAware {
        private static final Log LOG = LogFactory.getLog(ConsultationFlywayConfiguration.class);
        /** Where Boot 3 keeps its Flyway types. */
        private static final String BOOT_PACKAGE = "org.springframework.boot.autoconfigure.flyway.";
        /** The default of {@code spring.flyway.locations}, the one place a host need not name. */
        private static final String DEFAULT_LOCATION = "classpath*:db/migration/**/*";

        private @Nullable Environment environment;
        private ClassLoader classLoader = HostFlywayGuard.class.getClassLoader();

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
        }

        @Override
        public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
            if (!(registry instanceof ConfigurableListableBeanFactory beans)) {
                return; // cannot look at the definitions by type: leave Boot's Flyway as it is
            }
            List<String> boots = bootsOwn(beans, List.of(Flyway.class, type("FlywayMigrationInitializer")));
            if (boots.isEmpty() || hostWantsFlyway(beans)) {
                return;
            }
            boots.forEach(registry::removeBeanDefinition);
            LOG.debug("Spring Boot's Flyway left out (" + boots + "): the application has no migrations, Flyway beans"
                    + " or spring.flyway.* properties of its own; the consultation store's migrations run on their own");
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        }

        /** Whether the host has migrations for Boot's Flyway, sets it up, or defines any part of it. */
        boolean hostWantsFlyway(ConfigurableListableBeanFactory beans) {
            if (environment == null || configuresFlyway(environment) || hasFiles(DEFAULT_LOCATION)) {
                return true;
            }
            List<Class<?>> parts = new ArrayList<>(List.of(JavaMigration.class, Callback.class, Flyway.class));
            for (String name : List.of("FlywayConfigurationCustomizer", "FlywayMigrationStrategy",
                    "FlywayMigrationInitializer")) {
                parts.add(type(name));
            }
            for (Class<?> part : parts) {
                for (String name : beans.getBeanNamesForType(part, true, false)) {
                    if (!isBoots(beans, name)) {
                        return true;
                    }
                }
            }
            for (String name : beans.getBeanDefinitionNames()) {
                if (isFlywayDataSource(beans.getBeanDefinition(name))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether any {@code spring.flyway.*} property is set, however given (list, YAML, environment variable). */
        static boolean configuresFlyway(Environment environment) {
            ConfigurationPropertyName flyway = ConfigurationPropertyName.of("spring.flyway");
            for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
                if (source.containsDescendantOf(flyway) == ConfigurationPropertyState.PRESENT) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasFiles(String pattern) {
            try {
                for (Resource found : new PathMatchingResourcePatternResolver(classLoader).getResources(pattern)) {
                    if (found.isReadable()) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return true; // cannot tell: leave Boot's Flyway as it would be
            }
        }

        /** The beans of {@code types} that Boot's Flyway auto-configuration defined. */
        private static List<String> bootsOwn(ConfigurableListableBeanFactory beans, List<Class<?>> types) {
            List<String> names = new ArrayList<>();
            for (Class<?> type : types) {
                for (String name : beans.getBeanNamesForType(type, true, false)) {
                    if (isBoots(beans, name)) {
                        names.add(name);
                    }
                }
            }
            return names;
        }

            /**
         * Whether bean {@code name} is one of Boot's Flyway auto-configuration's own: declared in it
         * or one of its nested configurations (a host's bean may have one of Boot's interfaces as its class).
         */
        private static boolean isBoots(ConfigurableListableBeanFactory beans, String name) {
            if (!beans.containsBeanDefinition(name)) {
                return false; // a singleton registered by hand: the host's
            }
            BeanDefinition definition = beans.getBeanDefinition(name);
            MethodMetadata method = definition instanceof AnnotatedBeanDefinition annotated
                    ? annotated.getFactoryMethodMetadata() : null;
            String declaredIn = method != null ? method.getDeclaringClassName() : definition.getBeanClassName();
            return declaredIn != null && declaredIn.startsWith(BOOT_FLYWAY);
        }

        /** Whether {@code definition} is a DataSource the host marked for Boot's Flyway. */
        private static boolean isFlywayDataSource(BeanDefinition definition) {
            String qualifier = BOOT_PACKAGE + "FlywayDataSource";
            if (!(definition instanceof AnnotatedBeanDefinition annotated)) {
                return false;
            }
            MethodMetadata method = annotated.getFactoryMethodMetadata();
            return method != null ? method.isAnnotated(qualifier) : annotated.getMetadata().hasAnnotation(qualifier);
        }

        private Class<?> type(String simpleName) {
            return ClassUtils.resolveClassName(BOOT_PACKAGE + simpleName, classLoader);
        }
    }
}
