package io.github.consultation.validate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.consultation.model.Answers;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one submission that came through a {@link SubmissionFlow}, and the answer it
 * gets: {@link #formStatus()} for a form post, {@link #jsonStatus()} and {@link #json()} for the
 * JSON endpoint. {@link #locale()} is the language its messages are in.
 *
 * <table>
 *   <caption>Outcomes and their answers</caption>
 *   <tr><th>Kind</th><th>Form post</th><th>JSON</th><th>JSON body</th></tr>
 *   <tr><td>{@link Kind#VALID}</td><td colspan="3">not an answer yet: keep it with {@link SubmissionFlow#keep}</td></tr>
 *   <tr><td>{@link Kind#RECEIVED}</td><td>303 to the thanks</td><td>201</td><td>{@code {"status":"received"}}</td></tr>
 *   <tr><td>{@link Kind#SPAM}</td><td>303 to the thanks</td><td>201</td><td>{@code {"status":"received"}} (a bot learns nothing)</td></tr>
 *   <tr><td>{@link Kind#INVALID}</td><td>422, the form with its errors</td><td>422</td><td>{@code {"status":"invalid","errors":[...]}}</td></tr>
 *   <tr><td>{@link Kind#UNREADABLE}</td><td>400</td><td>400</td><td>{@code {"status":"unreadable","errors":[...]}}</td></tr>
 *   <tr><td>{@link Kind#TOO_LARGE}</td><td>413</td><td>413</td><td>{@code {"status":"too large","limitBytes":N,"errors":[...]}}</td></tr>
 *   <tr><td>{@link Kind#UNSUPPORTED_MEDIA_TYPE}</td><td>415</td><td>415</td><td>{@code {"status":"unsupported media type","errors":[...]}}</td></tr>
 *   <tr><td>{@link Kind#NOT_KEPT}</td><td>503</td><td>503</td><td>{@code {"status":"unavailable"}}</td></tr>
 * </table>
 *
 * <p>Each error is {@code {"field":"summary","code":"too-short","message":"..."}}; a problem with
 * the submission as a whole has the field {@code ""}.
 *
 * @param kind what became of it
 * @param form the form the submission was for (the flow's first, for one it could not read)
 * @param locale the language of its messages
 * @param verdict the validator's verdict (for a body that was never read, too large or of another
 *     media type, an {@code UNREADABLE} verdict that says so)
 * @param limitBytes the largest body accepted, in bytes
 */
public record Outcome(Kind kind, FormDefinition form, Locale locale, Verdict verdict, int limitBytes) {
    private static final JsonFactory JSON = new JsonFactory();

    /** What became of a submission. */
    public enum Kind {
        /** Valid and not yet kept: {@link SubmissionFlow#keep} it (or refuse it first: a rate limit, say). */
        VALID(0, 0),
        /** Valid and kept. */
        RECEIVED(303, 201),
        /** Sent by a bot: thanked for, and dropped. */
        SPAM(303, 201),
        /** Breaks one or more of the form's rules. */
        INVALID(422, 422),
        /** Not a submission at all: not JSON, not a form, not UTF-8. */
        UNREADABLE(400, 400),
        /** Larger than the flow accepts. */
        TOO_LARGE(413, 413),
        /** Sent as another media type than the path takes. */
        UNSUPPORTED_MEDIA_TYPE(415, 415),
        /** Valid, but the store did not take it: the reader may send it again. */
        NOT_KEPT(503, 503);

        private final int formStatus;
        private final int jsonStatus;

        Kind(int formStatus, int jsonStatus) {
            this.formStatus = formStatus;
            this.jsonStatus = jsonStatus;
        }
    }

    /** Checks the parts agree. */
    public Outcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** Whether the reader is thanked: the feedback was kept, or was spam dropped unseen. */
    public boolean thanked() {
        return kind == Kind.RECEIVED || kind == Kind.SPAM;
    }

    /** Whether the submission was refused for what it is (invalid, unreadable, too large, another media type). */
    public boolean refused() {
        return kind != Kind.VALID && kind != Kind.NOT_KEPT && !thanked();
    }

    /** The feedback, when it is valid (kept or not) and of a page-feedback form. */
    public Optional<Feedback> feedback() {
        return verdict.feedback();
    }

    /** The answers, when they are valid (kept or not), whatever the form. */
    public Optional<Answers> answers() {
        return verdict.answers();
    }

    /** The page the submission names, or empty when it names none or could not be read. */
    public String page() {
        Optional<Answers> answers = verdict.answers();
        return answers.isPresent() ? answers.get().page() : verdict.submission().value("page");
    }

    /**
     * The status of the answer to a form post: 303 (redirect to the thanks), 422 (the form again,
     * with its errors), 400, 413, 415 or 503.
     *
     * @throws IllegalStateException for a {@link Kind#VALID} outcome not yet kept
     */
    public int formStatus() {
        return kept().formStatus;
    }

    /**
     * The status of the answer to a JSON post: 201, 422, 400, 413, 415 or 503.
     *
     * @throws IllegalStateException for a {@link Kind#VALID} outcome not yet kept
     */
    public int jsonStatus() {
        return kept().jsonStatus;
    }

    private Kind kept() {
        if (kind == Kind.VALID) {
            throw new IllegalStateException("Keep a valid submission (SubmissionFlow.keep) before answering it");
        }
        return kind;
    }

    /**
     * The body of the answer to a JSON post (see the table above).
     *
     * @throws IllegalStateException for a {@link Kind#VALID} outcome not yet kept
     */
    public String json() {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            switch (kept()) {
                case RECEIVED, SPAM -> json.writeStringField("status", "received");
                case INVALID -> json.writeStringField("status", "invalid");
                case UNREADABLE -> json.writeStringField("status", "unreadable");
                case TOO_LARGE -> {
                    json.writeStringField("status", "too large");
                    json.writeNumberField("limitBytes", limitBytes);
                }
                case UNSUPPORTED_MEDIA_TYPE -> json.writeStringField("status", "unsupported media type");
                default -> json.writeStringField("status", "unavailable");
            }
            if (refused()) {
                json.writeArrayFieldStart("errors");
                for (FieldError e : errors()) {
                    json.writeStartObject();
                    json.writeStringField("field", e.field());
                    json.writeStringField("code", e.code());
                    json.writeStringField("message", e.message());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** The errors to show, in form order: empty unless refused. */
    public List<FieldError> errors() {
        return verdict.errors();
    }

    /** Describes the outcome without anything the reader entered. */
    @Override
    public String toString() {
        return "Outcome[" + kind + ", " + form.tab() + ", " + locale.toLanguageTag() + ", " + verdict + "]";
    }
}
