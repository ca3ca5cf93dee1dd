package io.github.consultation.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Answers;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.validate.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The kit as a host meets it: each kind of submission to its reply, the body limit and media type
 * checked before anything is validated, a framework's parsed fields under the same checks, languages,
 * pages, and a rate limit.
 */
class ConsultationHostTest {
    private static final Locale WELSH = FormDefinition.WELSH;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String GOOD = "page=%2Fshared-record&summary=A+clear+proposal&details=&role=Data+and+digital+consultant"
            + "&org=&email=&nature=&hp_field=";

    private final List<Answers> kept = new ArrayList<>();
    private final ConsultationHost host = ConsultationHost.builder().form(FormDefinition.pageFeedback())
            .form(FormDefinition.questionnaire()).jsonEndpoint("/api/feedback").sink(kept::add).build();

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Post form(String address, String body) {
        return Post.form(address, FORM, body.length(), body(body), List.of(Locale.ENGLISH));
    }

    private static String json(String page, String summary) {
        return "{\"tab\":\"Feedback\",\"page\":\"" + page + "\",\"summary\":\"" + summary + "\",\"details\":\"\","
                + "\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}";
    }

    @Test
    void aGoodFormPostIsKeptThenRedirectedToTheThanksAtItsForm() throws IOException {
        Reply reply = host.receive(form("/shared-record", GOOD));
        assertEquals(Reply.Kind.REDIRECT, reply.kind());
        assertEquals(303, reply.status());
        assertEquals(Map.of("Location", "/shared-record?sent=1#sheets"), reply.headers());
        assertEquals(Outcome.Kind.RECEIVED, reply.outcome().kind());
        assertEquals("A clear proposal", kept.get(0).text("summary"));
    }

    @Test
    void aRefusedFormPostComesBackAsTheFormWithItsErrorsAndNothingIsKept() throws IOException {
        Reply reply = host.receive(form("/shared-record", GOOD.replace("A+clear+proposal", "abc")));
        assertEquals(Reply.Kind.FORM, reply.kind());
        assertEquals(422, reply.status());
        assertEquals("abc", reply.form().orElseThrow().submission().value("summary"));
        assertEquals("/shared-record", reply.form().orElseThrow().page());
        assertEquals("Summary must be 5 characters or more", reply.form().orElseThrow().errors().get(0).message());
        assertEquals(List.of(), kept);
    }

    @Test
    void theMediaTypeAndTheBodyLimitAreCheckedBeforeAnythingIsValidated() throws IOException {
        Reply wrongType = host.receive(Post.form("/shared-record", "text/plain", GOOD.length(), body(GOOD), List.of()));
        assertEquals(Reply.Kind.NOTICE, wrongType.kind());
        assertEquals(415, wrongType.status());
        assertTrue(wrongType.message().contains(FORM), wrongType.message());

        // Declared far too long: not a byte is read, and the connection is to be closed.
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
        Reply declared = host.receive(Post.form("/shared-record", FORM, 10_000_000, untouchable, List.of()));
        assertEquals(413, declared.status());
        assertEquals("close", declared.headers().get("Connection"));

        // Too long, undeclared, within what is drained: refused, and the connection may stay open.
        String big = GOOD + "&details=" + "x".repeat(70_000);
        Reply drained = host.receive(Post.form("/shared-record", FORM, -1, body(big), List.of()));
        assertEquals(413, drained.status());
        assertFalse(drained.headers().containsKey("Connection"));

        Reply json = host.receive(Post.json("/api/feedback", "application/json", big.length(), body(big), List.of()));
        assertEquals(413, json.status());
        assertTrue(json.body().startsWith("{\"status\":\"too large\",\"limitBytes\":65536"), json.body());
        assertEquals(List.of(), kept);
    }

