package io.github.consultation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.github.consultation.store.internal.MigrationLog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's migrations leave a host's own Flyway's log as it was (issue 27, item 4). Flyway keeps
 * its choice of log in one static place ({@code LogFactory}): every new Flyway resets it from its own
 * configuration, and every Flyway's messages go through it, a host's Flyway made before the store's
 * included. The host's Flyway here runs on a database of its own with a migration of its own, made
 * before the store migrates (as Spring Boot makes its Flyway) and run after or during the store's
 * migrations. Flyway logs to java.util.logging here (the store's test class path has no SLF4J
 * provider), and each test reads what Flyway's loggers and the store's got, on which thread.
 */
class HostFlywayLogTest {
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    // Held so that java.util.logging keeps the levels set on them.
    private final Logger flywaysOwn = Logger.getLogger("org.flywaydb");
    private final Logger stores = Logger.getLogger(MigrationLog.NAME);
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private volatile Predicate<LogRecord> onRecord = r -> true;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
            onRecord.test(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        for (Logger logger : List.of(flywaysOwn, stores)) {
            logger.setLevel(Level.ALL);
            logger.setUseParentHandlers(false);
            logger.addHandler(capture);
        }
    }

    @AfterEach
    void stopListening() {
        for (Logger logger : List.of(flywaysOwn, stores)) {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(true);
            logger.setLevel(null);
        }
    }

    private static Flyway hostsFlyway(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:host-migration").load();
    }

    /** The records {@code thread} logged. */
    private List<LogRecord> loggedOn(Thread thread) {
        return records.stream().filter(r -> r.getLongThreadID() == thread.getId()).toList();
    }

    private static List<LogRecord> only(List<LogRecord> records, Predicate<LogRecord> which) {
        return records.stream().filter(which).toList();
    }

    /** {@code records}, as a log would show them. */
    private static List<String> shown(List<LogRecord> records) {
        return records.stream().map(r -> r.getLevel() + " " + r.getLoggerName() + ": " + r.getMessage()).toList();
    }

    private static Predicate<LogRecord> says(String text) {
        return r -> r.getMessage() != null && r.getMessage().contains(text);
    }

    private static boolean fromFlyway(LogRecord r) {
        return r.getLoggerName().startsWith("org.flywaydb");
    }

    private static boolean fromTheStore(LogRecord r) {
        return r.getLoggerName().equals(MigrationLog.NAME);
    }

    /** The host's migration, at Flyway's INFO on Flyway's loggers and nowhere in the store's log. */
    private static void assertTheHostsMigrationLoggedAsItsOwn(List<LogRecord> hosts) {
        assertFalse(only(hosts, says("host notes").and(HostFlywayLogTest::fromFlyway).and(r -> r.getLevel() == Level.INFO))
                .isEmpty(), () -> "the host's migration at INFO on Flyway's loggers: " + shown(only(hosts, says("host notes"))));
        assertEquals(List.of(), shown(only(hosts, HostFlywayLogTest::fromTheStore)), "the host's Flyway in the store's log");
    }

    /** The store's migrations, at DEBUG in the store's log and nothing at INFO or above on Flyway's loggers. */
    private static void assertTheStoresMigrationsAtDebug(List<LogRecord> stores) {
        assertFalse(only(stores, says("consultation_schema_history").and(HostFlywayLogTest::fromTheStore)
                .and(r -> r.getLevel() == Level.FINE)).isEmpty(), () -> "the store's history table at DEBUG: "
                        + shown(stores));
        assertEquals(List.of(), shown(only(stores, r -> fromFlyway(r) && r.getLevel().intValue() >= Level.INFO.intValue())),
                "the store's migrations on Flyway's loggers, at INFO or above");
    }

    @Test
    void aHostsFlywayMadeBeforeTheStoresMigrationsLogsAsItsOwnAfterThem() throws Exception {
        try (HikariDataSource hostsDatabase = TestDatabases.open("h2", dir, "host-after");
                HikariDataSource storesDatabase = TestDatabases.open("h2", dir, "store-before-host")) {
            Flyway host = hostsFlyway(hostsDatabase);
            FeedbackStore.builder(storesDatabase).build();
            int storesRecords = records.size();
            host.migrate();

            assertTheStoresMigrationsAtDebug(records.subList(0, storesRecords));
            assertTheHostsMigrationLoggedAsItsOwn(records.subList(storesRecords, records.size()));
        }
    }

    @Test
    void aHostsFlywayMigratingWhileTheStoresDoesLogsAsItsOwn() throws Exception {
        try (HikariDataSource hostsDatabase = TestDatabases.open("h2", dir, "host-during");
                HikariDataSource storesDatabase = TestDatabases.open("h2", dir, "store-during-host")) {
            migrateWhileTheStoreDoes(hostsFlyway(hostsDatabase), storesDatabase);
        }
    }

    private void migrateWhileTheStoreDoes(Flyway host, DataSource storesDatabase) throws Exception {
        CountDownLatch storeMigrating = new CountDownLatch(1);
        CountDownLatch hostDone = new CountDownLatch(1);
        // The store's migrations wait, at their first message, until the host's Flyway has migrated.
        onRecord = r -> {
            if (r.getLoggerName().equals(MigrationLog.NAME) && storeMigrating.getCount() > 0) {
                storeMigrating.countDown();
                await(hostDone);
            }
            return true;
        };
        FutureTask<FeedbackStore> store = new FutureTask<>(() -> FeedbackStore.builder(storesDatabase).build());
        Thread storeThread = new Thread(store, "store-migrations");
        storeThread.start();
        assertTrue(storeMigrating.await(WAIT_SECONDS, TimeUnit.SECONDS), "the store's migrations under way");
        host.migrate();
        hostDone.countDown();
        store.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertTheHostsMigrationLoggedAsItsOwn(loggedOn(Thread.currentThread()));
        assertTheStoresMigrationsAtDebug(loggedOn(storeThread));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
