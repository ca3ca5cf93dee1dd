package io.github.consultation.validate;

import io.github.consultation.model.Answers;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.Submission;
import io.github.consultation.validate.internal.Decision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link FeedbackValidator} decided about one submission.
 *
 * <ul>
 *   <li>{@link Status#VALID}: keep {@link #feedback()}.
 *   <li>{@link Status#INVALID}: show the form again with {@link #submission()} and
 *       {@link #errors()}, one error per field, in form order.
 *   <li>{@link Status#SPAM}: answer as if it succeeded and drop it; a bot learns nothing.
 *   <li>{@link Status#UNREADABLE}: the input was not a submission at all (not JSON, too large,
 *       wrong encoding); {@link #errors()} holds one error for the whole submission.
 * </ul>
 *
 * <pre>{@code
 * Verdict verdict = validator.validateJson(body);
 * switch (verdict.status()) {
 *     case VALID -> store(verdict.feedback().orElseThrow());
 *     case SPAM -> { }                                      // say thanks, keep nothing
 *     case INVALID, UNREADABLE -> showErrors(verdict.errors());
 * }
 * }</pre>
 */
public final class Verdict {
    /** The four outcomes. */
    public enum Status {
        /** The submission is valid feedback. */
        VALID,
        /** The submission breaks one or more rules. */
        INVALID,
        /** The submission was sent by a bot. */
        SPAM,
        /** The input could not be read as a submission. */
        UNREADABLE
    }

    private final Decision decision;

    /** The public face of what the rules decided. */
    Verdict(Decision decision) {
        this.decision = decision;
    }

    /** An {@code UNREADABLE} verdict that {@code error} explains. */
    static Verdict unreadable(FieldError error) {
        return new Verdict(Decision.unreadable(error));
    }

    /** The outcome. */
    public Status status() {
        return decision.status();
    }

    /** Whether the submission is valid feedback to keep. */
    public boolean isValid() {
        return decision.status() == Status.VALID;
    }

    /** Whether the submission is spam, to be acknowledged and dropped. */
    public boolean isSpam() {
        return decision.status() == Status.SPAM;
    }

    /**
     * The valid answers, normalised, whatever the form; present only when {@link #isValid()}. For
     * the page-feedback form, {@link #feedback()} gives the same answers as {@link Feedback}.
     */
    public Optional<Answers> answers() {
        return decision.answers();
    }

    /**
     * The valid feedback, normalised, for a page-feedback form; present only when {@link #isValid()}
     * and the form is one (a questionnaire's answers are in {@link #answers()} alone).
     */
    public Optional<Feedback> feedback() {
        return decision.feedback();
    }

    /** The errors in form order, at most one per field; empty unless invalid or unreadable. */
    public List<FieldError> errors() {
        return decision.errors();
    }

    /** The error about the field with form name {@code field}, if there is one. */
    public Optional<FieldError> errorFor(String field) {
        Objects.requireNonNull(field, "field");
        return decision.errors().stream().filter(e -> e.field().equals(field)).findFirst();
    }

    /** The values as the reader entered them (normalised), to show the form again. */
    public Submission submission() {
        return decision.submission();
    }

    /** Why the submission counts as spam (such as {@code honeypot}); present only when {@link #isSpam()}. */
    public Optional<String> spamReason() {
        return decision.spamReason();
    }

    /** Describes the verdict without any value the reader entered. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Verdict[").append(decision.status());
        for (FieldError e : decision.errors()) {
            s.append(", ").append(e.field().isEmpty() ? "submission" : e.field()).append('=').append(e.code());
        }
        decision.spamReason().ifPresent(reason -> s.append(", ").append(reason));
        return s.append(']').toString();
    }
}
