package io.github.consultation.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each client may send {@code burst} submissions at once, then one
 * per {@code 60 / perMinute} seconds. At most {@code maxClients} buckets are kept; past that the
 * least recently seen client is forgotten (and starts again with a full bucket), so memory stays
 * bounded however many addresses arrive. Safe to share between threads.
 *
 * <p>The limit holds per instance: with several instances behind a load balancer, each keeps
 * its own buckets, so a client may send up to {@code instances × burst} at once. A deployment
 * that needs one limit across instances puts it where all traffic passes (the load balancer or
 * a shared store such as Redis).
 */
final class RateLimiter {
    /** A decision: allowed, or refused with the seconds until the next token. */
    record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private final int burst;
    private final double tokensPerNano;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets;

    /** One client's tokens, and when they were last counted. */
    private static final class Bucket {
        double tokens;
        long counted;

        Bucket(double tokens, long counted) {
            this.tokens = tokens;
            this.counted = counted;
        }
    }

    RateLimiter(int burst, double perMinute, int maxClients, LongSupplier nanoTime) {
        if (burst < 1 || perMinute <= 0 || maxClients < 1) {
            throw new IllegalArgumentException("burst, rate and client count must be positive");
        }
        this.burst = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > RateLimiter.this.maxClients;
            }
        };
    }

    /** Takes one token for {@code client}, if it has one. */
    synchronized Decision tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            bucket = new Bucket(burst, now);
            buckets.put(client, bucket);
        } else {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.counted) * tokensPerNano);
            bucket.counted = now;
        }
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return new Decision(true, 0);
        }
        long wait = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano / 1e9);
        return new Decision(false, Math.max(1, wait));
    }

    /** How many clients are remembered now. */
    synchronized int clients() {
        return buckets.size();
    }
}
