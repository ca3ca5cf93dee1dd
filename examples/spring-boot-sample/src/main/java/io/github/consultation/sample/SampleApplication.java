package io.github.consultation.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A consultation on Spring Boot: the pages under {@code src/main/resources/consultation} with the
 * feedback form, kept in an embedded H2 database by default (PostgreSQL by setting
 * {@code spring.datasource.url}), and the consultation team's view behind a login.
 *
 * <pre>
 * mvn -pl examples/spring-boot-sample spring-boot:run
 * </pre>
 */
@SpringBootApplication
public class SampleApplication {
    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
