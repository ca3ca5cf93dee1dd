package io.github.consultation.validate.internal;

import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The texts of error messages in one language, with the lengths filled in from the rules on
 * {@code Feedback}. A missing text falls back to English, then to the code itself.
 */
public final class Messages {
    private static final String BASE = "messages";

    private final Map<String, String> texts;
    private final Messages fallback;

    private Messages(Map<String, String> texts, Messages fallback) {
        this.texts = texts;
        this.fallback = fallback;
    }

    /** The messages for {@code locale}'s language, English where it has none. */
    public static Messages forLocale(Locale locale) {
        Messages english = new Messages(load(BASE + ".properties").orElseThrow(), null);
        String language = locale.getLanguage();
        if (language.isEmpty() || language.equals("en")) {
            return english;
        }
        return load(BASE + "_" + language + ".properties").map(t -> new Messages(t, english)).orElse(english);
    }

    /** These messages, with {@code overrides} taking precedence key by key. */
    public Messages overriddenBy(Map<String, String> overrides) {
        return new Messages(Map.copyOf(overrides), this);
    }

    private static Optional<Map<String, String>> load(String name) {
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            Map<String, String> texts = new java.util.HashMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return Optional.of(Map.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }

    /** The message for {@code code} on the field sent as {@code field}. */
    public String forField(String field, String code) {
        String template = lookup(field + "." + code).or(() -> lookup("any." + code)).orElse(code);
        String label = lookup("label." + field).orElse(field);
        Optional<FieldRules> rules = FeedbackField.forName(field).map(FeedbackField::rules);
        return template
                .replace("{label}", label)
                .replace("{name}", field)
                .replace("{min}", rules.map(r -> String.valueOf(r.minLength().orElse(0))).orElse(""))
                .replace("{max}", rules.map(r -> r.maxLength().isPresent() ? String.valueOf(r.maxLength().getAsInt()) : "")
                        .orElse(""));
    }

    /** The message for {@code code} about the whole submission, {@code {limit}} replaced by {@code limit}. */
    public String forSubmission(String code, long limit) {
        return lookup("submission." + code).orElse(code).replace("{limit}", String.valueOf(limit));
    }

    private Optional<String> lookup(String key) {
        String text = texts.get(key);
        if (text != null) {
            return Optional.of(text);
        }
        return fallback == null ? Optional.empty() : fallback.lookup(key);
    }
}
