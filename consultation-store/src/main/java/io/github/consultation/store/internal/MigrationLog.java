package io.github.consultation.store.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.internal.logging.apachecommons.ApacheCommonsLogCreator;
import org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator;
import org.flywaydb.core.internal.logging.log4j2.Log4j2LogCreator;
import org.flywaydb.core.internal.logging.slf4j.Slf4jLogCreator;
import org.flywaydb.core.internal.util.FeatureDetector;

/**
 * Where Flyway writes while the store migrates: the logger {@value #NAME}, one level down from
 * Flyway's own (its information, the version banner and each table migrated, at DEBUG; its debug at
 * TRACE), warnings and errors as they are. A host's log at INFO then says nothing of the library's
 * tables. Flyway makes it by name from the store's configuration ({@code loggers}), hence public
 * with a constructor of no arguments.
 *
 * <p>Flyway keeps the log it writes to in one static place ({@link LogFactory}), which each new
 * Flyway resets from its configuration and every Flyway's messages then go through: a host's Flyway
 * made before the store's, run after it or beside it on another thread, would write here too. So
 * only messages on a thread inside {@code during} (the store's own runs) come here; any other
 * Flyway's go where Flyway's own choice ({@code loggers=auto}: SLF4J, Log4j 2, Commons Logging or
 * java.util.logging, the first found) sends them, at their own levels. The other way round, a
 * Flyway the host makes while the store's is running takes Flyway's log back for all: the rest of
 * the store's run then logs at Flyway's own levels, and the host's never comes here.
 */
public final class MigrationLog implements LogCreator {
    /** The logger the store's migrations write to. */
    public static final String NAME = "io.github.consultation.store.migrations";

    /**
     * Whether this thread is running the store's own Flyway. Static because Flyway's choice of log
     * is, and thread-bound because the store's migrations and a host's may run at the same time.
     */
    private static final ThreadLocal<Boolean> STORES_RUN = ThreadLocal.withInitial(() -> false);

    private static final Log STORES = new SystemLog(System.getLogger(NAME), true);

    /** Made by Flyway, once for each configuration that names it. */
    public MigrationLog() {
    }

    /** Runs {@code flyway} (the store's own Flyway at work) with its messages going to the store's log. */
    static <T> T during(Supplier<T> flyway) {
        if (STORES_RUN.get()) {
            return flyway.get();
        }
        STORES_RUN.set(true);
        try {
            return flyway.get();
        } finally {
            STORES_RUN.remove();
        }
    }

    @Override
    public Log createLogger(Class<?> clazz) {
        return new ByThread(clazz);
    }

    /** Flyway's messages about {@code clazz}: the store's log on the store's runs, Flyway's own choice elsewhere. */
    private record ByThread(Class<?> clazz) implements Log {
        // Chosen at each message, not once: Flyway's classes keep the Log they were given.
        private Log target() {
            return STORES_RUN.get() ? STORES : FlywaysChoice.CREATOR.createLogger(clazz);
        }

        @Override
        public boolean isDebugEnabled() {
            return target().isDebugEnabled();
        }

        @Override
        public void debug(String message) {
            target().debug(message);
        }

        @Override
        public void info(String message) {
            target().info(message);
        }

        @Override
        public void warn(String message) {
            target().warn(message);
        }

        @Override
        public void error(String message) {
            target().error(message);
        }

        @Override
        public void error(String message, Exception e) {
            target().error(message, e);
        }

        @Override
        public void notice(String message) {
            target().notice(message);
        }
    }

    /** Flyway's messages on a JDK logger, at their own levels or, {@code demoted}, each one level down. */
    private record SystemLog(Logger logger, boolean demoted) implements Log {
        private Level debug() {
            return demoted ? Level.TRACE : Level.DEBUG;
        }

        private Level info() {
            return demoted ? Level.DEBUG : Level.INFO;
        }

        @Override
        public boolean isDebugEnabled() {
            return logger.isLoggable(debug());
        }

        @Override
        public void debug(String message) {
            logger.log(debug(), message);
        }

        @Override
        public void info(String message) {
            logger.log(info(), message);
        }

        @Override
        public void notice(String message) {
            logger.log(info(), message);
        }

        @Override
        public void warn(String message) {
            logger.log(Level.WARNING, message);
        }

        @Override
        public void error(String message) {
            logger.log(Level.ERROR, message);
        }

        @Override
        public void error(String message, Exception e) {
            logger.log(Level.ERROR, message, e);
        }
    }

    /** Flyway's own choice of log, as {@code loggers=auto} makes it; found at first use, outside Flyway's locks. */
    private static final class FlywaysChoice {
        static final LogCreator CREATOR = find(LogFactory.class.getClassLoader());

        private static LogCreator find(ClassLoader loader) {
            try {
                FeatureDetector detector = new FeatureDetector(loader);
                if (detector.isSlf4jAvailable()) {
                    return new Slf4jLogCreator();
                }
                if (detector.isLog4J2Available()) {
                    return new Log4j2LogCreator();
                }
                if (detector.isApacheCommonsLoggingAvailable()) {
                    return new ApacheCommonsLogCreator();
                }
                return new JavaUtilLogCreator();
            } catch (LinkageError e) {
                // A Flyway without these classes: its messages at their own levels, on loggers named as Flyway's are.
                return clazz -> new SystemLog(System.getLogger(clazz.getName()), false);
            }
        }
    }
}
