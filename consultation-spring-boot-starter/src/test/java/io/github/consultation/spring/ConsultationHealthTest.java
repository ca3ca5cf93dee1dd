package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.model.FormDefinition;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The store in {@code /actuator/health}, on the Spring Boot line the build runs (3.5, and 4.0 in
 * .ci/run): up with the database and the forms' counts, down with the error when its table is gone.
 */
@SpringBootTest(classes = StarterApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:health;DB_CLOSE_DELAY=-1", "management.endpoint.health.show-details=always",
    "consultation.pages.location=classpath:consultation-test/"})
class ConsultationHealthTest {
    private static final String PAGE_FORM = FormDefinition.pageFeedback().tab();

    @Autowired
    private WebApplicationContext context;

    @Autowired
    private DataSource dataSource;

    private JsonNode health(int status) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        MvcResult result = mvc.perform(get("/actuator/health")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        return new ObjectMapper().readTree(result.getResponse().getContentAsString()).path("components").path("consultation");
    }

    @Test
    void theStoreIsUpWithItsDatabaseAndCountsAndDownWhenItsTableIsGone() throws Exception {
        JsonNode up = health(200);
        assertThat(up.path("status").asText()).isEqualTo("UP");
        assertThat(up.path("details").path("database").asText()).startsWith("H2 ");
        assertThat(up.path("details").path(PAGE_FORM).isNumber()).as(up.toString()).isTrue();
        assertThat(up.path("details").has("error")).isFalse();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE feedback RENAME TO feedback_away");
        }
        try {
            JsonNode down = health(503);
            assertThat(down.path("status").asText()).isEqualTo("DOWN");
            assertThat(down.path("details").path("error").asText()).containsIgnoringCase("feedback");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE feedback_away RENAME TO feedback");
            }
        }
        assertThat(health(200).path("status").asText()).isEqualTo("UP");
    }

    /** Without the Spring Boot line's HealthIndicator there is no indicator, and a host can turn it off. */
    @Test
    void noIndicatorWithoutActuatorOrWhenTurnedOff() {
        WebApplicationContextRunner runner = new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:health-off;DB_CLOSE_DELAY=-1");
        runner.run(c -> assertThat(c).hasNotFailed().hasBean(ConsultationHealthConfiguration.INDICATOR));
        runner.withClassLoader(new FilteredClassLoader(ConsultationHealth.BOOT_3 + ".HealthIndicator",
                ConsultationHealth.BOOT_4 + ".HealthIndicator"))
                .run(c -> assertThat(c).hasNotFailed().doesNotHaveBean("consultationHealthIndicator"));
        runner.withPropertyValues("management.health.consultation.enabled=false")
                .run(c -> assertThat(c).hasNotFailed().doesNotHaveBean("consultationHealthIndicator"));
    }
}
