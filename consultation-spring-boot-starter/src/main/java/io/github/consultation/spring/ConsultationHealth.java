package io.github.consultation.spring;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.store.FeedbackStore;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.util.ClassUtils;

/**
 * The store's health, as {@code /actuator/health} shows it under {@code consultation}: up when the
 * database answers a count of every form's submissions, with the database's name and version and
 * those counts; down with the error when it does not. One check ({@link #check()}), which
 * {@link #indicator(String, ClassLoader)} adapts to the health indicator of the Spring Boot line the
 * application runs on: Spring Boot 3 and Spring Boot 4 name the same two types (a
 * {@code HealthIndicator} with one method, {@code health()}, and the {@code Health} it builds with
 * {@code up()}, {@code down()}, {@code withDetail} and {@code build()}) in different packages, and the
 * starter is built once for both.
 *
 * <pre>{@code
 * ConsultationHealth.Check check = new ConsultationHealth(store, dataSource).check();
 * check.up();       // true
 * check.details();  // {database=H2 2.3.232 (2024-08-11), feedback=12, questionnaire=3}
 * }</pre>
 */
public final class ConsultationHealth {
    /** Spring Boot 3's health types (spring-boot-actuator). */
    static final String BOOT_3 = "org.springframework.boot.actuate.health";
    /** Spring Boot 4's health types (spring-boot-health). */
    static final String BOOT_4 = "org.springframework.boot.health.contributor";

    private final FeedbackStore store;
    private final DataSource dataSource;

    /** The check of {@code store}, kept in {@code dataSource}. */
    public ConsultationHealth(FeedbackStore store, DataSource dataSource) {
        this.store = Objects.requireNonNull(store, "store");
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * What a check found.
     *
     * @param up whether the store answered
     * @param details what to show beside the status: the database and each form's count, or the error
     */
    public record Check(boolean up, Map<String, Object> details) {
        /** A check with a copy of {@code details}, in their order. */
        public Check {
            details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        }
    }

    /** Asks the database for its name and every form's count of submissions; never throws. */
    public Check check() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            try (Connection c = dataSource.getConnection()) {
                DatabaseMetaData meta = c.getMetaData();
                details.put("database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            }
            for (FormDefinition form : store.forms()) {
                details.put(form.tab(), store.count(form.tab()));
            }
            return new Check(true, details);
        } catch (SQLException | RuntimeException e) {
            details.put("error", e.getClass().getName() + ": " + e.getMessage());
            return new Check(false, details);
        }
    }

    /**
     * This check as a {@code HealthIndicator} of the types in {@code healthPackage} ({@link #BOOT_3}
     * or {@link #BOOT_4}), loaded by {@code classLoader}.
     *
     * @throws IllegalStateException if {@code healthPackage} has no such types
     */
    public Object indicator(String healthPackage, ClassLoader classLoader) {
        Class<?> indicator = ClassUtils.resolveClassName(healthPackage + ".HealthIndicator", classLoader);
        Class<?> health = ClassUtils.resolveClassName(healthPackage + ".Health", classLoader);
        Method up;
        Method down;
        Method withDetails;
        Method build;
        try {
            up = health.getMethod("up");
            down = health.getMethod("down");
            withDetails = up.getReturnType().getMethod("withDetails", Map.class);
            build = up.getReturnType().getMethod("build");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(healthPackage + ".Health lacks a method of Spring Boot's: " + e, e);
        }
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                if (method.getName().equals("health") && method.getParameterCount() == 0) {
                    Check check = check();
                    return build.invoke(withDetails.invoke((check.up() ? up : down).invoke(null), check.details()));
                }
                if (method.isDefault()) {
                    return InvocationHandler.invokeDefault(proxy, method, args);
                }
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "ConsultationHealth(" + healthPackage + ")";
                default -> throw new UnsupportedOperationException(method.toString());
            };
        };
        return Proxy.newProxyInstance(classLoader, new Class<?>[] {indicator}, handler);
    }
}
