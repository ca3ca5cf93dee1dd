package io.github.consultation.form.internal;

import io.github.consultation.model.RoleGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The form's texts in one language, English where a text has no translation. Immutable.
 */
public final class FormTexts {
    private final Map<String, String> texts;
    private final Locale locale;

    private FormTexts(Map<String, String> texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    /** The texts for {@code locale}'s language. */
    public static FormTexts forLocale(Locale locale) {
        Map<String, String> texts = new HashMap<>(load("texts.properties").orElseThrow());
        String language = locale.getLanguage();
        if (!language.isEmpty() && !language.equals("en")) {
            load("texts_" + language + ".properties").ifPresent(texts::putAll);
        }
        return new FormTexts(Map.copyOf(texts), locale);
    }

    private static Optional<Map<String, String>> load(String name) {
        try (InputStream in = FormTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> texts = new HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return Optional.of(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** The language of these texts. */
    public Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}.
     *
     * @throws IllegalStateException if there is none, which is a bug in the bundles
     */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("No form text for " + key);
        }
        return text;
    }

    /** The display text of an option with {@code code} in {@code field}, else {@code english}. */
    public String option(String field, String code, String english) {
        return texts.getOrDefault("option." + field + "." + code, english);
    }

    /** The heading of a role group. */
    public String group(RoleGroup group) {
        return texts.getOrDefault("group." + group.code(), group.text());
    }
}
