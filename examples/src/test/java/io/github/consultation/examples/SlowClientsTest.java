package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 30: slow and greedy clients cannot keep readers out. Everything here is on loopback,
 * bounded in count (300 connections at most) and in time (every socket has a timeout).
 */
class SlowClientsTest {
    private static final String SLOW_HEADERS = "GET / HTTP/1.1\r\nHost: x\r\n";
    private static final int SECONDS = 2;

    @TempDir
    Path dir;

    private TestServer server(Consumer<ServerSettings.Builder> more) throws Exception {
        return new TestServer(dir, s -> {
            s.headerTimeout(Duration.ofSeconds(SECONDS)).bodyTimeout(Duration.ofSeconds(SECONDS));
            more.accept(s);
        });
    }

    /** A connection from {@code from} to the server, its reads bounded. */
    private static Socket connect(TestServer server, String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 5_000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** A whole page read from {@code from} on a connection of its own; its status line and the milliseconds it took. */
    private static long[] read(TestServer server, String from) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = connect(server, from)) {
            socket.getOutputStream().write("GET /shared-record HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readAllBytes();
            String status = new String(answer, 0, Math.min(12, answer.length), StandardCharsets.US_ASCII);
            return new long[] {status.equals("HTTP/1.1 200") ? 200 : -1, (System.nanoTime() - started) / 1_000_000};
        }
    }

    /** Whether the server has closed {@code socket}: it reads the end, or a reset. */
    private static boolean closedByServer(Socket socket) throws IOException {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // An answer (408, say) before the end is allowed.
            }
            return true;
        } catch (SocketException reset) {
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        }
    }

    @Test
    void threeHundredSlowHeaderConnectionsLeaveAReaderFromAnotherAddressServed() throws Exception {
        try (TestServer server = server(s -> { })) {
            assertEquals(200, read(server, "127.0.0.2")[0], "warmed up");
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket socket = connect(server, "127.0.0.1");
                    slow.add(socket);
                    try {
                        socket.getOutputStream().write(SLOW_HEADERS.getBytes(StandardCharsets.US_ASCII));
                    } catch (SocketException refused) {
                        // Past the cap per client the server closes the connection at once.
                    }
                }
                List<Long> millis = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    long[] answer = read(server, "127.0.0.2");
                    assertEquals(200, answer[0], "a reader from another address is answered");
                    millis.add(answer[1]);
                }
                Collections.sort(millis);
                // The median, so that one pause of a machine shared with other builds does not decide.
                assertTrue(millis.get(2) < 100, "answered within 100 ms: " + millis);
                assertTrue(millis.get(4) < 1_000, "every one answered at once, not after a timeout: " + millis);
                // A connection over the cap is closed as it opens, but Jetty tells the guard so a moment
                // later, on its selector thread: on a busy machine a few closed ones are still counted
                // when the readers are done, so the count is given two seconds to settle.
                long settled = System.nanoTime() + 2_000_000_000L;
                while (server.server.openConnections() > ServerSettings.CONNECTIONS_PER_CLIENT + 2
                        && System.nanoTime() < settled) {
                    Thread.sleep(20);
                }
                assertTrue(server.server.openConnections() <= ServerSettings.CONNECTIONS_PER_CLIENT + 2,
                        "the cap per client holds: " + server.server.openConnections() + " open");
                long started = System.nanoTime();
                for (Socket socket : slow) {
                    assertTrue(closedByServer(socket), "a connection that never finished its headers is closed");
                }
                long seconds = (System.nanoTime() - started) / 1_000_000_000L;
                assertTrue(seconds <= SECONDS + 3, "closed at the header timeout, not later: " + seconds + " s");
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void headersTrickledInAreCutOffAtTheHeaderTimeout() throws Exception {
        try (TestServer server = server(s -> { }); Socket socket = connect(server, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            long started = System.nanoTime();
            out.write("GET /shared-record HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            boolean cut = false;
            // A header line every 200 ms: never idle, so only the header deadline can end it.
            for (int i = 0; i < 50 && !cut; i++) {
                Thread.sleep(200);
                try {
                    out.write(("X-Slow-" + i + ": still coming\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (SocketException closed) {
                    cut = true;
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(cut || closedByServer(socket), "cut off");
            assertTrue(millis >= SECONDS * 1000 - 100 && millis < SECONDS * 1000 + 3000, "at the header timeout: " + millis + " ms");
        }
    }

    @Test
    void aBodyOneByteASecondIsCutOffAtTheBodyTimeout() throws Exception {
        try (TestServer server = server(s -> { }); Socket socket = connect(server, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 20; i++) {
                        Thread.sleep(1_000);
                        out.write(' ');
                        out.flush();
                    }
                } catch (IOException | InterruptedException stopped) {
                    // Cut off, as it should be.
                }
            });
            trickle.setDaemon(true);
            trickle.start();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            long millis = (System.nanoTime() - started) / 1_000_000;
            trickle.interrupt();
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.endsWith("{\"status\":\"request timeout\"}"), answer);
            assertTrue(millis >= SECONDS * 1000 - 100 && millis < SECONDS * 1000 + 3000, "at the body timeout: " + millis + " ms");
            assertTrue(server.log().contains("timed out: the body of POST /api/feedback"), server.log());
            assertEquals(List.of(), server.stored(), "nothing half sent is kept");
        }
    }

    @Test
    void aClientPastItsCapIsRefusedAndATrustedProxyIsNot() throws Exception {
        try (TestServer server = server(s -> s.connectionsPerClient(3))) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    held.add(connect(server, "127.0.0.1"));
                }
                Socket fourth = connect(server, "127.0.0.1");
                held.add(fourth);
                fourth.setSoTimeout(3_000);
                assertTrue(closedByServer(fourth), "the fourth is closed at once");
                assertEquals(200, read(server, "127.0.0.2")[0], "another address has its own count");
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
        try (TestServer proxied = new TestServer(dir.resolve("proxied"), s -> s.connectionsPerClient(3)
                .trustProxy("127.0.0.1"))) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    held.add(connect(proxied, "127.0.0.1"));
                }
                assertEquals(200, read(proxied, "127.0.0.1")[0], "a proxy carries many readers: no cap");
            } finally {
                for (Socket socket : held) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void aClientThatGoesMidBodyIsLoggedAsAnAbortNotAnError() throws Exception {
        try (TestServer server = server(s -> { })) {
            try (Socket socket = connect(server, "127.0.0.1")) {
                socket.getOutputStream().write(("POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"summary\":")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(200);
                socket.setSoLinger(true, 0); // a reset, as a browser tab closed mid-upload sends
            }
            String log = server.log();
            for (int i = 0; i < 100 && !log.contains("aborted: POST /api/feedback"); i++) {
                Thread.sleep(20);
                log = server.log();
            }
            assertTrue(log.contains("aborted: POST /api/feedback"), log);
            assertTrue(!log.contains("error POST") && !log.contains("\" 500 "), log);
        }
    }
}
