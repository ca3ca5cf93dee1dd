package io.github.consultation.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The host's data source and the dialect it speaks, with the two ways the store uses a connection. Immutable. */
public final class Database {
    private final DataSource dataSource;
    private final Dialect dialect;

    /** The database behind {@code dataSource}, which speaks {@code dialect}. */
    public Database(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Work done on one connection, which may throw. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work on {@code c}. */
        T run(Connection c) throws SQLException;
    }

    /** What is done with each row of a result, in turn. */
    @FunctionalInterface
    public interface EachRow {
        /** Reads the row {@code rs} is at. */
        void accept(ResultSet rs) throws SQLException;
    }

    /** The data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** Runs {@code work} on a connection of its own, outside any transaction of ours. */
    public <T> T withConnection(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        }
    }

    /** Runs {@code work} as one transaction: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }
}
