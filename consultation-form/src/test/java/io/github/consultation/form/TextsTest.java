package io.github.consultation.form;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Reflection;
import io.github.consultation.model.Role;
import io.github.consultation.model.RoleGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every English text of the form has a Welsh one, as do every option and role group. */
class TextsTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/io/github/consultation/form/internal/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void welshCoversEveryTextOptionAndGroup() throws IOException {
        Properties english = load("texts.properties");
        Properties welsh = load("texts_cy.properties");
        for (String key : english.stringPropertyNames()) {
            assertTrue(welsh.containsKey(key), "Welsh lacks " + key);
        }
        for (Role role : Role.values()) {
            assertTrue(welsh.containsKey("option.role." + role.code()), role.code());
        }
        for (Reflection r : Reflection.values()) {
            assertTrue(welsh.containsKey("option.nature." + r.code()), r.code());
        }
        for (RoleGroup group : RoleGroup.values()) {
            assertTrue(welsh.containsKey("group." + group.code()), group.code());
        }
    }
}