    /** A body an asynchronous server read before its handler ran is taken as it is, under the kit's limit. */
    @Test
    void aBodyTheHostReadAlreadyIsNotReadAgain() throws IOException {
        byte[] good = GOOD.getBytes(StandardCharsets.UTF_8);
        assertEquals(303, host.receive(Post.form("/shared-record", FORM, Optional.of(good), List.of())).status());
        assertEquals(1, kept.size());
        assertEquals(415, host.receive(Post.form("/shared-record", "text/plain", Optional.of(good), List.of())).status());
        Reply json = host.receive(Post.json("/api/feedback", "application/json",
                Optional.of(json("/p", "A clear proposal").getBytes(StandardCharsets.UTF_8)), List.of()));
        assertEquals("{\"status\":\"received\"}", json.body());
        Reply tooLargeForTheHost = host.receive(Post.json("/api/feedback", "application/json", Optional.empty(), List.of()));
        assertEquals(413, tooLargeForTheHost.status());
        assertTrue(tooLargeForTheHost.body().startsWith("{\"status\":\"too large\",\"limitBytes\":65536"),
                tooLargeForTheHost.body());
        byte[] tooLargeForTheKit = (GOOD + "&details=" + "x".repeat(70_000)).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, host.receive(Post.form("/shared-record", FORM, Optional.of(tooLargeForTheKit), List.of())).status());
        assertEquals(2, kept.size());
    }

    @Test
    void jsonIsAnsweredWithTheLibrarysBodyAndItsStatusInTheReadersLanguage() throws IOException {
        Reply good = host.receive(Post.json("/api/feedback", "application/json", -1, body(json("/p", "A clear proposal")),
                List.of()));
        assertEquals(Reply.Kind.JSON, good.kind());
        assertEquals(201, good.status());
        assertEquals("{\"status\":\"received\"}", good.body());
        assertEquals("application/json; charset=utf-8", good.headers().get("Content-Type"));

        Reply welsh = host.receive(Post.json("/api/feedback", "application/json", -1, body(json("/p", "abc")),
                List.of(Locale.forLanguageTag("cy-GB"))));
        assertEquals(422, welsh.status());
        assertTrue(welsh.body().contains("Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy"), welsh.body());
        assertEquals(WELSH, welsh.outcome().locale());
    }

    @Test
    void thePagesOwnLanguageWinsOverTheReaders() throws IOException {
        ConsultationHost welshSite = ConsultationHost.builder().defaultLanguage(WELSH)
                .pageLanguage(page -> Optional.of(WELSH)).sink(kept::add).build();
        assertEquals(List.of(WELSH, Locale.ENGLISH), welshSite.languages());
        Reply reply = welshSite.receive(Post.json("/api/feedback", "application/json", -1, body(json("/p", "abc")),
                List.of(Locale.ENGLISH)));
        assertEquals(WELSH, reply.outcome().locale());
    }

    @Test
    void aFrameworksParsedFieldsMeetTheSameChecks() throws IOException {
        Map<String, List<String>> good = Map.of("page", List.of("/shared-record"), "summary", List.of("A clear proposal"),
                "role", List.of("Data and digital consultant"), "_csrf", List.of("token"));
        assertEquals(303, host.receive(Post.formFields("/shared-record", FORM, -1, good, List.of())).status());
        assertEquals(415, host.receive(Post.formFields("/shared-record", "application/json", -1, good, List.of())).status());
        assertEquals(413, host.receive(Post.formFields("/shared-record", FORM, 100_000, good, List.of())).status());
        assertEquals(413, host.receive(Post.formFields("/shared-record", FORM, -1,
                Map.of("details", List.of("x".repeat(70_000))), List.of())).status(), "what was parsed is too large");
        Map<String, List<String>> many = new java.util.HashMap<>(good);
        for (int i = 0; i < 200; i++) {
            many.put("extra" + i, List.of("x"));
        }
        assertEquals(400, host.receive(Post.formFields("/shared-record", FORM, -1, many, List.of())).status());
        assertEquals(1, kept.size());
    }

    @Test
    void knownPagesAreTheOnlyOnesTakenEachWithItsFormAndVariant() throws IOException {
        ConsultationHost site = host.withPages(List.of(new PageForm("/shared-record", "Feedback", FormVariant.FULL),
                new PageForm("/governance", "Feedback", FormVariant.MINIMAL),
                new PageForm("/feedback", "MainFeedback", FormVariant.FULL)));
        assertEquals(Optional.of(new PageForm("/governance", "Feedback", FormVariant.MINIMAL)), site.page("/governance/"));

        Reply unknown = site.receive(form("/elsewhere", GOOD.replace("%2Fshared-record", "%2Felsewhere")));
        assertEquals(422, unknown.status());
        assertEquals("unknown-page", unknown.form().orElseThrow().errors().get(0).code());

        // The minimal form asks no role: the page posted to decides, not the page field.
        Reply minimal = site.receive(form("/governance", "page=%2Fgovernance&summary=A+clear+proposal"));
        assertEquals(303, minimal.status());
        Reply full = site.receive(form("/shared-record", "page=%2Fshared-record&summary=A+clear+proposal"));
        assertEquals(422, full.status());

        Reply questionnaire = site.receive(form("/feedback", "tab=MainFeedback&page=%2Ffeedback&role=consultant"));
        assertEquals("/feedback?sent=1#main-feedback", questionnaire.headers().get("Location"));
        assertThrows(IllegalArgumentException.class, () -> host.withPages(List.of(new PageForm("/x", "Survey",
                FormVariant.FULL))));
    }

    @Test
    void aRateLimitIsChargedForWhatWasReadAndAnsweredWithTheWait() throws IOException {
        List<Outcome.Kind> charged = new ArrayList<>();
        RateLimit limit = outcome -> {
            charged.add(outcome.kind());
            return 7;
        };
        Reply page = host.receive(form("/shared-record", GOOD), limit);
        assertEquals(Reply.Kind.NOTICE, page.kind());
        assertEquals(429, page.status());
        assertEquals(7, page.retryAfterSeconds());
        Reply json = host.receive(Post.json("/api/feedback", "application/json", -1, body(json("/p", "abc")), List.of()),
                limit);
        assertEquals("{\"status\":\"too many requests\",\"retryAfterSeconds\":7}", json.body());
        assertEquals("7", json.headers().get("Retry-After"));
        assertEquals(List.of(Outcome.Kind.VALID, Outcome.Kind.INVALID), charged);
        assertEquals(List.of(), kept, "nothing over the limit is kept");
    }

    @Test
    void feedbackTheSinkCouldNotKeepIsANoticeTheReaderMaySendAgain() throws IOException {
        ConsultationHost failing = host.withSink(answers -> {
            throw new IOException("disk full");
        });
        Reply reply = failing.receive(form("/shared-record", GOOD));
        assertEquals(Reply.Kind.NOTICE, reply.kind());
        assertEquals(503, reply.status());
        assertEquals(Outcome.Kind.NOT_KEPT, reply.outcome().kind());
        assertThrows(IllegalStateException.class, () -> ConsultationHost.builder().build().receive(form("/p", GOOD)),
                "no sink");
    }

    @Test
    void aRendererPerFormAndLanguageTheFormsFirstWhereItDoesNotSpeakOne() {
        assertEquals(WELSH, host.renderer(WELSH).locale());
        assertEquals(Locale.ENGLISH, host.renderer(Locale.FRENCH).locale());
        assertEquals("MainFeedback", host.renderer("MainFeedback", WELSH).definition().tab());
        assertEquals(Locale.ENGLISH, host.renderer("MainFeedback", WELSH).locale(), "the questionnaire speaks English");
        assertTrue(host.renderer(Locale.ENGLISH).render(io.github.consultation.render.FormState.blank("/p"))
                .contains("/api/feedback"));
        assertThrows(IllegalStateException.class, () -> ConsultationHost.builder().form(FormDefinition.pageFeedback())
                .form(FormDefinition.pageFeedback()).build());
    }
}
