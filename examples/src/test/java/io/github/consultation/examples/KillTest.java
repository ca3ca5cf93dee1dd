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
 * A server killed with SIGKILL in the middle of a stream of submissions loses none that it had
 * answered 201: they are all in the CSV export after a restart.
 */
class KillTest {
    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedIsLostWhenTheServerIsKilled() throws Exception {
        Path db = dir.resolve("kill.db");
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
            first.kill();
            load.join();
        }
        assertTrue(acknowledged.size() >= 300, "the stream was running: " + acknowledged.size());
        assertTrue(report[0].failed() > 0, "the kill cut the stream short: " + report[0]);

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
    }
}
