package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The library's migrations say nothing at INFO or WARN when an application starts (issue 27, item
 * 4): Flyway's news of the store's tables goes to the store's own log at DEBUG, while a host's own
 * Flyway, with migrations of its own, keeps its log and its history beside the store's. Each start is
 * a whole application, with Spring Boot's logging set up as a host's is ({@code logging.level.*},
 * the JDK's loggers led into Logback).
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsultationMigrationLogTest {
    /** What starting the application with {@code properties} wrote, from {@code output}. */
    private static String start(CapturedOutput output, String... properties) throws Exception {
        return run(output, context -> { }, properties);
    }

    /** What starting the application with {@code properties} and then doing {@code then} in it wrote. */
    private static String run(CapturedOutput output, Consumer<ConfigurableApplicationContext> then,
            String... properties) throws Exception {
        int from = output.getAll().length();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(StarterApplication.class)
                .properties("spring.main.web-application-type=none", "spring.main.banner-mode=off")
                .properties(properties).run()) {
            assertThat(ConsultationAutoConfigurationTest.tables(context.getBean(javax.sql.DataSource.class)))
                    .contains("consultation_schema_history");
            then.accept(context);
        }
        return output.getAll().substring(from);
    }

    /** The lines a start wrote at {@code level} that {@code about} picks. */
    private static List<String> lines(String output, String level, Predicate<String> about) {
        return output.lines().filter(l -> l.contains(" " + level + " ")).filter(about).toList();
    }

    private static boolean aboutMigrations(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.contains("flyway") || l.contains(" o.f.") || l.contains("migrat") || l.contains("schema");
    }

    /**
     * A host with no Flyway of its own: on Spring Boot 4, one without spring-boot-flyway, which the
     * tests' class path has for the hosts that have migrations (and the starter leaves alone on 4).
     */
    private static final String NO_BOOT_4_FLYWAY = "spring.autoconfigure.exclude="
            + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration";

    @Test
    void theStoresMigrationsLogAtDebugOnly(CapturedOutput output) throws Exception {
        String quiet = start(output, "spring.datasource.url=jdbc:h2:mem:quiet;DB_CLOSE_DELAY=-1", NO_BOOT_4_FLYWAY);
        assertThat(lines(quiet, "INFO", l -> l.contains("HikariPool"))).as("a log at INFO").isNotEmpty();
        assertThat(lines(quiet, "INFO", ConsultationMigrationLogTest::aboutMigrations)).isEmpty();
        assertThat(lines(quiet, "WARN", ConsultationMigrationLogTest::aboutMigrations)).isEmpty();

        String told = start(output, "spring.datasource.url=jdbc:h2:mem:told;DB_CLOSE_DELAY=-1",
                "logging.level.io.github.consultation.store.migrations=debug");
        assertThat(lines(told, "DEBUG", l -> l.contains("consultation_schema_history")))
                .as("the store's migrations at DEBUG, when asked for").isNotEmpty();
    }

    @Test
    void aHostsOwnFlywayKeepsItsLogAndItsHistoryWithNoWarning(CapturedOutput output) throws Exception {
        String log = start(output, "spring.datasource.url=jdbc:h2:mem:host-and-store;DB_CLOSE_DELAY=-1",
                "spring.flyway.locations=classpath:host-migration");
        assertThat(lines(log, "WARN", ConsultationMigrationLogTest::aboutMigrations)).isEmpty();
        assertThat(lines(log, "INFO", l -> l.contains("host notes"))).as("the host's own migration, at INFO").isNotEmpty();
        assertThat(lines(log, "INFO", l -> l.contains("consultation_schema_history"))).isEmpty();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:host-and-store", "sa", "")) {
            assertThat(ConsultationAutoConfigurationTest.tables(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true)))
                    .contains("host_notes", "flyway_schema_history", "consultation_schema_history");
        }
    }

    /**
     * Spring Boot makes the host's Flyway before the store migrates, and Flyway's choice of log is one
     * for all its instances, reset by each new one: the host's Flyway at work after the store's (run
     * again by the host, or asked by Actuator) still logs at its own levels, not in the store's log.
     */
    @Test
    void aHostsFlywayAtWorkAfterTheStoresKeepsItsLevels(CapturedOutput output) throws Exception {
        String log = run(output, context -> context.getBean(Flyway.class).migrate(),
                "spring.datasource.url=jdbc:h2:mem:host-again;DB_CLOSE_DELAY=-1",
                "spring.flyway.locations=classpath:host-migration");
        assertThat(lines(log, "INFO", l -> l.contains("is up to date"))).as("the host's second run, at INFO").isNotEmpty();
        assertThat(lines(log, "INFO", l -> l.contains("consultation_schema_history"))).isEmpty();
    }
}
