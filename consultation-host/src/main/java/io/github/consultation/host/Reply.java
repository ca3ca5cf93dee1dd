package io.github.consultation.host;

import io.github.consultation.render.FormState;
import io.github.consultation.validate.Outcome;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one submission, as plain values a host writes into its own response type:
 * {@link #status()}, every header in {@link #headers()}, and, by {@link #kind()}, nothing more (a
 * redirect), the page again with {@link #form()}, a notice saying {@link #message()}, or
 * {@link #body()} as JSON. {@link #outcome()} says what became of the submission, for the host's
 * log. Immutable.
 *
 * <table>
 *   <caption>Replies</caption>
 *   <tr><th>Kind</th><th>Status</th><th>What the host writes</th></tr>
 *   <tr><td>{@link Kind#REDIRECT}</td><td>303</td><td>nothing beyond the {@code Location} header: the page with its thanks (redirect after post)</td></tr>
 *   <tr><td>{@link Kind#FORM}</td><td>422</td><td>the page again, its form in {@link #form()}: the reader's values with each error beside its field</td></tr>
 *   <tr><td>{@link Kind#NOTICE}</td><td>400, 413, 415, 429, 503</td><td>a short page saying {@link #message()} (empty for 429 and 503, whose words are the host's)</td></tr>
 *   <tr><td>{@link Kind#JSON}</td><td>201, 400, 413, 415, 422, 429, 503</td><td>{@link #body()}, with its {@code Content-Type} from the headers</td></tr>
 * </table>
 *
 * <pre>{@code
 * Reply reply = host.receive(post);
 * reply.headers().forEach(response::setHeader);
 * response.setStatus(reply.status());
 * switch (reply.kind()) {
 *     case REDIRECT -> { }
 *     case FORM -> writeHtml(response, page(reply.form().orElseThrow()));
 *     case NOTICE -> writeHtml(response, notice(reply.status(), reply.message()));
 *     case JSON -> response.getWriter().write(reply.body());
 * }
 * }</pre>
 *
 * @param kind what the host writes
 * @param status the HTTP status
 * @param headers every header to set ({@code Location}, {@code Retry-After}, {@code Content-Type}
 *     for JSON, {@code Connection: close} when a body too large was not read to its end)
 * @param body the JSON text, for {@link Kind#JSON}; else empty
 * @param form the form to show again, for {@link Kind#FORM}
 * @param message what to tell the reader, for a {@link Kind#NOTICE} about the submission itself
 *     (in its language); else empty
 * @param outcome what became of the submission
 */
public record Reply(Kind kind, int status, Map<String, String> headers, String body, Optional<FormState> form,
        String message, Outcome outcome) {
    /** What a host writes for a reply. */
    public enum Kind {
        /** A redirect (303) to the page with its thanks. */
        REDIRECT,
        /** The page again (422), with the form in {@link Reply#form()}. */
        FORM,
        /** A notice page: refused for what it is (400, 413, 415), too many (429), not kept (503). */
        NOTICE,
        /** The JSON endpoint's answer, {@link Reply#body()}. */
        JSON
    }

    /** Copies the headers and checks that nothing is null. */
    public Reply {
        Objects.requireNonNull(kind, "kind");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How many seconds the client must wait before sending again (429), else 0. */
    public long retryAfterSeconds() {
        String wait = headers.get("Retry-After");
        return wait == null ? 0 : Long.parseLong(wait);
    }
}
