package io.github.consultation.validate.internal;

import io.github.consultation.model.Answers;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Submission;
import io.github.consultation.validate.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the rules decided about one submission, behind the public {@link Verdict}: the answers of a
 * valid one (the one value that goes on to the store), the errors of a refused one, the reason a
 * spam one is spam. What only some hosts ask for is made when asked: the answers as
 * {@link Feedback}, and the values as entered of a valid submission. Immutable.
 */
public final class Decision {
    private final Verdict.Status status;
    private final @Nullable Answers answers;
    private final @Nullable FormDefinition form;
    private final List<FieldError> errors;
    private final Supplier<Submission> submission;
    /** The values as entered, once made; racy but safe, as a {@link Submission} is immutable. */
    private @Nullable Submission made;
    private final @Nullable String spamReason;

    private Decision(Verdict.Status status, @Nullable Answers answers, @Nullable FormDefinition form,
            List<FieldError> errors, Supplier<Submission> submission, @Nullable String spamReason) {
        this.status = status;
        this.answers = answers;
        this.form = form;
        this.errors = errors;
        this.submission = submission;
        this.spamReason = spamReason;
    }

    /** Valid answers to {@code form}; {@code submission} gives the values as entered, when asked for. */
    public static Decision valid(Answers answers, FormDefinition form, Supplier<Submission> submission) {
        return new Decision(Verdict.Status.VALID, Objects.requireNonNull(answers), form, List.of(), submission, null);
    }

    /** Refused, with {@code errors} (at least one). */
    public static Decision invalid(Submission submission, List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid verdict needs errors");
        }
        return new Decision(Verdict.Status.INVALID, null, null, List.copyOf(errors), () -> submission, null);
    }

    /** Sent by a bot, for {@code reason}. */
    public static Decision spam(Submission submission, String reason) {
        return new Decision(Verdict.Status.SPAM, null, null, List.of(), () -> submission, Objects.requireNonNull(reason));
    }

    /** Not a submission at all, for the reason {@code error} gives. */
    public static Decision unreadable(FieldError error) {
        return new Decision(Verdict.Status.UNREADABLE, null, null, List.of(error), Submission::empty, null);
    }

    /** The outcome. */
    public Verdict.Status status() {
        return status;
    }

    /** The valid answers, whatever the form. */
    public Optional<Answers> answers() {
        return Optional.ofNullable(answers);
    }

    /** The valid answers as {@link Feedback}, for a page-feedback form. */
    public Optional<Feedback> feedback() {
        return answers == null || form == null ? Optional.empty() : answers.asFeedback(form);
    }

    /** The errors, in form order. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The values as the reader entered them (normalised). */
    public Submission submission() {
        Submission s = made;
        if (s == null) {
            s = submission.get();
            made = s;
        }
        return s;
    }

    /** Why it counts as spam. */
    public Optional<String> spamReason() {
        return Optional.ofNullable(spamReason);
    }
}
