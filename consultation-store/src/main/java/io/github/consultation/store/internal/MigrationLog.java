package io.github.consultation.store.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Where the store's own Flyway writes: the logger {@value #NAME}, one level down from Flyway's own
 * (its information, the version banner and each table migrated, at DEBUG; its debug at TRACE),
 * warnings and errors as they are. A host's log at INFO then says nothing of the library's tables,
 * while Flyway's loggers ({@code org.flywaydb}) stay the host's own. Flyway makes it by name from
 * the store's configuration ({@code loggers}), hence public with a constructor of no arguments.
 */
public final class MigrationLog implements LogCreator {
    /** The logger the store's migrations write to. */
    public static final String NAME = "io.github.consultation.store.migrations";

    /** Made by Flyway, once for each configuration that names it. */
    public MigrationLog() {
    }

    @Override
    public Log createLogger(Class<?> clazz) {
        Logger logger = System.getLogger(NAME);
        return new Log() {
            @Override
            public boolean isDebugEnabled() {
                return logger.isLoggable(Level.TRACE);
            }

            @Override
            public void debug(String message) {
                logger.log(Level.TRACE, message);
            }

            @Override
            public void info(String message) {
                logger.log(Level.DEBUG, message);
            }

            @Override
            public void notice(String message) {
                logger.log(Level.DEBUG, message);
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
        };
    }
}
