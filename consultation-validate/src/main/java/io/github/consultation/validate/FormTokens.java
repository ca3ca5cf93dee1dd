package io.github.consultation.validate;

import io.github.consultation.validate.internal.PageAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed form tokens: a stateless way to tell a form filled by a person from one posted by a
 * script. The host puts a token in each form it renders; the token is an HMAC of the page and
 * the time it was issued, under the host's key, so any instance that shares the key can check
 * it, with nothing stored. Built once; immutable and safe to share between threads.
 *
 * <p>A submission whose token was issued less than {@link Builder#minimumAge} ago (faster than
 * a person fills a form), more than {@link Builder#maximumAge} ago, for another page, or not
 * signed with the key, is spam. A submission without a token is not spam for that reason alone:
 * the existing site's script sends none.
 *
 * <pre>{@code
 * FormTokens tokens = FormTokens.builder().key(secret32Bytes).build();
 * FormState state = FormState.blank("/governance")
 *         .withHiddenField(FormTokens.FIELD, tokens.issue("/governance"));
 * FeedbackValidator validator = FeedbackValidator.builder().formTokens(tokens).build();
 * }</pre>
 */
public final class FormTokens {
    /** The form field (and JSON key) that carries the token. */
    public static final String FIELD = "form_token";

    private static final String ALGORITHM = "HmacSHA256";
    private static final int MAC_BYTES = 16;
    private static final int MAX_TOKEN_LENGTH = 64;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** What checking a token found. */
    public enum Check {
        /** Issued for this page by this key, long enough ago and recently enough. */
        VALID,
        /** Sent sooner after it was issued than a person could fill the form. */
        TOO_FAST,
        /** Issued longer ago than the maximum age. */
        STALE,
        /** Not a token of this key for this page. */
        FORGED
    }

    private final byte[] key;
    private final Duration minimumAge;
    private final Duration maximumAge;
    private final Clock clock;

    private FormTokens(Builder b) {
        this.key = b.key.clone();
        this.minimumAge = b.minimumAge;
        this.maximumAge = b.maximumAge;
        this.clock = b.clock;
    }

    /** Starts configuring tokens. */
    public static Builder builder() {
        return new Builder();
    }

    /** A token for a form on the page {@code page}, issued now. */
    public String issue(String page) {
        Objects.requireNonNull(page, "page");
        long issued = clock.instant().getEpochSecond();
        return issued + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(page, issued));
    }

    /** Checks {@code token}, sent with a submission for the page {@code page}. */
    public Check check(String token, String page) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(page, "page");
        int dot = token.indexOf('.');
        if (token.length() > MAX_TOKEN_LENGTH || dot < 1 || dot > 19) {
            return Check.FORGED;
        }
        long issued;
        byte[] sent;
        try {
            issued = Long.parseLong(token.substring(0, dot));
            sent = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Check.FORGED;
        }
        if (!MessageDigest.isEqual(sent, mac(page, issued))) {
            return Check.FORGED;
        }
        Instant now = clock.instant();
        Instant issuedAt = Instant.ofEpochSecond(issued);
        if (issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Check.FORGED;
        }
        Duration age = Duration.between(issuedAt, now);
        if (age.compareTo(minimumAge) < 0) {
            return Check.TOO_FAST;
        }
        return age.compareTo(maximumAge) > 0 ? Check.STALE : Check.VALID;
    }

    private byte[] mac(String page, long issued) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(PageAddress.normalise(page.strip()).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(Long.toString(issued).getBytes(StandardCharsets.US_ASCII));
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "FormTokens[minimumAge=" + minimumAge + ", maximumAge=" + maximumAge + "]";
    }

    /**
     * Configures {@link FormTokens}; {@link #build()} checks the settings.
     *
     * <pre>{@code
     * FormTokens.builder()
     *         .key(secret)                          // at least 32 bytes, shared by every instance
     *         .minimumAge(Duration.ofSeconds(3))
     *         .maximumAge(Duration.ofHours(12))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private byte[] key;
        private Duration minimumAge = Duration.ofSeconds(3);
        private Duration maximumAge = Duration.ofHours(24);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The secret key, at least 32 bytes, the same on every instance. Required. */
        public Builder key(byte[] key) {
            this.key = Objects.requireNonNull(key, "key").clone();
            return this;
        }

        /** The least time a person takes to fill the form. Default 3 seconds. */
        public Builder minimumAge(Duration minimumAge) {
            this.minimumAge = Objects.requireNonNull(minimumAge, "minimumAge");
            return this;
        }

        /** How long a rendered form stays good. Default 24 hours. */
        public Builder maximumAge(Duration maximumAge) {
            this.maximumAge = Objects.requireNonNull(maximumAge, "maximumAge");
            return this;
        }

        /** The clock; for tests. Default the system clock in UTC. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the tokens.
         *
         * @throws IllegalStateException if the key is missing or shorter than 32 bytes, or the
         *     ages are negative or out of order
         */
        public FormTokens build() {
            if (key == null || key.length < 32) {
                throw new IllegalStateException("The key must be at least 32 bytes");
            }
            if (minimumAge.isNegative() || maximumAge.compareTo(minimumAge) <= 0) {
                throw new IllegalStateException("Ages must satisfy 0 <= minimumAge < maximumAge");
            }
            return new FormTokens(this);
        }
    }
}
