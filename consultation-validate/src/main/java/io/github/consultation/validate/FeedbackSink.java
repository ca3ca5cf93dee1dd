package io.github.consultation.validate;

import io.github.consultation.model.Feedback;

/**
 * Where a {@link SubmissionFlow} keeps valid feedback: the host's store. It returns only once the
 * feedback is kept for good (committed), and throws if it was not, so that a reader is never
 * thanked for feedback that was lost.
 *
 * <pre>{@code
 * FeedbackSink sink = feedback -> store.save(feedback, Instant.now());
 * }</pre>
 */
@FunctionalInterface
public interface FeedbackSink {
    /**
     * Keeps {@code feedback}; returns once it is durable.
     *
     * @throws Exception if it was not kept (the reader is then told so, and may send it again)
     */
    void keep(Feedback feedback) throws Exception;
}
