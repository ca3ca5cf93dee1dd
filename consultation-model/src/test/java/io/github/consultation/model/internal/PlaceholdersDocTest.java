package io.github.consultation.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The docs' paragraph on placeholders (docs/docs/form/definition.md, "**Placeholders**") names
 * exactly the placeholders a text may hold: those the validator fills in and those of the
 * library's own texts, as {@link TextKeys#placeholders} finds them.
 */
class PlaceholdersDocTest {
    private static final Pattern TOKEN = Pattern.compile("`(%?\\{[A-Za-z][A-Za-z0-9_-]*\\})`");

    @Test
    void theDocsNameEveryPlaceholderAndNoOther() throws IOException {
        String page = Files.readString(Path.of("../docs/docs/form/definition.md"), StandardCharsets.UTF_8);
        int start = page.indexOf("**Placeholders**");
        assertTrue(start >= 0, "definition.md has no paragraph on placeholders");
        int end = page.indexOf("\n\n", start);
        SortedSet<String> documented = new TreeSet<>();
        Matcher m = TOKEN.matcher(page.substring(start, end < 0 ? page.length() : end));
        while (m.find()) {
            documented.add(m.group(1));
        }
        Map<String, String> builtIn = new HashMap<>();
        for (String bundle : new String[] {"texts.properties", "texts_cy.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = TextKeys.class.getResourceAsStream(bundle)) {
                texts.load(in);
            }
            texts.forEach((k, v) -> builtIn.put(bundle + ":" + k, (String) v));
        }
        SortedSet<String> library = TextKeys.placeholders(builtIn);
        assertTrue(library.contains("%{count}") && library.contains("{label}"), library.toString());
        assertEquals(library, documented);
    }
}
