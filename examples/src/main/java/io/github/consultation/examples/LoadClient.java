package io.github.consultation.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Sends a bounded stream of valid submissions, as the existing site's JSON, to a running server
 * and reports how many it took per second. Each submission has its own summary, so none is a
 * duplicate of another. Run the server with {@code --rate-burst 0}, or the rate limit will
 * answer most of them with 429.
 */
final class LoadClient {
    /** What a run measured. */
    record Report(int sent, Map<Integer, Integer> statuses, int failed, double seconds, long p50Micros,
            long p99Micros) {
        double perSecond() {
            return seconds == 0 ? 0 : statuses.getOrDefault(201, 0) / seconds;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "sent %d in %.2f s: %.1f submissions/s acknowledged (201), statuses %s,"
                    + " %d failed to connect; latency p50 %.1f ms, p99 %.1f ms", sent, seconds, perSecond(),
                    new java.util.TreeMap<>(statuses), failed, p50Micros / 1000.0, p99Micros / 1000.0);
        }
    }

    private final URI endpoint;
    private final String page;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    LoadClient(String baseUrl, String page) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + FeedbackApi.PATH);
        this.page = page;
    }

    /** The JSON of submission {@code n} of a run tagged {@code run}. */
    static String submission(String page, String run, int n) {
        return "{\"tab\":\"Feedback\",\"page\":\"" + page + "\",\"summary\":\"Load test " + run + " number " + n
                + "\",\"details\":\"\",\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"\","
                + "\"nature\":\"\",\"hp_field\":\"\"}";
    }

    Report run(int count, int concurrency) {
        return run(count, concurrency, summary -> { });
    }

    /** Sends {@code count} submissions over {@code concurrency} threads; {@code acknowledged} hears each 201. */
    Report run(int count, int concurrency, Consumer<String> acknowledged) {
        String run = Long.toString(System.nanoTime(), 36);
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        LongAdder failed = new LongAdder();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            pool.execute(() -> {
                int n;
                while ((n = next.getAndIncrement()) < count) {
                    String body = submission(page, run, n);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(endpoint)
                                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        latencies.add((System.nanoTime() - sent) / 1000);
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        if (response.statusCode() == 201) {
                            acknowledged.accept("Load test " + run + " number " + n);
                        }
                    } catch (java.io.IOException e) {
                        failed.increment();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
        long p99 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99)));
        return new Report(count, Map.copyOf(statuses), failed.intValue(), seconds, p50, p99);
    }
}
