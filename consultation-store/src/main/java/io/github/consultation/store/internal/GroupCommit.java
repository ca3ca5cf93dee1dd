package io.github.consultation.store.internal;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes that many threads ask for at once, committed together: one transaction, and so one wait
 * for the disk, for as many as are waiting (up to a batch's size), each thread returning only once
 * its own write is committed. Each commit waits for the disk; a batch waits once for all of its
 * writes. And on SQLite, which has one writer at a time, a second writer would wait in its busy
 * handler, which sleeps.
 *
 * <p>No thread of its own: the first thread to find no batch running commits the waiting writes,
 * its own among them, and the others wait for it. Safe to share between threads.
 *
 * @param <T> a write
 * @param <R> what a write gives back
 */
public final class GroupCommit<T, R> {
    /** Commits a batch of writes in one transaction; returns each one's result, in order. */
    @FunctionalInterface
    public interface Batch<T, R> {
        /**
         * Commits {@code writes} together.
         *
         * @throws SQLException if the transaction failed: then none of them is committed
         */
        List<R> commit(List<T> writes) throws SQLException;
    }

    /** One write, waiting for its batch. */
    private static final class Slot<T, R> {
        final T write;
        R result;
        SQLException failure;
        boolean done;

        Slot(T write) {
            this.write = write;
        }
    }

    private final Batch<T, R> batch;
    private final int maxBatch;
    private final ArrayDeque<Slot<T, R>> waiting = new ArrayDeque<>();
    private boolean committing;

    /** Commits with {@code batch}, at most {@code maxBatch} writes at a time. */
    public GroupCommit(Batch<T, R> batch, int maxBatch) {
        this.batch = Objects.requireNonNull(batch, "batch");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.maxBatch = maxBatch;
    }

    /**
     * Commits {@code write}, with whatever other writes are waiting; returns its result once it is
     * committed.
     *
     * @throws SQLException if its batch's transaction failed, and so it was not committed
     */
    public R submit(T write) throws SQLException {
        Slot<T, R> mine = new Slot<>(write);
        synchronized (this) {
            waiting.add(mine);
        }
        while (true) {
            List<Slot<T, R>> taken;
            synchronized (this) {
                while (committing && !mine.done) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // Our write may be in a batch being committed: wait for its outcome all the
                        // same, and keep the interrupt for the caller.
                        Thread.currentThread().interrupt();
                        waitUninterruptibly(mine);
                    }
                }
                if (mine.done) {
                    return result(mine);
                }
                committing = true;
                taken = new ArrayList<>(Math.min(waiting.size(), maxBatch));
                while (!waiting.isEmpty() && taken.size() < maxBatch) {
                    taken.add(waiting.poll());
                }
            }
            commit(taken);
        }
    }

    private void waitUninterruptibly(Slot<T, R> mine) {
        boolean interrupted = Thread.interrupted();
        while (committing && !mine.done) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void commit(List<Slot<T, R>> taken) {
        List<T> writes = new ArrayList<>(taken.size());
        taken.forEach(s -> writes.add(s.write));
        List<R> results = null;
        SQLException failure = null;
        try {
            results = batch.commit(writes);
            if (results.size() != writes.size()) {
                failure = new SQLException("A batch of " + writes.size() + " writes gave " + results.size() + " results");
            }
        } catch (SQLException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new SQLException("The batch failed: " + e, e);
        }
        synchronized (this) {
            for (int i = 0; i < taken.size(); i++) {
                Slot<T, R> slot = taken.get(i);
                if (failure == null) {
                    slot.result = results.get(i);
                } else {
                    slot.failure = failure;
                }
                slot.done = true;
            }
            committing = false;
            notifyAll();
        }
    }

    private static <T, R> R result(Slot<T, R> slot) throws SQLException {
        if (slot.failure != null) {
            SQLException thrown = new SQLException(slot.failure.getMessage(), slot.failure.getSQLState(),
                    slot.failure.getErrorCode(), slot.failure);
            throw thrown;
        }
        return slot.result;
    }
}
