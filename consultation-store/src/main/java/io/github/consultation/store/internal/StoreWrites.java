package io.github.consultation.store.internal;

import io.github.consultation.model.Answers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's one write path, for every form: each save claims what makes it unique (its content
 * for the duplicate window, or the key its caller gave) under a unique key, in the same transaction
 * as its row; a claim that exists already means a duplicate, stored once. Saves that arrive
 * together are committed together ({@link GroupCommit}). Safe to share between threads.
 */
public final class StoreWrites {
    /**
     * The bucket of a claim by key, which no housekeeping forgets: a key is claimed for good, so that
     * an import run twice stores its rows once.
     */
    private static final long FOR_GOOD = Long.MAX_VALUE;

    private final Database database;
    private final Duration duplicateWindow;
    private final AtomicLong saves = new AtomicLong();
    private final GroupCommit<Write, Long> writer;

    /** One save: its table, answers and their canonical text, when it came, and the claims that make it unique. */
    private record Write(FormTable table, Answers answers, String content, Instant receivedAt, List<Claim> claims) {
    }

    /** A claim on a hash for a bucket of time. */
    private record Claim(String hash, long bucket) {
    }

    /** Writes to {@code database}, content within {@code duplicateWindow} (one to two of it) stored once. */
    public StoreWrites(Database database, Duration duplicateWindow) {
        this.database = database;
        this.duplicateWindow = duplicateWindow;
        this.writer = new GroupCommit<>(this::commit, 64);
    }

    /**
     * Saves {@code answers} to {@code table}, received at {@code receivedAt}; returns once committed.
     * With no {@code key}, the same content within the duplicate window is stored once; with one, the
     * key alone decides, for good. Returns the new row's id, or 0 for a duplicate not stored again.
     *
     * @throws SQLException if they were not saved
     */
    public long save(FormTable table, Answers answers, Instant receivedAt, String key) throws SQLException {
        String content = table.content(answers);
        List<Claim> claims;
        if (key == null) {
            String hash = table.contentHash(answers, content);
            long bucket = receivedAt.toEpochMilli() / Math.max(1, duplicateWindow.toMillis());
            claims = List.of(new Claim(hash, bucket), new Claim(hash, bucket + 1));
        } else {
            claims = List.of(new Claim(FormTable.hash(List.of("key", table.tab(), key)), FOR_GOOD));
        }
        return writer.submit(new Write(table, answers, content, receivedAt, claims));
    }

    /**
     * Commits {@code writes} in one transaction: each claims what makes it unique, and is stored
     * unless a claim exists (a duplicate). In a batch, each write has a savepoint of its own, so that
     * a duplicate's first claim does not outlive it.
     */
    private List<Long> commit(List<Write> writes) throws SQLException {
        return database.inTransaction(c -> {
            List<Long> saved = new ArrayList<>(writes.size());
            boolean alone = writes.size() == 1;
            long counted = saves.getAndAdd(writes.size());
            if (counted / 256 != (counted + writes.size()) / 256) {
                // Older than the window of the batch's first save by content; keys are not its business.
                OptionalLong bucket = writes.stream().mapToLong(w -> w.claims().get(0).bucket())
                        .filter(b -> b != FOR_GOOD).findFirst();
                if (bucket.isPresent()) {
                    forgetOldClaims(c, bucket.getAsLong() - 1);
                }
            }
            for (Write w : writes) {
                Savepoint before = alone ? null : c.setSavepoint();
                if (!claimAll(c, w.claims())) {
                    // A claim of the first bucket alone must not outlive this attempt.
                    if (alone) {
                        c.rollback();
                    } else {
                        c.rollback(before);
                    }
                    saved.add(0L);
                } else {
                    saved.add(w.table().insert(c, w.answers(), w.content(), w.receivedAt()));
                    if (!alone) {
                        c.releaseSavepoint(before);
                    }
                }
            }
            return saved;
        });
    }

    private boolean claimAll(Connection c, List<Claim> claims) throws SQLException {
        for (Claim claim : claims) {
            if (!claim(c, claim)) {
                return false;
            }
        }
        return true;
    }

    private boolean claim(Connection c, Claim claim) throws SQLException {
        Dialect dialect = database.dialect();
        try (PreparedStatement insert = c.prepareStatement(dialect.claim())) {
            insert.setString(1, claim.hash());
            insert.setLong(2, claim.bucket());
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (dialect.alreadyClaimed(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Drops duplicate claims from before {@code bucket}, too old to matter, so that no content hash
     * outlives its window for long (claims by key are kept for good): every 256 saves, in a save's own
     * transaction (so that SQLite still has one writer), under a savepoint so that housekeeping never
     * fails a save.
     */
    private static void forgetOldClaims(Connection c, long bucket) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM feedback_claim WHERE bucket < ?")) {
            delete.setLong(1, bucket);
            delete.executeUpdate();
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before); // the next round tries again
        }
    }
}
