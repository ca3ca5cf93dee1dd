package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FormTokensTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final FormTokens tokens = FormTokens.builder().key(KEY).clock(clock)
            .minimumAge(Duration.ofSeconds(3)).maximumAge(Duration.ofHours(2)).build();

    private void wait(Duration d) {
        now.set(now.get().plus(d));
    }

    private static String submission(String page, String token) {
        return "{\"tab\":\"Feedback\",\"page\":\"" + page + "\",\"summary\":\"A clear proposal\","
                + "\"role\":\"Data and digital consultant\",\"form_token\":\"" + token + "\"}";
    }

    @Test
    void aTokenIsGoodBetweenTheMinimumAndMaximumAge() {
        String token = tokens.issue("/shared-record");
        assertEquals(FormTokens.Check.TOO_FAST, tokens.check(token, "/shared-record"));
        wait(Duration.ofSeconds(5));
        assertEquals(FormTokens.Check.VALID, tokens.check(token, "/shared-record"));
        assertEquals(FormTokens.Check.VALID, tokens.check(token, "https://site.example/shared-record#sheets"),
                "the page is compared as the validator normalises it");
        wait(Duration.ofHours(3));
        assertEquals(FormTokens.Check.STALE, tokens.check(token, "/shared-record"));
    }

    @Test
    void aTokenForAnotherPageOrKeyIsForged() {
        String token = tokens.issue("/shared-record");
        wait(Duration.ofSeconds(5));
        assertEquals(FormTokens.Check.FORGED, tokens.check(token, "/governance"));
        FormTokens other = FormTokens.builder().key("another key of at least thirty-two bytes!".getBytes()).clock(clock).build();
        assertEquals(FormTokens.Check.FORGED, other.check(token, "/shared-record"));
        for (String junk : new String[] {"", ".", "abc", "123.", "x.y", "99999999999999999999.AAAA", "1.%%%",
            token.replace('.', ','), token + "A", "1".repeat(100)}) {
            assertEquals(FormTokens.Check.FORGED, tokens.check(junk, "/shared-record"), junk);
        }
    }

    @Test
    void aTokenFromTheFutureIsForged() {
        now.set(now.get().plus(Duration.ofHours(1)));
        String future = tokens.issue("/p");
        now.set(now.get().minus(Duration.ofHours(1)));
        assertEquals(FormTokens.Check.FORGED, tokens.check(future, "/p"));
    }

    @Test
    void theValidatorTurnsABadTokenIntoSpamAndIgnoresAMissingOne() {
        FeedbackValidator validator = FeedbackValidator.builder().formTokens(tokens).build();
        String token = tokens.issue("/shared-record");
        assertEquals("token-too-fast", validator.validateJson(submission("/shared-record", token)).spamReason().orElseThrow());
        wait(Duration.ofSeconds(10));
        assertEquals(Verdict.Status.VALID, validator.validateJson(submission("/shared-record", token)).status());
        assertEquals("token-forged", validator.validateJson(submission("/governance", token)).spamReason().orElseThrow());
        wait(Duration.ofHours(3));
        assertEquals("token-stale", validator.validateJson(submission("/shared-record", token)).spamReason().orElseThrow());
        assertEquals(Verdict.Status.VALID, validator.validateJson(submission("/shared-record", "")).status(),
                "no token is not spam by itself");
        assertEquals(Verdict.Status.VALID, validator.validateJson(
                submission("/shared-record", "").replace(",\"form_token\":\"\"", "")).status());
    }

    @Test
    void withoutTokensConfiguredATokenIsIgnored() {
        assertEquals(Verdict.Status.VALID, FeedbackValidator.create().validateJson(submission("/p", "junk")).status());
    }

    @Test
    void theKeyIsCheckedAndNeverShown() {
        assertThrows(IllegalStateException.class, () -> FormTokens.builder().key(new byte[16]).build());
        assertThrows(IllegalStateException.class, () -> FormTokens.builder().build());
        assertThrows(IllegalStateException.class, () -> FormTokens.builder().key(KEY)
                .minimumAge(Duration.ofHours(2)).maximumAge(Duration.ofHours(1)).build());
        assertFalse(tokens.toString().contains("0123456789"));
    }
}
