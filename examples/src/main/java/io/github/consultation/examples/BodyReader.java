package io.github.consultation.examples;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's body before its handler runs, without holding a thread while the client is
 * slow: each chunk is taken when Jetty has one ({@link Request#demand}), and the whole body must
 * have come within the body timeout, counted from the end of the headers. A body over the route's
 * limit is read to its end and dropped when it is within {@link #DRAIN_LIMIT} (so that the client,
 * still sending, can read the refusal), and not read at all when it declares more than that.
 *
 * <p>The timeout is set only once the reader has to wait for a chunk. A form's or a JSON post's
 * body mostly comes in the packets of its headers and is read at once: setting a timer for it
 * and cancelling it woke Jetty's scheduler thread for every post (about 20 microseconds of CPU a
 * post, measured per thread: BENCHMARKS.md, "On Jetty").
 */
final class BodyReader {
    /** How many bytes of an oversized body are read and dropped before the refusal is sent. */
    static final long DRAIN_LIMIT = 1024 * 1024;

    /** What became of the body. */
    interface Done {
        /**
         * The body, or null if it was over the limit; {@code whole} says whether the body was read
         * to its end (when it was not, the connection must close after the answer).
         */
        void read(byte[] body, boolean whole);

        /** The body did not come in time. */
        void timedOut();

        /** The client went, or the request broke. */
        void failed(Throwable cause);
    }

    private final Request request;
    private final int max;
    private final Done done;
    private final AtomicBoolean finished = new AtomicBoolean();
    private byte[] kept = new byte[256];
    private int length;
    private long seen;
    private final long deadline;
    /** Set when the reader first waits (before it asks Jetty for more), by the thread reading. */
    private volatile Scheduler.Task timeout;

    private BodyReader(Request request, int max, long deadline, Done done) {
        this.request = request;
        this.max = max;
        this.deadline = deadline;
        this.done = done;
    }

    /**
     * Reads the body of {@code request} (at most {@code max} bytes are kept) within {@code timeoutNanos}
     * of its headers' arrival, then tells {@code done}, on a thread that may block.
     */
    static void read(Request request, int max, long timeoutNanos, Done done) {
        long declared = request.getLength();
        if (declared > max && declared > DRAIN_LIMIT) {
            // Not a byte is read: the answer goes first, and the connection is then closed.
            done.read(null, false);
            return;
        }
        new BodyReader(request, max, request.getHeadersNanoTime() + timeoutNanos, done).run();
    }

    /** Starts the clock, if it is not running yet: the body's deadline, counted from its headers. */
    private void waiting() {
        if (timeout == null) {
            long left = deadline - System.nanoTime();
            timeout = request.getComponents().getScheduler().schedule(this::expire, Math.max(0, left),
                    TimeUnit.NANOSECONDS);
        }
    }

    private void stopClock() {
        Scheduler.Task task = timeout;
        if (task != null) {
            task.cancel();
        }
    }

    private void expire() {
        if (finished.compareAndSet(false, true)) {
            // The scheduler's thread must not run the handler: hand it to the server's pool.
            request.getComponents().getThreadPool().execute(done::timedOut);
        }
    }

    /** Takes every chunk there is; asks to be called again when there is none yet. */
    private void run() {
        while (!finished.get()) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                waiting();
                request.demand(this::run);
                return;
            }
            if (Content.Chunk.isFailure(chunk)) {
                if (finished.compareAndSet(false, true)) {
                    stopClock();
                    done.failed(chunk.getFailure());
                }
                return;
            }
            ByteBuffer bytes = chunk.getByteBuffer();
            int n = bytes.remaining();
            seen += n;
            int room = max + 1 - length;
            if (room > 0) {
                int take = Math.min(room, n);
                if (length + take > kept.length) {
                    kept = Arrays.copyOf(kept, Math.max(length + take, Math.min(max + 1, kept.length * 2)));
                }
                bytes.get(kept, length, take);
                length += take;
            }
            boolean last = chunk.isLast();
            chunk.release();
            if (seen > max + DRAIN_LIMIT) {
                // Too long to drain: refused now, and the connection closes after the answer.
                finish(null, false);
                return;
            }
            if (last) {
                finish(length <= max ? Arrays.copyOf(kept, length) : null, true);
                return;
            }
        }
    }

    private void finish(byte[] body, boolean whole) {
        if (finished.compareAndSet(false, true)) {
            stopClock();
            done.read(body, whole);
        }
    }
}
