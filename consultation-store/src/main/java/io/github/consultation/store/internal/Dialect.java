package io.github.consultation.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the store runs on, and the few statements that differ between them. */
public enum Dialect {
    /** SQLite: one writer at a time, WAL. */
    SQLITE("sqlite", "INSERT INTO feedback_claim (content_hash, bucket) VALUES (?, ?) ON CONFLICT DO NOTHING"),
    /** PostgreSQL: several instances may share it. */
    POSTGRESQL("postgresql", "INSERT INTO feedback_claim (content_hash, bucket) VALUES (?, ?) ON CONFLICT DO NOTHING"),
    /**
     * H2, for trying the library out. It has no {@code ON CONFLICT} outside its PostgreSQL mode, and a
     * {@code WHERE NOT EXISTS} guard races; a claim that exists is its unique key's violation, which
     * leaves H2's transaction usable.
     */
    H2("h2", "INSERT INTO feedback_claim (content_hash, bucket) VALUES (?, ?)");

    private final String folder;
    private final String claim;

    Dialect(String folder, String claim) {
        this.folder = folder;
        this.claim = claim;
    }

    /** Where this dialect's migrations are on the class path, for Flyway. */
    public String migrations() {
        return "classpath:io/github/consultation/store/migration/" + folder;
    }

    /**
     * The statement that claims a content hash for a bucket: one row inserted, or none (or, on H2,
     * a unique key violation: see {@link #alreadyClaimed}) if already claimed.
     */
    public String claim() {
        return claim;
    }

    /** Whether {@code e}, thrown by {@link #claim()}, means the claim exists already. */
    public boolean alreadyClaimed(SQLException e) {
        // 23505: SQL's unique violation, which H2 reports and keeps the transaction going.
        return this == H2 && "23505".equals(e.getSQLState());
    }

    /**
     * The dialect of the database {@code c} is connected to.
     *
     * @throws SQLException if it is none of SQLite, PostgreSQL and H2
     */
    public static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("sqlite")) {
            return SQLITE;
        }
        if (product.contains("postgresql")) {
            return POSTGRESQL;
        }
        if (product.equals("h2")) {
            return H2;
        }
        throw new SQLException("The feedback store runs on SQLite, PostgreSQL or H2, not " + product);
    }
}
