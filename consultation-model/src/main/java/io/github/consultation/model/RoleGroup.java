package io.github.consultation.model;

/**
 * The five groups that the fourteen {@link Role}s fall into, in the order the form lists them.
 * A consultation team reads responses by group first: for example, how local authorities see a
 * page compared with central government.
 *
 * <pre>{@code
 * RoleGroup group = Role.LOCAL_AUTHORITY_LEADERSHIP.group();   // LOCAL_AUTHORITY
 * group.text();                                                // "Local authority"
 * }</pre>
 */
public enum RoleGroup {
    /** Roles in a local authority. */
    LOCAL_AUTHORITY("local-authority", "Local authority"),
    /** Roles in central government. */
    CENTRAL_GOVERNMENT("central-government", "Central government"),
    /** Other public sector roles. */
    OTHER_PUBLIC_SECTOR("other-public-sector", "Other public sector"),
    /** Suppliers, partners, consultants and other private sector roles. */
    PRIVATE_SECTOR("private-sector", "Private sector"),
    /** People answering for themselves rather than for an organisation. */
    PEOPLE("people", "People");

    private final String code;
    private final String text;

    RoleGroup(String code, String text) {
        this.code = code;
        this.text = text;
    }

    /** A short stable identifier, safe in URLs, CSS classes and storage. */
    public String code() {
        return code;
    }

    /** The group's name in English, as a heading for its roles. */
    public String text() {
        return text;
    }
}
