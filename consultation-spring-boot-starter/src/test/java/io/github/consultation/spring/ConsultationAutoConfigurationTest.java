package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.render.Theme;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.pages.RenderedSite;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FeedbackSink;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.FormTokens;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticMessageSource;

/** What the starter configures, and how an application replaces each part. */
class ConsultationAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(StarterApplication.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:starter;DB_CLOSE_DELAY=-1",
                    "consultation.pages.location=classpath:consultation-test/", "consultation.pages.base-path=/pages/");

    @Test
    void everyPartIsThereWithTheDefaults() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(FormDefinition.class).hasSingleBean(FormRenderer.class)
                    .hasSingleBean(FeedbackValidator.class).hasSingleBean(RenderedSite.class)
                    .hasSingleBean(FeedbackStore.class).hasSingleBean(FeedbackSink.class).hasSingleBean(ConsultationMvc.class)
                    .doesNotHaveBean(FormTokens.class).hasSingleBean(ConsultationWebConfiguration.ConsultationRoutes.class);
            assertThat(context.getBean(FormRenderer.class).theme()).isEqualTo(Theme.ORIGIN);
            RenderedSite site = context.getBean(RenderedSite.class);
            assertThat(site.pages()).extracting(p -> p.page().slug()).containsExactly("index", "proposal");
            String html = site.page("index").orElseThrow().html(FormState.blank("/pages/index"));
            assertThat(Jsoup.parse(html).selectFirst("a[href*=proposal]").attr("href")).isEqualTo("/pages/proposal");
            assertThat(context.getBean(FeedbackStore.class).schemaVersion()).isEqualTo("3");
        });
    }

    /** The routes are on unless the host turns them off to write its own controller. */
    @Test
    void routesAreOnUnlessTheHostTurnsThemOff() {
        runner.withPropertyValues("consultation.routes.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().hasSingleBean(ConsultationMvc.class)
                .doesNotHaveBean(ConsultationWebConfiguration.ConsultationRoutes.class));
        runner.withUserConfiguration(OwnJsonController.class).run(context -> assertThat(context).getFailure()
                .hasMessageContaining("POST /api/feedback").hasMessageContaining("consultation.routes.enabled=false"));
        runner.withUserConfiguration(OwnJsonController.class).withPropertyValues("consultation.routes.enabled=false")
                .run(context -> assertThat(context).hasNotFailed());
    }

    /** A host's controller for the JSON endpoint, as one written before the routes were on by default. */
    @org.springframework.web.bind.annotation.RestController
    static class OwnJsonController {
        @org.springframework.web.bind.annotation.PostMapping("/api/feedback")
        String json() {
            return "";
        }
    }

    @Test
    void aQuestionnaireOnlyWhenAskedForAndNeverUnderThePageFormsTab() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ConsultationQuestionnaire.class));
        runner.withPropertyValues("consultation.questionnaire.enabled=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ConsultationQuestionnaire.class).definition().tab()).isEqualTo("MainFeedback");
            assertThat(context.getBean(ConsultationLanguages.class).flow().validators())
                    .extracting(v -> v.definition().tab()).contains("Feedback", "MainFeedback");
        });
        runner.withBean(ConsultationQuestionnaire.class, () -> new ConsultationQuestionnaire(FormDefinition.pageFeedback()))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("the questionnaire's tab must differ from the page form's, not both 'Feedback'"));
    }

    @Test
    void theApplicationsOwnBeansWin() {
        runner.withUserConfiguration(OwnParts.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(FormRenderer.class)).isSameAs(context.getBean(OwnParts.class).form);
            assertThat(context.getBean(FormDefinition.class).tab()).isEqualTo("Libraries");
            assertThat(context.getBean(FeedbackValidator.class).definition().tab()).isEqualTo("Libraries");
            assertThat(context.getBean(ConsultationLanguages.class).fallback().form())
                    .isSameAs(context.getBean(OwnParts.class).form);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnParts {
        final FormRenderer form = FormRenderer.builder().theme(Theme.PLAIN).build();

        @Bean
        FormRenderer form() {
            return form;
        }

        @Bean
        FormDefinition definition() {
            return FormDefinition.pageFeedback().toBuilder().tab("Libraries").build();
        }
    }

    @Test
    void themeTokensAndRoutesFromProperties() {
        runner.withPropertyValues("consultation.theme=govuk", "consultation.routes.enabled=true",
                "consultation.token-secret=" + "k".repeat(32)).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(FormRenderer.class).theme()).isEqualTo(Theme.GOVUK);
                    assertThat(context).hasSingleBean(FormTokens.class)
                            .hasSingleBean(ConsultationWebConfiguration.ConsultationRoutes.class);
                });
    }

    @Test
    void mistakesStopTheApplicationWithTheirReason() {
        runner.withPropertyValues("consultation.theme=blue").run(context -> assertThat(context).getFailure()
                .hasRootCauseMessage("consultation.theme must be origin, govuk or plain, not 'blue'"));
        runner.withPropertyValues("consultation.pages.base-path=pages").run(context -> assertThat(context).getFailure()
                .hasRootCauseMessage("consultation.pages.base-path must start and end with '/', not 'pages'"));
        runner.withPropertyValues("consultation.pages.location=classpath:nowhere/").run(context -> assertThat(context)
                .getFailure().rootCause().hasMessageContaining("there is no folder classpath:nowhere/ on the class path"));
        new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class)
                .withPropertyValues("spring.autoconfigure.exclude="
                        + "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("The consultation starter has nowhere to keep feedback"));
    }

    static java.util.Set<String> tables(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        java.util.Set<String> tables = new java.util.TreeSet<>();
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    /**
     * The store's Flyway sets off no Flyway of the host's: with no migrations of its own a Spring Boot 3
     * host gets no Flyway bean and no flyway_schema_history (on Spring Boot 4 the tests' class path
     * has spring-boot-flyway, which a host adds on purpose: its Flyway is then the host's choice, left
     * as Boot makes it); with its own, both run, each with its history. More hosts: ConsultationHostFlywayTest.
     */
    @Test
    void theStoresMigrationsLeaveTheHostsFlywayAlone() {
        new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:no-host-flyway;DB_CLOSE_DELAY=-1")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(tables(context.getBean(javax.sql.DataSource.class))).contains("consultation_schema_history");
                    if (ConsultationHostFlywayTest.BOOT_3) {
                        assertThat(context).doesNotHaveBean(org.flywaydb.core.Flyway.class);
                        assertThat(tables(context.getBean(javax.sql.DataSource.class))).doesNotContain("flyway_schema_history");
                    } else {
                        assertThat(context).hasSingleBean(org.flywaydb.core.Flyway.class);
                    }
                });
        // The host's locations as one value and as a list (YAML's spring.flyway.locations: [...]).
        for (String locations : List.of("spring.flyway.locations", "spring.flyway.locations[0]")) {
            new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class)
                    .withPropertyValues("spring.datasource.url=jdbc:h2:mem:host-flyway-" + locations.length()
                            + ";DB_CLOSE_DELAY=-1", locations + "=classpath:host-migration")
                    .run(context -> {
                        assertThat(context).as(locations).hasNotFailed().hasSingleBean(org.flywaydb.core.Flyway.class);
                        assertThat(tables(context.getBean(javax.sql.DataSource.class))).contains("host_notes",
                                "flyway_schema_history", "consultation_schema_history");
                        assertThat(context.getBean(FeedbackStore.class).schemaVersion()).isEqualTo("3");
                    });
        }
        new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:own-history;DB_CLOSE_DELAY=-1",
                        "consultation.store.history-table=feedback_migrations")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(tables(context.getBean(javax.sql.DataSource.class))).contains("feedback_migrations")
                            .doesNotContain("consultation_schema_history");
                    assertThat(context.getBean(FeedbackStore.class).schemaVersion()).isEqualTo("3");
                });
        runner.withPropertyValues("consultation.store.history-table=history; drop table feedback").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageStartingWith("historyTable must be a plain table name"));
    }

    /** A database in memory only is named in a warning at start; a file database is not. */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void anInMemoryDatabaseIsNamedInAWarning(org.springframework.boot.test.system.CapturedOutput output,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
        String lost = "feedback will be lost when the application stops";
        runner.run(context -> assertThat(context).hasNotFailed());
        assertThat(output.getAll()).contains("in-memory database (jdbc:h2:mem:starter): " + lost);
        int before = output.getAll().split(lost, -1).length;
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:file:" + folder.resolve("feedback"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(FeedbackStore.class));
        assertThat(output.getAll().split(lost, -1).length).isEqualTo(before);
        for (String url : new String[] {"jdbc:h2:mem:", "jdbc:sqlite::memory:", "jdbc:sqlite:file:x?mode=memory",
            "jdbc:hsqldb:mem:a", "jdbc:derby:memory:a"}) {
            assertThat(ConsultationStoreConfiguration.inMemory(url)).as(url).isTrue();
        }
        for (String url : new String[] {"jdbc:h2:file:./feedback", "jdbc:sqlite:feedback.db", "jdbc:postgresql://db/feedback"}) {
            assertThat(ConsultationStoreConfiguration.inMemory(url)).as(url).isFalse();
        }
    }

    /** The admin views are never served without Spring Security to keep them behind. */
    @Test
    void theAdminViewsNeedSpringSecurity() {
        runner.withPropertyValues("consultation.admin.enabled=true")
                .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader("org.springframework.security"))
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageStartingWith("consultation.admin.enabled=true needs Spring Security"));
        runner.withPropertyValues("consultation.admin.enabled=true").run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(ConsultationAdmin.class).hasSingleBean(ConsultationSecurity.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(ConsultationAdmin.class));
    }

    /** The rules open what the routes serve, no more: a MkDocs site's pages, its old addresses and its files. */
    @Test
    void theReadersRulesNameWhatTheRoutesServe() {
        new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:rules;DB_CLOSE_DELAY=-1",
                        "consultation.pages.location=classpath:consultation-mkdocs/", "consultation.admin.enabled=true")
                .run(context -> {
                    ConsultationSecurity rules = context.getBean(ConsultationSecurity.class);
                    assertThat(rules.readerPaths()).contains("/consult/", "/consult/part/plan/", "/consult/part/plan",
                            "/consult/assets/img/boiler.png", "/api/feedback", "/consultation/feedback.js", "/error")
                            .doesNotContain("/consult/**", "/**");
                    assertThat(rules.adminPaths()).containsExactly("/admin/feedback", "/admin/feedback/**",
                            "/admin/feedback.csv");
                    assertThat(rules.readerPaths()).doesNotContain("/api/feedback/token");
                });
        runner.withPropertyValues("consultation.allowed-origins=https://static.example.org").run(context -> assertThat(
                context.getBean(ConsultationSecurity.class).readerPaths()).contains("/api/feedback", "/api/feedback/token"));
    }

    /** Texts come from the application's messages first, in each locale; the rest stay the library's. */
    @Test
    void theApplicationsMessagesComeFirst() {
        runner.withUserConfiguration(Messages.class).run(context -> {
            ConsultationLanguages languages = context.getBean(ConsultationLanguages.class);
            String english = languages.of(Locale.ENGLISH).form().render(FormState.blank("/pages/index"));
            assertThat(Jsoup.parse(english).selectFirst("h2").text()).isEqualTo("Tell us what you think");
            String welsh = languages.of(FormDefinition.WELSH).form().render(FormState.blank("/pages/index"));
            assertThat(Jsoup.parse(welsh).selectFirst("h2").text()).isEqualTo("Dywedwch wrthym");
            assertThat(Jsoup.parse(welsh).selectFirst("button").text()).isEqualTo("Anfon adborth");
            // On the origin theme (the default) as on the others: the general key names the label.
            assertThat(Jsoup.parse(welsh).selectFirst("label[for=gs-summary]").text()).startsWith("Eich crynodeb");
            assertThat(Jsoup.parse(english).selectFirst("label[for=gs-summary]").text()).startsWith("Your summary");
            assertThat(Jsoup.parse(english).selectFirst("label[for=mf-role]").text()).startsWith("Which role fits best");
        });
        runner.withPropertyValues("consultation.theme=govuk").withUserConfiguration(Messages.class).run(context -> {
            String welsh = context.getBean(ConsultationLanguages.class).of(FormDefinition.WELSH).form()
                    .render(FormState.blank("/pages/index"));
            assertThat(Jsoup.parse(welsh).selectFirst("label[for=gs-summary]").text()).startsWith("Eich crynodeb");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class Messages {
        @Bean
        MessageSource messageSource() {
            StaticMessageSource messages = new StaticMessageSource();
            messages.addMessage("consultation.heading", Locale.ENGLISH, "Tell us what you think");
            messages.addMessage("consultation.heading", FormDefinition.WELSH, "Dywedwch wrthym");
            messages.addMessage("consultation.label.summary", FormDefinition.WELSH, "Eich crynodeb");
            messages.addMessage("consultation.label.summary", Locale.ENGLISH, "Your summary");
            messages.addMessage("consultation.label.role", Locale.ENGLISH, "Your role");
            messages.addMessage("consultation.origin.label.role", Locale.ENGLISH, "Which role fits best");
            return messages;
        }
    }

    /** IDEs complete the consultation.* keys from the metadata the build writes. */
    @Test
    void theKeysAreDescribedForIdes() throws Exception {
        try (InputStream in = ConsultationProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            String metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String key : new String[] {"consultation.theme", "consultation.default-locale", "consultation.pages.location",
                "consultation.form-definition", "consultation.token-secret", "consultation.allowed-origins",
                "consultation.routes.enabled", "consultation.store.duplicate-window", "consultation.admin.enabled",
                "consultation.admin.authority"}) {
                assertThat(metadata).contains("\"name\": \"" + key + "\"");
            }
        }
    }
}
