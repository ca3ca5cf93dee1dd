package io.github.consultation.spring;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackSink;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Feedback kept in the application's own {@link DataSource} (and so its pool): the library's
 * {@link FeedbackStore}, its schema brought up to date by its own Flyway migrations unless
 * {@code consultation.store.migrate=false}, and the {@link FeedbackSink} every submission is kept
 * with. An application with no DataSource, or {@code consultation.store.enabled=false}, declares a
 * {@link FeedbackSink} of its own. A database that lives in memory only (Spring Boot's default
 * embedded one) gets a warning at start naming its address: what it keeps is lost when the
 * application stops.
 */
@AutoConfiguration(after = ConsultationAutoConfiguration.class, afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnProperty(prefix = "consultation.store", name = "enabled", matchIfMissing = true)
public class ConsultationStoreConfiguration {
    private static final Log LOG = LogFactory.getLog(ConsultationStoreConfiguration.class);

    /** Spring Boot's Flyway runner, in Spring Boot 3 and in Spring Boot 4. */
    private static final List<String> FLYWAY_INITIALIZERS = List.of(
            "org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer",
            "org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer");

    /**
     * The store migrates after the application's own Flyway, when Spring Boot runs one. The store's
     * flyway-core is enough for Spring Boot 3 to start its Flyway too, and that Flyway refuses a
     * schema with tables but none of its own history: run first, it finds the schema empty and
     * records its history, and the store's migrations (with a history table of their own) follow.
     */
    @Bean
    public static BeanFactoryPostProcessor consultationStoreAfterFlyway() {
        return beanFactory -> {
            if (!beanFactory.containsBeanDefinition("consultationFeedbackStore")) {
                return;
            }
            List<String> runners = new ArrayList<>();
            for (String type : FLYWAY_INITIALIZERS) {
                if (ClassUtils.isPresent(type, ConsultationStoreConfiguration.class.getClassLoader())) {
                    runners.addAll(List.of(beanFactory.getBeanNamesForType(
                            ClassUtils.resolveClassName(type, ConsultationStoreConfiguration.class.getClassLoader()),
                            true, false)));
                }
            }
            if (!runners.isEmpty()) {
                BeanDefinition store = beanFactory.getBeanDefinition("consultationFeedbackStore");
                List<String> dependsOn = new ArrayList<>(store.getDependsOn() == null ? List.of()
                        : List.of(store.getDependsOn()));
                dependsOn.addAll(runners);
                store.setDependsOn(dependsOn.toArray(String[]::new));
            }
        };
    }

    /** The store on the application's DataSource, for the page form and the questionnaire if there is one. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DataSource.class)
    public FeedbackStore consultationFeedbackStore(DataSource dataSource, ConsultationProperties properties,
            FormDefinition definition, ObjectProvider<ConsultationQuestionnaire> questionnaire) throws SQLException {
        FeedbackStore.Builder store = FeedbackStore.builder(dataSource).form(definition)
                .duplicateWindow(properties.getStore().getDuplicateWindow())
                .migrate(properties.getStore().isMigrate()).historyTable(properties.getStore().getHistoryTable());
        questionnaire.ifAvailable(q -> store.alsoForm(q.definition()));
        FeedbackStore built = store.build();
        String url = url(dataSource);
        if (inMemory(url)) {
            LOG.warn("The consultation's feedback is kept in an in-memory database (" + url + "): feedback will be lost"
                    + " when the application stops. Set spring.datasource.url to a file or server database"
                    + " (jdbc:h2:file:./feedback, or PostgreSQL).");
        }
        return built;
    }

    /** The database's address as its driver gives it (no password: drivers leave it out), or empty. */
    private static String url(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            return url == null ? "" : url;
        }
    }

    /** Whether {@code url} names a database that lives in the application's memory only. */
    static boolean inMemory(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:h2:mem:") || u.startsWith("jdbc:hsqldb:mem:") || u.startsWith("jdbc:derby:memory:")
                || u.equals("jdbc:sqlite:") || u.startsWith("jdbc:sqlite::memory:") || u.contains("mode=memory");
    }

    /** Keeps each valid submission in the store; returns once it is committed. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(FeedbackStore.class)
    public FeedbackSink consultationFeedbackSink(FeedbackStore store) {
        return feedback -> store.save(feedback, Instant.now());
    }
}
