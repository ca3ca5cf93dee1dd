package io.github.consultation.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads this library's texts: {@code .properties} files in UTF-8 beside this class, one per
 * language ({@code texts.properties} in English, {@code texts_cy.properties} in Welsh). The one
 * loader of texts, for the forms, the validator's messages, page layouts and admin views alike.
 */
public final class Bundles {
    private Bundles() {
    }

    /**
     * The texts of {@code base} in {@code language} ({@code en} reads the file without a
     * suffix), or none if there is no such file.
     */
    public static Map<String, String> load(String base, String language) {
        String name = language.equals("en") ? base + ".properties" : base + "_" + language + ".properties";
        try (InputStream in = Bundles.class.getResourceAsStream(name)) {
            if (in == null) {
                return Map.of();
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> texts = new LinkedHashMap<>();
            p.stringPropertyNames().stream().sorted().forEach(k -> texts.put(k, p.getProperty(k)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
