package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One flooding client meets 429s while others are served; the limiter's memory stays bounded. */
class RateLimitTest {
    @TempDir
    Path dir;

    @Test
    void aFloodFromOneClientMeets429sWhileAnotherIsServed() throws Exception {
        try (TestServer server = new TestServer(dir, s -> {
            s.rateBurst(5);
            s.ratePerMinute(1);
            s.trustProxy("127.0.0.1");
        })) {
            int created = 0;
            int limited = 0;
            String retryAfter = null;
            for (int i = 0; i < 200; i++) {
                HttpResponse<String> r = server.postJson(TestServer.goodJson("Flood number " + i),
                        "X-Forwarded-For", "203.0.113.7");
                if (r.statusCode() == 201) {
                    created++;
                } else if (r.statusCode() == 429) {
                    limited++;
                    retryAfter = r.headers().firstValue("Retry-After").orElse(null);
                }
            }
            assertEquals(5, created, "the burst");
            assertEquals(195, limited);
            assertTrue(Integer.parseInt(retryAfter) >= 1);
            HttpResponse<String> other = server.postJson(TestServer.goodJson("Someone else entirely"),
                    "X-Forwarded-For", "198.51.100.20");
            assertEquals(201, other.statusCode());
            assertEquals(6, server.stored().size());
        }
    }

    /**
     * With scripts on, each refused try is two posts: the JSON, then the plain post the script falls
     * back to. At the default limits, a reader who corrects their feedback ten times in a row, then
     * sends it, meets no limit.
     */
    @Test
    void tenCorrectionsInARowNeverMeetTheLimit() throws Exception {
        try (TestServer server = new TestServer(dir, s -> {
            s.rateBurst(ServerSettings.RATE_BURST);
            s.ratePerMinute(ServerSettings.RATE_PER_MINUTE);
        })) {
            java.util.Map<String, String> bad = TestServer.goodForm();
            bad.put("summary", "abc");
            for (int attempt = 1; attempt <= 10; attempt++) {
                assertEquals(422, server.postJson(TestServer.goodJson("abc")).statusCode(), "JSON try " + attempt);
                assertEquals(422, server.postForm("/shared-record", bad).statusCode(), "fallback post " + attempt);
            }
            assertEquals(201, server.postJson(TestServer.goodJson("Corrected at last")).statusCode());
            assertEquals(1, server.stored().size());
        }
    }

    @Test
    void refusedSubmissionsHaveABudgetOfTheirOwn() throws Exception {
        try (TestServer server = new TestServer(dir, s -> {
            s.rateBurst(2);
            s.ratePerMinute(1);
            s.refused(3, 1);
        })) {
            for (int i = 0; i < 3; i++) {
                assertEquals(422, server.postJson(TestServer.goodJson("abc")).statusCode());
            }
            HttpResponse<String> limited = server.postJson(TestServer.goodJson("abc"));
            assertEquals(429, limited.statusCode(), "a flood of refused posts is still limited");
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
            assertEquals(201, server.postJson(TestServer.goodJson("Accepted one")).statusCode(),
                    "refused posts spend nothing of the accepted budget");
            assertEquals(201, server.postJson(TestServer.goodJson("Accepted two")).statusCode());
            assertEquals(429, server.postJson(TestServer.goodJson("Accepted three")).statusCode());
            assertEquals(2, server.stored().size());
        }
    }

    @Test
    void theFormPostIsLimitedTooWithAPlainMessage() throws Exception {
        try (TestServer server = new TestServer(dir, s -> {
            s.rateBurst(1);
            s.ratePerMinute(1);
        })) {
            assertEquals(303, server.postForm("/shared-record", TestServer.goodForm()).statusCode());
            HttpResponse<String> second = server.postForm("/shared-record", TestServer.goodForm());
            assertEquals(429, second.statusCode());
            assertTrue(second.body().contains("You have sent a lot of feedback in a short time"));
            assertTrue(second.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void forwardedForIsIgnoredUnlessAProxyWeTrustSentIt() throws Exception {
        try (TestServer server = new TestServer(dir, s -> {
            s.rateBurst(2);
            s.ratePerMinute(1);
        })) {
            // Nobody is trusted: every request counts against 127.0.0.1, whatever it claims.
            assertEquals(201, server.postJson(TestServer.goodJson("First from me"), "X-Forwarded-For", "203.0.113.1").statusCode());
            assertEquals(201, server.postJson(TestServer.goodJson("Second from me"), "X-Forwarded-For", "203.0.113.2").statusCode());
            assertEquals(429, server.postJson(TestServer.goodJson("Third from me"), "X-Forwarded-For", "203.0.113.3").statusCode());
        }
    }

    @Test
    void theClientIsTheFirstUntrustedAddressFromTheRight() throws Exception {
        ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8", "192.0.2.1", "::1"));
        InetAddress proxy = InetAddress.getByName("10.1.2.3");
        InetAddress stranger = InetAddress.getByName("198.51.100.9");
        assertEquals("203.0.113.5", clients.of(proxy, "203.0.113.5"));
        assertEquals("203.0.113.5", clients.of(proxy, "1.1.1.1, 203.0.113.5, 10.9.9.9"), "the client's own header is not believed");
        assertEquals("198.51.100.9", clients.of(stranger, "203.0.113.5"), "from an untrusted peer the header is ignored");
        assertEquals("10.0.0.5", clients.of(proxy, "10.0.0.5, 192.0.2.1"), "all trusted: the leftmost");
        assertEquals("10.1.2.3", clients.of(proxy, "not an address"));
        assertEquals("10.1.2.3", clients.of(proxy, null));
        assertEquals("2001:db8:0:0:0:0:0:1", clients.of(InetAddress.getByName("::1"), "2001:db8::1"));
    }

    @Test
    void tokensRefillAtTheSustainedRate() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(2, 60, 100, now::get);
        assertTrue(limiter.tryAcquire("a").allowed());
        assertTrue(limiter.tryAcquire("a").allowed());
        RateLimiter.Decision refused = limiter.tryAcquire("a");
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        now.addAndGet(1_000_000_000L);
        assertTrue(limiter.tryAcquire("a").allowed(), "one token a second at 60 a minute");
        assertFalse(limiter.tryAcquire("a").allowed());
    }

    @Test
    void memoryIsBoundedHoweverManyClientsArrive() {
        RateLimiter limiter = new RateLimiter(1, 1, 1000, System::nanoTime);
        for (int i = 0; i < 100_000; i++) {
            limiter.tryAcquire("client-" + i);
        }
        assertEquals(1000, limiter.clients());
    }
}
