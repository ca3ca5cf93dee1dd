package io.github.consultation.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;

/**
 * Where the demo server logs each request: nowhere, standard output, or a file (appended to), in
 * the W3C Extended Log File Format, the one IIS and many log tools read: a {@code #Fields}
 * directive names the fields once, then a line per request. The client's address and the query
 * string are not among the fields, as every log of the demo leaves out what could identify a
 * reader; times are UTC, {@code time-taken} in milliseconds (as IIS writes it), {@code sc-bytes}
 * counts the answer's headers too.
 *
 * <pre>
 * #Version: 1.0
 * #Fields: date time cs-method cs-uri-stem sc-status sc-bytes time-taken cs-version
 * 2026-12-04 11:50:02 POST /shared-record 303 171 4 HTTP/1.1
 * </pre>
 *
 * <p>Lines are written by a thread of their own, so that a slow terminal or disk never holds up
 * an answer; when it falls a queue's length behind, lines are dropped and counted. After each
 * write the thread lets lines gather for 20 ms (GATHER_MILLIS): under load it writes them in
 * batches, rather than being woken for every request (the wake-ups cost more than the writing:
 * BENCHMARKS.md, "On Jetty"); a line of a quiet server is written at once. Immutable.
 */
final class AccessLog {
    /** No access log. */
    static final AccessLog OFF = new AccessLog("off", null);

    /** The fields of each line, as the log's {@code #Fields} directive names them. */
    static final String FIELDS = "date time cs-method cs-uri-stem sc-status sc-bytes time-taken cs-version";

    /** Those fields in Jetty's {@link CustomRequestLog} codes. */
    static final String FORMAT = "%{yyyy-MM-dd HH:mm:ss|UTC}t %m %U %s %O %{ms}T %H";

    private static final int QUEUE = 8192;

    /** How long the writer lets lines gather after a write; the queue holds far more than come in that time. */
    static final int GATHER_MILLIS = 20;

    /** Opens the stream the lines go to. */
    @FunctionalInterface
    interface Target {
        OutputStream open() throws IOException;
    }

    private final String description;
    private final Target target;

    private AccessLog(String description, Target target) {
        this.description = description;
        this.target = target;
    }

    /** Standard output. */
    static AccessLog stdout() {
        return new AccessLog("stdout", () -> new NotClosing(System.out));
    }

    /** {@code stream}, left open when the server stops (a test's capture, say). */
    static AccessLog to(OutputStream stream) {
        return new AccessLog("a stream", () -> new NotClosing(stream));
    }

    /** The file at {@code path}, created if need be and appended to. */
    static AccessLog file(Path path) {
        return new AccessLog(path.toString(), () -> Files.newOutputStream(path, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    /** {@code off}, {@code stdout}, or a file's path, as {@code --access-log} takes them. */
    static AccessLog parse(String value) {
        return switch (value) {
            case "off" -> OFF;
            case "stdout", "-" -> stdout();
            default -> file(Path.of(value));
        };
    }

    @Override
    public String toString() {
        return description;
    }

    /** A running log for Jetty, or empty when off; close it after the server has stopped. */
    Optional<Running> start() throws IOException {
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(new Running(new BufferedWriter(new OutputStreamWriter(target.open(), StandardCharsets.UTF_8))));
    }

    /** The log while the server runs: Jetty's {@link CustomRequestLog} over a queue and its writer thread. */
    static final class Running implements RequestLog.Writer, AutoCloseable {
        private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE);
        private final AtomicLong dropped = new AtomicLong();
        private final Writer out;
        private final Thread thread;
        private volatile boolean closing;

        private Running(Writer out) throws IOException {
            this.out = out;
            out.write("#Version: 1.0\n#Fields: " + FIELDS + "\n");
            out.flush();
            this.thread = new Thread(this::drain, "consultation-access-log");
            thread.setDaemon(true);
            thread.start();
        }

        /** The request log Jetty calls as each request completes. */
        RequestLog requestLog() {
            return new CustomRequestLog(this, FORMAT);
        }

        @Override
        public void write(String line) {
            if (!lines.offer(line)) {
                dropped.incrementAndGet();
            }
        }

        private void drain() {
            List<String> batch = new ArrayList<>();
            try {
                while (!closing || !lines.isEmpty()) {
                    String first = lines.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    lines.drainTo(batch);
                    for (String line : batch) {
                        out.write(line);
                        out.write('\n');
                    }
                    batch.clear();
                    long lost = dropped.getAndSet(0);
                    if (lost > 0) {
                        out.write("(access log: " + lost + " lines dropped while the log was behind)\n");
                    }
                    out.flush();
                    if (!closing) {
                        Thread.sleep(GATHER_MILLIS);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // The log's stream is gone (or the server is stopping): the server goes on without it.
            }
        }

        /** Writes what is queued, then closes the stream (standard output and a test's stream stay open). */
        @Override
        public void close() throws IOException {
            closing = true;
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.close();
        }
    }

    /** A stream whose {@code close} only flushes. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
