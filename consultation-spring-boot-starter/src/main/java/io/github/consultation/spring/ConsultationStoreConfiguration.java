package io.github.consultation.spring;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackSink;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * Feedback kept in the application's own {@link DataSource} (and so its pool): the library's
 * {@link FeedbackStore}, its schema brought up to date by its own Flyway migrations unless
 * {@code consultation.store.migrate=false}, and the {@link FeedbackSink} every submission is kept
 * with. An application with no DataSource, or {@code consultation.store.enabled=false}, declares a
 * {@link FeedbackSink} of its own.
 */
@AutoConfiguration(after = ConsultationAutoConfiguration.class, afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnProperty(prefix = "consultation.store", name = "enabled", matchIfMissing = true)
public class ConsultationStoreConfiguration {
    /** The store on the application's DataSource. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DataSource.class)
    public FeedbackStore consultationFeedbackStore(DataSource dataSource, ConsultationProperties properties,
            FormDefinition definition) throws SQLException {
        return FeedbackStore.builder(dataSource).form(definition)
                .duplicateWindow(properties.getStore().getDuplicateWindow())
                .migrate(properties.getStore().isMigrate()).build();
    }

    /** Keeps each valid submission in the store; returns once it is committed. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(FeedbackStore.class)
    public FeedbackSink consultationFeedbackSink(FeedbackStore store) {
        return feedback -> store.save(feedback, Instant.now());
    }
}
