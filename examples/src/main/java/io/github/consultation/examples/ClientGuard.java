package io.github.consultation.examples;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Keeps slow and greedy clients from taking the server's connections, as a listener on Jetty's
 * connector: a cap on the connections one client address holds open at once (a trusted proxy,
 * which carries many readers, has none), and a deadline for a request's line and headers, counted
 * from its first byte (from the connection's opening, for its first request). A connection over
 * the cap, or past the deadline, is closed. Jetty already holds no thread for a connection that is
 * waiting, so these bound what slow clients can hold: sockets and buffers, not workers.
 *
 * <p>The deadline is kept by a sweep every quarter of a second over the open HTTP/1 connections,
 * reading Jetty's counts of each (bytes in, requests in, answers out); an HTTP/2 connection has
 * its own limits in Jetty. Once a request's headers are in, its body has the body timeout
 * ({@link BodyReader}), and a connection with nothing to say has the idle timeout.
 *
 * <p>What it did is told in the log once a minute, in counts only: no client address is logged.
 */
final class ClientGuard implements Connection.Listener, AutoCloseable {
    private static final long SWEEP_MILLIS = 250;

    /** What the sweep knows of one connection. */
    private static final class Watch {
        final InetAddress address;
        final boolean counted;
        final long opened = System.nanoTime();
        long messages;
        long bytesAtRest;
        long readingSince;

        Watch(InetAddress address, boolean counted) {
            this.address = address;
            this.counted = counted;
        }
    }

    private final int perClient;
    private final long headerNanos;
    private final ClientAddress proxies;
    private final PrintStream log;
    private final Map<Connection, Watch> open = new ConcurrentHashMap<>();
    private final Map<InetAddress, Integer> perAddress = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong tooSlow = new AtomicLong();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "consultation-client-guard");
        t.setDaemon(true);
        return t;
    });

    ClientGuard(int perClient, Duration headerTimeout, ClientAddress proxies, PrintStream log) {
        this.perClient = perClient;
        this.headerNanos = headerTimeout.toNanos();
        this.proxies = proxies;
        this.log = log;
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        sweeper.scheduleWithFixedDelay(this::report, 1, 1, TimeUnit.MINUTES);
    }

    @Override
    public void onOpened(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        InetAddress address = remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
        boolean counted = address != null && !proxies.isTrustedProxy(address);
        open.put(connection, new Watch(address, counted));
        if (counted && perAddress.merge(address, 1, Integer::sum) > perClient) {
            refused.incrementAndGet();
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Watch watch = open.remove(connection);
        if (watch != null && watch.counted) {
            perAddress.computeIfPresent(watch.address, (a, n) -> n == 1 ? null : n - 1);
        }
    }

    /** Closes each HTTP/1 connection whose request line and headers have taken longer than the deadline. */
    private void sweep() {
        long now = System.nanoTime();
        open.forEach((connection, watch) -> {
            if (connection instanceof HttpConnection && tooSlow(connection, watch, now)) {
                tooSlow.incrementAndGet();
                connection.getEndPoint().close();
            }
        });
    }

    /**
     * Whether {@code connection} has been reading one request's headers for longer than the deadline.
     * Jetty counts a request in when its headers are complete, and an answer out when it is sent.
     */
    private boolean tooSlow(Connection connection, Watch watch, long now) {
        long in = connection.getMessagesIn();
        long bytes = connection.getBytesIn();
        if (in != connection.getMessagesOut() || in != watch.messages) {
            // A request is being handled (its body has its own deadline), or was answered since the
            // last sweep: the connection is at rest until its next byte.
            watch.messages = in;
            watch.bytesAtRest = bytes;
            watch.readingSince = 0;
            return false;
        }
        if (in == 0) {
            return now - watch.opened > headerNanos;
        }
        if (bytes == watch.bytesAtRest) {
            return false; // Idle between requests: the idle timeout decides.
        }
        if (watch.readingSince == 0) {
            watch.readingSince = now;
        }
        return now - watch.readingSince > headerNanos;
    }

    private void report() {
        long over = refused.getAndSet(0);
        long slow = tooSlow.getAndSet(0);
        if (over > 0 || slow > 0) {
            log.println("closed " + over + " connections over the cap per client and " + slow
                    + " too slow to send their headers in the last minute");
        }
    }

    /** How many connections are open now. */
    int openConnections() {
        return open.size();
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        report();
    }
}
