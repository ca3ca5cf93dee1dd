package io.github.consultation.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The demo's database: a pool of connections (HikariCP) to an SQLite file, or to PostgreSQL or H2
 * by their {@code jdbc:} addresses, for the {@link io.github.consultation.store.FeedbackStore}.
 *
 * <p>Every connection to SQLite is opened with the same settings, because the pool opens each
 * from them, the first and any that replaces a broken one alike: WAL, so that readers never wait
 * for the writer; {@code synchronous=FULL}, so that a commit is on disk before the reader is
 * thanked; and a busy timeout, so that writers take turns instead of failing.
 */
final class Database {
    /** The SQLite settings every connection opens with. */
    static final Properties SQLITE_SETTINGS = new Properties();

    static {
        SQLITE_SETTINGS.setProperty("journal_mode", "WAL");
        SQLITE_SETTINGS.setProperty("synchronous", "FULL");
        SQLITE_SETTINGS.setProperty("busy_timeout", "10000");
    }

    private Database() {
    }

    /**
     * A pool for {@code db}: a file path (an SQLite database, made if missing) or a {@code jdbc:}
     * address of SQLite, PostgreSQL or H2.
     *
     * @param connections the most connections the pool keeps open
     * @throws IllegalArgumentException for a {@code jdbc:} address of another database
     */
    static HikariDataSource open(String db, int connections) {
        String url = db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + Path.of(db).toAbsolutePath();
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db takes a file path, or a jdbc:sqlite:, jdbc:postgresql: or jdbc:h2: address");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("consultation");
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(Math.max(1, connections));
        config.setConnectionTimeout(30_000);
        if (url.startsWith("jdbc:sqlite:")) {
            config.setDataSourceProperties(SQLITE_SETTINGS);
        }
        return new HikariDataSource(config);
    }

    /** Where the data lives, for the start-up message: the address without any password. */
    static String describe(HikariDataSource pool) {
        return pool.getJdbcUrl().replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
