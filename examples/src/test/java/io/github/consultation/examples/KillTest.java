package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server killed with SIGKILL, or stopped with SIGTERM, in the middle of a stream of submissions
 * loses none that it had answered 201: they are all in the CSV export after a restart.
 */
class KillTest {
    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedIsLostWhenTheServerIsKilled() throws Exception {
        LoadClient.Report report = stopMidStream(dir.resolve("kill.db"), ServerProcess::kill);
        assertTrue(report.failed() > 0, "the kill cut the stream short: " + report);
    }

    /**
     * SIGTERM: the server stops taking connections, answers what is in flight (503 to any new
     * request on an open connection), closes the database and exits, within its grace period.
     */
    @Test
    void nothingAcknowledgedIsLostWhenTheServerIsStoppedWithSigterm() throws Exception {
        LoadClient.Report report = stopMidStream(dir.resolve("term.db"), server -> {
            long started = System.nanoTime();
            assertEquals(143, server.terminate(), "the JVM's status after SIGTERM, its shutdown hook run");
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            assertTrue(seconds <= ServerSettings.GRACE_SECONDS, "stopped within the grace period: " + seconds + " s");
        });
        assertTrue(report.failed() > 0 || report.statuses().containsKey(503), "the stop cut the stream short: " + report);
        Set<Integer> statuses = new HashSet<>(report.statuses().keySet());
        statuses.removeAll(Set.of(201, 503));
        assertEquals(Set.of(), statuses, "every answer was an acknowledgement or a plain 503: " + report);
    }

    @FunctionalInterface
    private interface Stop {
        void stop(ServerProcess server) throws Exception;
    }

    /** Sends a stream of submissions, stops the server with {@code stop} in its middle, and checks every acknowledged one is stored. */
    private static LoadClient.Report stopMidStream(Path db, Stop stop) throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        LoadClient.Report[] report = new LoadClient.Report[1];
        try (ServerProcess first = ServerProcess.start(db, List.of(), "--rate-burst", "0")) {
            LoadClient client = new LoadClient(first.url(), "/shared-record");
            Thread load = new Thread(() -> report[0] = client.run(20_000, 8, acknowledged::add));
            load.start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            stop.stop(first);
            load.join();
        }
        assertTrue(acknowledged.size() >= 300, "the stream was running: " + acknowledged.size());

        try (ServerProcess second = ServerProcess.start(db, List.of(), "--rate-burst", "0")) {
            HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(second.url()
                    + "/admin/feedback.csv")).header("Authorization", TestServer.basic(TestServer.PASSWORD)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode());
            Set<String> stored = new HashSet<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.body()))) {
                stored.add(record.get("summary"));
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged " + acknowledged.size() + ", stored " + stored.size());
        }
        return report[0];
    }
}
