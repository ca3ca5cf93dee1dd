package io.github.consultation.spring;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps the store's Flyway from setting off Spring Boot's on the host's database. The store brings
 * flyway-core for its own migrations (their own Flyway, their own history table), and on Spring
 * Boot 3 Flyway on the class path is all Boot's Flyway auto-configuration waits for: it would run
 * on the host's database with no migrations of the host's, warn that it found none, and leave an
 * empty {@code flyway_schema_history} the host never asked for. So Boot's Flyway is left out when
 * the host shows no sign of wanting it: {@code spring.flyway.enabled} and {@code spring.flyway.url}
 * unset, and no migrations at {@code spring.flyway.locations} (by default {@code db/migration}).
 * A host with migrations of its own, or that sets either, gets Boot's Flyway as Boot configures it,
 * untouched; the store's migrations then run after it, each with its own history.
 */
public final class ConsultationFlywayFilter implements AutoConfigurationImportFilter, EnvironmentAware,
        BeanClassLoaderAware {
    /** Spring Boot's Flyway auto-configuration, in Spring Boot 3 and in Spring Boot 4. */
    static final Set<String> BOOT_FLYWAY = Set.of("org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

    private @Nullable Environment environment;
    private @Nullable ClassLoader classLoader;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public boolean[] match(@Nullable String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        Boolean wanted = null;
        for (int i = 0; i < match.length; i++) {
            String name = autoConfigurationClasses[i];
            if (name != null && BOOT_FLYWAY.contains(name)) {
                if (wanted == null) {
                    wanted = hostWantsFlyway();
                }
                match[i] = wanted;
            } else {
                match[i] = true;
            }
        }
        return match;
    }

    /** Whether the host has set Boot's Flyway up, or has migrations for it. */
    boolean hostWantsFlyway() {
        Environment env = environment;
        if (env == null || env.containsProperty("spring.flyway.enabled") || env.containsProperty("spring.flyway.url")) {
            return true;
        }
        // Bound as Boot binds it: a list (locations[0]=...) or an environment variable names locations too.
        List<String> locations = List.of(Binder.get(env).bind("spring.flyway.locations", String[].class)
                .orElse(new String[] {"classpath:db/migration"}));
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver(classLoader);
        for (String location : locations) {
            String where = location.strip();
            if (where.contains("{")) {
                return true; // a vendor placeholder: the host means it, whatever the database turns out to be
            }
            String pattern = where.startsWith("filesystem:") ? "file:" + where.substring("filesystem:".length())
                    : "classpath*:" + (where.startsWith("classpath:") ? where.substring("classpath:".length()) : where);
            try {
                for (Resource found : resources.getResources(pattern + "/**/*")) {
                    if (found.isReadable()) {
                        return true;
                    }
                }
            } catch (IOException e) {
                return true; // cannot tell: leave Boot's Flyway as it would be
            }
        }
        return false;
    }
}
