package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.Optional;

/**
 * One reader's feedback on one page, as a validator accepted it: what they think of the page (a
 * reflection), a summary, details, their role, organisation and, if they chose to give it, an
 * email address. Texts a form does not ask are empty; choices it does not ask are empty
 * {@link Optional}s.
 *
 * <p><b>The rules live in the form's {@link FormDefinition}.</b> A {@code Feedback} built by hand
 * may break them; feedback that a validator accepted keeps them all.
 *
 * <p><b>Privacy.</b> The email address is for follow-up about this feedback only. It is never
 * shown by {@link #toString()}, and {@link #withoutContactDetails()} gives a copy without it for
 * publishing or analysis.
 *
 * <pre>{@code
 * Option role = FormDefinition.pageFeedback().option("role", "la-data").orElseThrow();
 * Feedback feedback = Feedback.builder()
 *         .page("/governance")
 *         .summary("A clear proposal")
 *         .role(role)
 *         .build();
 * feedback.role().map(Option::code);   // Optional[la-data]
 * feedback.email();                    // "" (none given)
 * }</pre>
 *
 * @param page the address or identifier of the page the feedback is about
 * @param reflection what the reader thinks of the page, if they said
 * @param summary the reader's summary
 * @param details the reader's details; line breaks are {@code \n}
 * @param role the reader's role: its code, text and group
 * @param organisation the reader's organisation
 * <p><b>Bean Validation.</b> Feedback carries {@link ValidFeedback}: a Jakarta
 * {@code Validator} checks it against the built-in page form's rules, as
 * {@code FeedbackValidator} does, with one violation per field problem.
 *
 * @param email the reader's email address, given for follow-up about this feedback only: do not
 *     publish it, share it or use it for anything else
 */
@ValidFeedback(fields = {@ValidFeedback.Field(question = "nature", property = "reflection"),
    @ValidFeedback.Field(question = "org", property = "organisation")})
public record Feedback(String page, Optional<Option> reflection, String summary, String details, Optional<Option> role,
        String organisation, String email) {
    /** Checks that nothing is null. */
    public Feedback {
        Checks.notNull(page, "page");
        Checks.notNull(reflection, "reflection");
        Checks.notNull(summary, "summary");
        Checks.notNull(details, "details");
        Checks.notNull(role, "role");
        Checks.notNull(organisation, "organisation");
        Checks.notNull(email, "email");
    }

    /** Starts an empty feedback: every text empty, no reflection, no role. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this feedback's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.page = page;
        b.reflection = reflection;
        b.summary = summary;
        b.details = details;
        b.role = role;
        b.organisation = organisation;
        b.email = email;
        return b;
    }

    /** A copy without contact details (the email address), for publishing or analysis. */
    public Feedback withoutContactDetails() {
        return email.isEmpty() ? this : toBuilder().email("").build();
    }

    /** Describes the feedback for logs and debugging; neither the email address nor any free text is shown. */
    @Override
    public String toString() {
        return "Feedback[page=" + page
                + ", reflection=" + reflection.map(Option::code).orElse("none")
                + ", role=" + role.map(Option::code).orElse("none")
                + ", summary=" + summary.length() + " chars"
                + ", details=" + details.length() + " chars"
                + ", organisation=" + (organisation.isEmpty() ? "none" : "given")
                + ", email=" + (email.isEmpty() ? "none" : "withheld")
                + "]";
    }

    /**
     * Collects the values of a {@link Feedback}. Setters reject {@code null}; {@link #build()}
     * does not check the form's rules, which is the validator's job.
     */
    public static final class Builder {
        private String page = "";
        private Optional<Option> reflection = Optional.empty();
        private String summary = "";
        private String details = "";
        private Optional<Option> role = Optional.empty();
        private String organisation = "";
        private String email = "";

        private Builder() {
        }

        /** Sets the page address or identifier. */
        public Builder page(String page) {
            this.page = Checks.notNull(page, "page");
            return this;
        }

        /** Sets the reflection. */
        public Builder reflection(Option reflection) {
            this.reflection = Optional.of(Checks.notNull(reflection, "reflection"));
            return this;
        }

        /** Removes the reflection: the reader did not choose one. */
        public Builder noReflection() {
            this.reflection = Optional.empty();
            return this;
        }

        /** Sets the summary. */
        public Builder summary(String summary) {
            this.summary = Checks.notNull(summary, "summary");
            return this;
        }

        /** Sets the details. */
        public Builder details(String details) {
            this.details = Checks.notNull(details, "details");
            return this;
        }

        /** Sets the role. */
        public Builder role(Option role) {
            this.role = Optional.of(Checks.notNull(role, "role"));
            return this;
        }

        /** Removes the role. */
        public Builder noRole() {
            this.role = Optional.empty();
            return this;
        }

        /** Sets the organisation. */
        public Builder organisation(String organisation) {
            this.organisation = Checks.notNull(organisation, "organisation");
            return this;
        }

        /** Sets the email address; the empty string means none. */
        public Builder email(String email) {
            this.email = Checks.notNull(email, "email");
            return this;
        }

        /** Builds the immutable feedback. */
        public Feedback build() {
            return new Feedback(page, reflection, summary, details, role, organisation, email);
        }
    }
}
