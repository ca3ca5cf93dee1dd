package io.github.consultation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role list must be the seed form's, option by option and group by group. */
class RoleTest {
    // The fourteen option texts of the seed page's role list, in order (REFERENCE §1).
    private static final List<String> SEED_ROLE_TEXTS = List.of(
            "Local authority data professional",
            "Local authority digital professional",
            "Local authority children\u2019s social care professional",
            "Local authority leadership",
            "Central government data professional",
            "Central government digital professional",
            "Central government social care professional",
            "Central government leadership",
            "Other public sector professional role",
            "Data and digital supplier/partner",
            "Data and digital consultant",
            "Other private sector professional role",
            "Person (with current or previous social care involvement as a service user)",
            "Person (without current or previous social care involvement as a service user)");

    @Test
    void textsAreTheSeedOptionsInOrder() {
        assertEquals(SEED_ROLE_TEXTS, Arrays.stream(Role.values()).map(Role::text).toList());
    }

    @Test
    void rolesFallIntoTheFiveGroupsOfTheReference() {
        RoleGroup[] expected = {
            RoleGroup.LOCAL_AUTHORITY, RoleGroup.LOCAL_AUTHORITY, RoleGroup.LOCAL_AUTHORITY, RoleGroup.LOCAL_AUTHORITY,
            RoleGroup.CENTRAL_GOVERNMENT, RoleGroup.CENTRAL_GOVERNMENT, RoleGroup.CENTRAL_GOVERNMENT,
            RoleGroup.CENTRAL_GOVERNMENT, RoleGroup.OTHER_PUBLIC_SECTOR, RoleGroup.PRIVATE_SECTOR,
            RoleGroup.PRIVATE_SECTOR, RoleGroup.PRIVATE_SECTOR, RoleGroup.PEOPLE, RoleGroup.PEOPLE};
        assertEquals(List.of(expected), Arrays.stream(Role.values()).map(Role::group).toList());
    }

    @Test
    void everyRoleIsFoundByItsTextAndByItsCode() {
        for (Role role : Role.values()) {
            assertEquals(role, Role.find(role.text()).orElseThrow(), role.text());
            assertEquals(role, Role.find(role.code()).orElseThrow(), role.code());
        }
    }

    @Test
    void straightApostropheFindsTheTypographicText() {
        assertEquals(Role.LOCAL_AUTHORITY_SOCIAL_CARE,
                Role.find("Local authority children's social care professional").orElseThrow());
    }

    @Test
    void otherSpellingsAreNotGuessed() {
        assertTrue(Role.find("local authority leadership").isEmpty(), "case matters");
        assertTrue(Role.find("Local authority  leadership").isEmpty(), "spacing matters");
        assertTrue(Role.find("").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Role.of("Astronaut"));
    }

    @Test
    void codesAreDistinctAndUrlSafe() {
        assertEquals(Role.values().length, new HashSet<>(Arrays.stream(Role.values()).map(Role::code).toList()).size());
        for (Role role : Role.values()) {
            assertTrue(role.code().matches("[a-z][a-z-]*[a-z]"), role.code());
        }
    }

    @Test
    void spellingsListEveryAcceptedFormOnce() {
        List<String> spellings = Role.spellings();
        assertEquals(spellings.size(), new HashSet<>(spellings).size());
        // 14 texts + 14 codes + 1 straight-apostrophe variant of the one text with an apostrophe.
        assertEquals(29, spellings.size());
        for (String s : spellings) {
            assertTrue(Role.find(s).isPresent(), s);
        }
    }
}
