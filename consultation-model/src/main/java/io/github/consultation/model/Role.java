package io.github.consultation.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.consultation.model.internal.Checks;
import io.github.consultation.model.internal.OptionIndex;
import java.util.Optional;

/**
 * The role a reader answers in: the fourteen options of the feedback form's role list, in
 * their order, each in its {@link RoleGroup}.
 *
 * <p>The {@link #text() text} is exactly what the form shows and what the existing site's
 * script sends; the {@link #code() code} is a stable identifier for storage and URLs.
 *
 * <pre>{@code
 * Role role = Role.find("Local authority children's social care professional").orElseThrow();
 * role.code();    // "la-social-care"
 * role.text();    // "Local authority children’s social care professional" (typographic apostrophe)
 * role.group();   // RoleGroup.LOCAL_AUTHORITY
 * }</pre>
 */
public enum Role {
    /** Local authority data professional. */
    LOCAL_AUTHORITY_DATA("la-data", "Local authority data professional", RoleGroup.LOCAL_AUTHORITY),
    /** Local authority digital professional. */
    LOCAL_AUTHORITY_DIGITAL("la-digital", "Local authority digital professional", RoleGroup.LOCAL_AUTHORITY),
    /** Local authority children’s social care professional. */
    LOCAL_AUTHORITY_SOCIAL_CARE("la-social-care",
            "Local authority children\u2019s social care professional", RoleGroup.LOCAL_AUTHORITY),
    /** Local authority leadership. */
    LOCAL_AUTHORITY_LEADERSHIP("la-leadership", "Local authority leadership", RoleGroup.LOCAL_AUTHORITY),
    /** Central government data professional. */
    CENTRAL_GOVERNMENT_DATA("cg-data", "Central government data professional", RoleGroup.CENTRAL_GOVERNMENT),
    /** Central government digital professional. */
    CENTRAL_GOVERNMENT_DIGITAL("cg-digital", "Central government digital professional",
            RoleGroup.CENTRAL_GOVERNMENT),
    /** Central government social care professional. */
    CENTRAL_GOVERNMENT_SOCIAL_CARE("cg-social-care", "Central government social care professional",
            RoleGroup.CENTRAL_GOVERNMENT),
    /** Central government leadership. */
    CENTRAL_GOVERNMENT_LEADERSHIP("cg-leadership", "Central government leadership", RoleGroup.CENTRAL_GOVERNMENT),
    /** Other public sector professional role. */
    OTHER_PUBLIC_SECTOR("public-other", "Other public sector professional role", RoleGroup.OTHER_PUBLIC_SECTOR),
    /** Data and digital supplier/partner. */
    SUPPLIER_OR_PARTNER("supplier", "Data and digital supplier/partner", RoleGroup.PRIVATE_SECTOR),
    /** Data and digital consultant. */
    CONSULTANT("consultant", "Data and digital consultant", RoleGroup.PRIVATE_SECTOR),
    /** Other private sector professional role. */
    OTHER_PRIVATE_SECTOR("private-other", "Other private sector professional role", RoleGroup.PRIVATE_SECTOR),
    /** Person with current or previous social care involvement as a service user. */
    PERSON_WITH_CARE_EXPERIENCE("person-with-experience",
            "Person (with current or previous social care involvement as a service user)", RoleGroup.PEOPLE),
    /** Person without current or previous social care involvement as a service user. */
    PERSON_WITHOUT_CARE_EXPERIENCE("person-without-experience",
            "Person (without current or previous social care involvement as a service user)", RoleGroup.PEOPLE);

    private static final OptionIndex<Role> INDEX = OptionIndex.of(Role.class, Role::text, Role::code);

    private final String code;
    private final String text;
    private final RoleGroup group;

    Role(String code, String text, RoleGroup group) {
        this.code = code;
        this.text = text;
        this.group = group;
    }

    /** A short stable identifier, safe in URLs, CSS classes and storage. */
    public String code() {
        return code;
    }

    /** The option text, exactly as the form shows it and the existing site sends it. */
    @JsonValue
    public String text() {
        return text;
    }

    /** The group this role belongs to. */
    public RoleGroup group() {
        return group;
    }

    /**
     * Finds the role whose option text or code is exactly {@code textOrCode}; in the text a
     * straight apostrophe ({@code '}) may stand for the typographic one ({@code ’}).
     */
    public static Optional<Role> find(String textOrCode) {
        return INDEX.find(Checks.notNull(textOrCode, "textOrCode"));
    }

    /** Every spelling that {@link #find(String)} accepts: texts, straight-apostrophe texts and codes. */
    public static java.util.List<String> spellings() {
        return INDEX.spellings();
    }

    /**
     * Like {@link #find(String)}, for binders such as Jackson.
     *
     * @throws IllegalArgumentException if no role matches
     */
    @JsonCreator
    public static Role of(String textOrCode) {
        return find(textOrCode).orElseThrow(() -> new IllegalArgumentException("Unknown role: " + textOrCode));
    }
}
