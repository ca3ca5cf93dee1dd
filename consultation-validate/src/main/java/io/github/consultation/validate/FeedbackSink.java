package io.github.consultation.validate;

import io.github.consultation.model.Answers;

/**
 * Where a {@link SubmissionFlow} keeps valid answers, whichever form they are of: the host's
 * store. It returns only once they are kept for good (committed), and throws if they were not, so
 * that a reader is never thanked for feedback that was lost.
 *
 * <pre>{@code
 * FeedbackSink sink = answers -> store.save(answers, Instant.now());
 * }</pre>
 */
@FunctionalInterface
public interface FeedbackSink {
    /**
     * Keeps {@code answers}; returns once they are durable. For the page-feedback form,
     * {@link Answers#asFeedback} gives them as {@link io.github.consultation.model.Feedback}.
     *
     * @throws Exception if they were not kept (the reader is then told so, and may send them again)
     */
    void keep(Answers answers) throws Exception;
}
