package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * A host that wants Spring Boot's Flyway, in any of the ways Boot takes one, keeps it untouched
 * beside the store's own migrations; a host that shows no sign gets no Boot Flyway on Spring Boot 3
 * (issue 27, item 4). The signs that are beans are seen only once the beans are defined, which an
 * auto-configuration import filter cannot wait for: these hosts lost their migrations to one.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsultationHostFlywayTest {
    /** Spring Boot 3 has its Flyway auto-configuration in spring-boot-autoconfigure; 4 in spring-boot-flyway. */
    static final boolean BOOT_3 = ClassUtils.isPresent(
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration", null);

    private static WebApplicationContextRunner host(String database) {
        return new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }

    /** What the host's Flyway recorded it ran, by description (its history table's creation aside). */
    private static List<String> hostHistory(DataSource dataSource) throws Exception {
        List<String> ran = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select \"description\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
            while (rs.next()) {
                ran.add(rs.getString(1));
            }
        }
        return ran;
    }

    /**
     * The host's Flyway ran its one migration (which made {@code table}), recorded in its own history,
     * and the store's ran in theirs.
     */
    private static void assertBothMigrated(AssertableWebApplicationContext context, String table, String migration)
            throws Exception {
        assertThat(context).hasNotFailed().hasSingleBean(Flyway.class);
        DataSource dataSource = context.getBean(DataSource.class);
        assertThat(ConsultationAutoConfigurationTest.tables(dataSource))
                .contains(table, "flyway_schema_history", "consultation_schema_history");
        assertThat(hostHistory(dataSource)).containsExactly(migration);
    }

    @Test
    void aHostWhoseMigrationsAreJavaMigrationBeansGetsThemRun() {
        host("java-migration").withUserConfiguration(JavaMigrationHost.class)
                .run(context -> assertBothMigrated(context, "host_events", "host events"));
    }

    @Test
    void aHostWhoseLocationsComeFromACustomizerGetsItsMigrationsRun() {
        Object customizer = bootsOwn("FlywayConfigurationCustomizer", args -> {
            ((FluentConfiguration) args[0]).locations("classpath:host-migration");
            return null;
        });
        host("customizer").withBean(type("FlywayConfigurationCustomizer"), () -> customizer)
                .run(context -> assertBothMigrated(context, "host_notes", "host notes"));
    }

    @Test
    void aHostsCallbackOrMigrationStrategyIsCalled() {
        AtomicInteger migrated = new AtomicInteger();
        host("callback").withBean(CountingCallback.class, CountingCallback::new).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Flyway.class);
            assertThat(context.getBean(CountingCallback.class).afterMigrate).hasValue(1);
        });
        Object strategy = bootsOwn("FlywayMigrationStrategy", args -> {
            migrated.incrementAndGet();
            return null; // the host's strategy chooses not to migrate at start
        });
        host("strategy").withBean(type("FlywayMigrationStrategy"), () -> strategy).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Flyway.class);
            assertThat(migrated).hasValue(1);
        });
    }

    /** Any spring.flyway.* property is the host setting Boot's Flyway up, even with no migrations found. */
    @Test
    void aHostThatSetsAnyFlywayPropertyKeepsBootsFlyway() {
        host("property").withPropertyValues("spring.flyway.baseline-on-migrate=true").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Flyway.class);
            assertThat(ConsultationAutoConfigurationTest.tables(context.getBean(DataSource.class)))
                    .contains("flyway_schema_history", "consultation_schema_history");
        });
    }

    /**
     * With nothing of its own, a Spring Boot 3 host gets no Flyway, no history table and no warning.
     * On Spring Boot 4 the tests' class path has spring-boot-flyway, which a host adds on purpose:
     * its Flyway is the host's choice and runs as Boot runs it.
     */
    @Test
    void aHostWithNothingOfItsOwnGetsNoBootFlywayOnBoot3(CapturedOutput output) {
        int from = output.getAll().length();
        host("nothing").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(ConsultationAutoConfigurationTest.tables(context.getBean(DataSource.class)))
                    .contains("consultation_schema_history");
            if (BOOT_3) {
                assertThat(context).doesNotHaveBean(Flyway.class);
                assertThat(ConsultationAutoConfigurationTest.tables(context.getBean(DataSource.class)))
                        .doesNotContain("flyway_schema_history");
            } else {
                assertThat(context).hasSingleBean(Flyway.class);
                assertThat(ConsultationAutoConfigurationTest.tables(context.getBean(DataSource.class)))
                        .contains("flyway_schema_history");
            }
        });
        if (BOOT_3) {
            assertThat(output.getAll().substring(from).lines().filter(l -> l.contains(" WARN "))
                    .filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("flyway") || l.contains("migration")))
                    .isEmpty();
            assertThat(output.getAll().substring(from)).doesNotContain("No migrations found");
        }
    }

    /** Boot's Flyway type {@code simpleName}, in the package of the Spring Boot the tests run on. */
    @SuppressWarnings("unchecked")
    private static Class<Object> type(String simpleName) {
        String where = BOOT_3 ? "org.springframework.boot.autoconfigure.flyway." : "org.springframework.boot.flyway.autoconfigure.";
        return (Class<Object>) ClassUtils.resolveClassName(where + simpleName, null);
    }

    /**
     * A host's implementation of Boot's one-method Flyway interface {@code simpleName}, doing
     * {@code body} with the arguments (made as a proxy so that the test compiles on both Spring Boot 3 and 4).
     */
    private static Object bootsOwn(String simpleName, Function<Object[], Object> body) {
        Class<Object> type = type(simpleName);
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "toString" -> "the host's " + simpleName;
                    default -> body.apply(args);
                });
    }

    /** A host that declares its migration with a {@code @Bean} method (seen by the method's return type). */
    @Configuration(proxyBeanMethods = false)
    static class JavaMigrationHost {
        @Bean
        JavaMigration hostEvents() {
            return new V1__host_events();
        }
    }

    /** A host's migration in Java: a table of its own. */
    static class V1__host_events extends BaseJavaMigration {
        @Override
        public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {
            try (Statement s = context.getConnection().createStatement()) {
                s.execute("create table host_events (id int primary key)");
            }
        }
    }

    /** A host's Flyway callback that counts the migrations it is told of. */
    static class CountingCallback implements Callback {
        final AtomicInteger afterMigrate = new AtomicInteger();

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            afterMigrate.incrementAndGet();
        }

        @Override
        public String getCallbackName() {
            return "host's counter";
        }
    }
}
