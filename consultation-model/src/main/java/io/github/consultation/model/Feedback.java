package io.github.consultation.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.consultation.model.internal.Checks;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;

/**
 * One reader's feedback on one page: what they think of it, a summary, details, their role,
 * organisation and, if they choose, an email address.
 *
 * <p><b>The rules live here.</b> The Bean Validation annotations on the fields are the only
 * statement of what valid feedback is: the validator enforces them, and the form's
 * {@code required}, {@code minlength}, {@code maxlength} and {@code type="email"} attributes
 * are read from them through {@link FieldRules}. A {@code Feedback} built by hand may break
 * them; feedback that a validator accepted keeps them all. Rules in the {@link FullForm} group
 * hold for the full form only (see {@link FormVariant}).
 *
 * <p><b>Privacy.</b> The email address is for follow-up about this feedback only. It is never
 * shown by {@link #toString()}, and {@link #withoutContactDetails()} gives a copy without it for
 * publishing or analysis.
 *
 * <pre>{@code
 * Feedback feedback = Feedback.builder()
 *         .page("/governance")
 *         .summary("A clear proposal")
 *         .role(Role.LOCAL_AUTHORITY_DATA)
 *         .build();
 * feedback.summary();   // "A clear proposal"
 * feedback.email();     // "" (none given)
 * }</pre>
 *
 * <p>Jackson (2 or 3) reads and writes it with the field names of the existing site's JSON:
 * {@code page, nature, summary, details, role, org, email}.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.NONE,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE,
        creatorVisibility = JsonAutoDetect.Visibility.NONE)
public final class Feedback {
    /**
     * Empty (no address given), or an email address as both a browser's {@code type="email"}
     * check and Hibernate Validator's {@code @Email} accept it: a local part of at most 64
     * characters with dots only between atoms, and a domain of letter-digit-hyphen labels. It is
     * valid in Java, and in JavaScript with the {@code u} and {@code v} flags, so a form can
     * carry it as its {@code pattern} attribute and a JSON Schema as its {@code pattern}.
     */
    public static final String EMAIL_PATTERN = "(?:(?=[^@]{1,64}@)"
            + "[a-zA-Z0-9!#$%&'*+\\/=?^_`\\{\\|\\}~\\-]+(?:\\.[a-zA-Z0-9!#$%&'*+\\/=?^_`\\{\\|\\}~\\-]+)*"
            + "@[a-zA-Z0-9](?:[a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9\\-]{0,61}[a-zA-Z0-9])?)*)?";

    @JsonProperty("page")
    @NotBlank
    @Size(max = 2048)
    private final String page;

    @JsonProperty("nature")
    private final Reflection reflection;

    @JsonProperty("summary")
    @NotBlank
    @Size(min = 5, max = 300)
    private final String summary;

    @JsonProperty("details")
    @Size(max = 5000)
    private final String details;

    @JsonProperty("role")
    @NotNull(groups = FullForm.class)
    private final Role role;

    @JsonProperty("org")
    @Size(max = 200)
    private final String organisation;

    @JsonProperty("email")
    @Email(regexp = EMAIL_PATTERN)
    @Size(max = 254)
    private final String email;

    private Feedback(Builder b) {
        this.page = b.page;
        this.reflection = b.reflection;
        this.summary = b.summary;
        this.details = b.details;
        this.role = b.role;
        this.organisation = b.organisation;
        this.email = b.email;
    }

    @JsonCreator
    private static Feedback fromJson(
            @JsonProperty("page") String page,
            @JsonProperty("nature") Reflection reflection,
            @JsonProperty("summary") String summary,
            @JsonProperty("details") String details,
            @JsonProperty("role") Role role,
            @JsonProperty("org") String organisation,
            @JsonProperty("email") String email) {
        Builder b = builder();
        b.page = Objects.requireNonNullElse(page, "");
        b.reflection = reflection;
        b.summary = Objects.requireNonNullElse(summary, "");
        b.details = Objects.requireNonNullElse(details, "");
        b.role = role;
        b.organisation = Objects.requireNonNullElse(organisation, "");
        b.email = Objects.requireNonNullElse(email, "");
        return b.build();
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

    /** The address or identifier of the page the feedback is about. */
    public String page() {
        return page;
    }

    /** What the reader thinks of the page, if they said. */
    public Optional<Reflection> reflection() {
        return Optional.ofNullable(reflection);
    }

    /** The reader's summary; required, at least five characters. */
    public String summary() {
        return summary;
    }

    /** The reader's details; may be empty. Line breaks are {@code \n}. */
    public String details() {
        return details;
    }

    /** The reader's role; present in every valid feedback from the full form. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** The reader's organisation; may be empty. */
    public String organisation() {
        return organisation;
    }

    /**
     * The reader's email address, or empty. It was given for follow-up about this feedback only:
     * do not publish it, share it or use it for anything else.
     */
    public String email() {
        return email;
    }

    /** A copy without contact details (the email address), for publishing or analysis. */
    public Feedback withoutContactDetails() {
        return email.isEmpty() ? this : toBuilder().email("").build();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Feedback)) {
            return false;
        }
        Feedback that = (Feedback) o;
        return page.equals(that.page) && reflection == that.reflection && summary.equals(that.summary)
                && details.equals(that.details) && role == that.role
                && organisation.equals(that.organisation) && email.equals(that.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(page, reflection, summary, details, role, organisation, email);
    }

    /** Describes the feedback for logs and debugging; the email address is never shown. */
    @Override
    public String toString() {
        return "Feedback[page=" + page
                + ", reflection=" + (reflection == null ? "none" : reflection.code())
                + ", role=" + (role == null ? "none" : role.code())
                + ", summary=" + summary.length() + " chars"
                + ", details=" + details.length() + " chars"
                + ", organisation=" + (organisation.isEmpty() ? "none" : "given")
                + ", email=" + (email.isEmpty() ? "none" : "withheld")
                + "]";
    }

    /**
     * Collects the values of a {@link Feedback}. Setters reject {@code null}; {@link #build()}
     * does not check the rules, which is the validator's job.
     */
    public static final class Builder {
        private String page = "";
        private Reflection reflection;
        private String summary = "";
        private String details = "";
        private Role role;
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
        public Builder reflection(Reflection reflection) {
            this.reflection = Checks.notNull(reflection, "reflection");
            return this;
        }

        /** Removes the reflection: the reader did not choose one. */
        public Builder noReflection() {
            this.reflection = null;
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
        public Builder role(Role role) {
            this.role = Checks.notNull(role, "role");
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
            return new Feedback(this);
        }
    }
}
