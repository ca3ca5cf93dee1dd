package io.github.consultation.validate.bean;

import io.github.consultation.model.ValidFeedback;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A submission as the existing site's script sends it, for a framework to bind and Bean Validation
 * to check: each component is named as its JSON key and form field, so Jackson reads the site's
 * JSON as it is and Spring MVC binds form fields by name, and the constraint checks it against the
 * form its {@code tab} names (the page-feedback form when it names none). A component left null
 * was not sent.
 *
 * <pre>{@code
 * @PostMapping("/api/feedback")
 * ResponseEntity<Void> post(@Valid @RequestBody FeedbackRequest request) { ... }   // 400 with field errors
 *
 * Set<ConstraintViolation<FeedbackRequest>> violations = validator.validate(
 *         FeedbackRequest.pageFeedback("Feedback", "/governance", "", "Ok", "", "la-data", "", "", ""));
 * // one violation, on "summary": "Summary must be 5 characters or more"
 * }</pre>
 *
 * <p>The honeypot is carried so that a host can act on it, but is no constraint: a filled one is
 * spam for {@code SubmissionFlow} to drop, not a mistake to show.
 *
 * @param tab which form: {@code "Feedback"} for page feedback, {@code "MainFeedback"} for the questionnaire
 * @param page the address of the page the feedback is about
 * @param nature the reflection chosen, by its text or code
 * @param summary the summary
 * @param details the details
 * @param role the reader's role, by its text or code
 * @param org the reader's organisation
 * @param email the reader's email address
 * @param hp_field the honeypot, which people leave empty
 * @param rank_usefulness the questionnaire's usefulness scores, by idea (text or code)
 * @param rank_likelihood the questionnaire's likelihood scores, by idea (text or code)
 * @param activities the questionnaire's activities ticked, each as {@code "<heading>: <activity>"}, text or code
 * @param section the questionnaire's section, which the existing site always sends empty and the form drops
 * @param comments the questionnaire's open comments
 */
@ValidFeedback(form = ValidFeedback.BY_TAB)
@SuppressWarnings("checkstyle:RecordComponentName") // the wire's names, as the existing site sends them
public record FeedbackRequest(@Nullable String tab, @Nullable String page, @Nullable String nature,
        @Nullable String summary, @Nullable String details, @Nullable String role, @Nullable String org,
        @Nullable String email, @Nullable String hp_field, @Nullable Map<String, Object> rank_usefulness,
        @Nullable Map<String, Object> rank_likelihood, @Nullable List<String> activities, @Nullable String section,
        @Nullable String comments) {
    /**
     * A page-feedback submission: the nine keys the existing site's script sends, and no
     * questionnaire answers. (A factory rather than a second constructor, so that frameworks that
     * bind records through their one constructor find it.)
     */
    public static FeedbackRequest pageFeedback(@Nullable String tab, @Nullable String page, @Nullable String nature,
            @Nullable String summary, @Nullable String details, @Nullable String role, @Nullable String org,
            @Nullable String email, @Nullable String hp_field) {
        return new FeedbackRequest(tab, page, nature, summary, details, role, org, email, hp_field, null, null, null,
                null, null);
    }

    /**
     * The answers sent, by name, for {@code FeedbackValidator.validateValues}: a host that has
     * checked the request with Bean Validation passes them to the compiled rules to get the
     * normalised {@code Answers} it stores.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        Object[] all = {tab, page, nature, summary, details, role, org, email, rank_usefulness, rank_likelihood,
            activities, section, comments};
        String[] names = {"tab", "page", "nature", "summary", "details", "role", "org", "email", "rank_usefulness",
            "rank_likelihood", "activities", "section", "comments"};
        for (int i = 0; i < names.length; i++) {
            if (all[i] != null) {
                values.put(names[i], all[i]);
            }
        }
        return values;
    }

    /** Whether the honeypot was filled in: a bot's submission, which {@code SubmissionFlow} drops. */
    public boolean honeypotFilled() {
        return hp_field != null && !hp_field.isEmpty();
    }
}
