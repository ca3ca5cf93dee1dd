package io.github.consultation.host;

import io.github.consultation.validate.Outcome;

/**
 * A host's limit on how much one client may send, asked once a submission has been read and
 * validated and before it is kept: so that a host may charge a kept submission and a refused one
 * to different budgets (a reader correcting their mistakes should not meet the limit of a bot).
 *
 * <pre>{@code
 * RateLimit limit = outcome -> (outcome.refused() ? refused : accepted).tryAcquire(client).retryAfterSeconds();
 * }</pre>
 */
@FunctionalInterface
public interface RateLimit {
    /** No limit. */
    RateLimit NONE = outcome -> 0;

    /**
     * Charges the client for {@code outcome}: 0 when it may go on, else how many seconds it must
     * wait (the submission is then answered 429 and not kept).
     */
    long retryAfterSeconds(Outcome outcome);
}
