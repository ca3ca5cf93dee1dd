package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's cost per request is bounded: floods of large bodies, slow clients, big headers. */
class ResilienceTest {
    @TempDir
    Path dir;

    private static HttpResponse<String> post(HttpClient client, String url, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url + FeedbackApi.PATH)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aFloodOfNearLimitBodiesDoesNotExhaustASmallHeap() throws Exception {
        // 2000 bodies of 60 KB are 120 MB: far more than the 40 MB heap, were they all held at once.
        try (ServerProcess server = ServerProcess.start(dir.resolve("flood.db"), List.of("-Xmx40m"), "--rate-burst", "0")) {
            HttpClient client = HttpClient.newHttpClient();
            String body = TestServer.goodJson("Near the limit " + "x".repeat(60_000));
            ExecutorService pool = Executors.newFixedThreadPool(48);
            AtomicInteger answered = new AtomicInteger();
            for (int i = 0; i < 2000; i++) {
                pool.execute(() -> {
                    try {
                        int status = post(client, server.url(), body).statusCode();
                        if (status == 422 || status == 503) {
                            answered.incrementAndGet();
                        }
                    } catch (Exception e) {
                        // Refused connections under load are allowed; the server must survive.
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(5, TimeUnit.MINUTES));
            assertTrue(server.process.isAlive(), "the server survived");
            assertTrue(answered.get() > 1000, "most were answered: " + answered.get());
            assertEquals(201, post(client, server.url(), TestServer.goodJson("After the flood")).statusCode());
        }
    }

    @Test
    void aSlowClientIsCutOffAndOthersAreServed() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("slow.db"), List.of(), "--body-timeout", "2",
                "--rate-burst", "0");
                Socket slow = new Socket("127.0.0.1", server.port)) {
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/feedback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"summary\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            slow.setSoTimeout(20_000);
            long started = System.nanoTime();
            InputStream in = slow.getInputStream();
            int read;
            try {
                read = in.read();
                while (read >= 0) {
                    read = in.read();
                }
            } catch (java.net.SocketException reset) {
                read = -1;
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertEquals(-1, read, "the connection was closed");
            assertTrue(seconds < 15, "cut off after " + seconds + " s");
            assertEquals(201, post(HttpClient.newHttpClient(), server.url(), TestServer.goodJson("While another waits"))
                    .statusCode());
        }
    }

    @Test
    void oversizedHeadersAreRefused() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir.resolve("headers.db"), List.of(), "--rate-burst", "0");
                Socket socket = new Socket("127.0.0.1", server.port)) {
            socket.setSoTimeout(10_000);
            String huge = "X-Padding: " + "a".repeat(40_000) + "\r\n";
            socket.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + huge + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status;
            try {
                status = new String(socket.getInputStream().readNBytes(64), StandardCharsets.US_ASCII);
            } catch (java.net.SocketException reset) {
                status = "";
            }
            assertTrue(status.isEmpty() || status.startsWith("HTTP/1.1 4"), "refused, not served: " + status);
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "an ordinary request is served");
        }
    }
}
