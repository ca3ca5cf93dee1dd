package io.github.consultation.spring;

import io.github.consultation.model.FormDefinition;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * The form's texts from the application's {@link MessageSource} first: a message
 * {@code consultation.<key>} replaces the library's text {@code <key>} (such as
 * {@code consultation.label.summary} or {@code consultation.message.summary.required}) in that
 * locale; every text without one stays the library's (or the definition file's).
 *
 * <pre>
 * # messages_cy.properties
 * consultation.heading=Adborth ar y dudalen
 * </pre>
 */
public final class ConsultationTexts {
    /** The prefix of the application's messages for the form. */
    public static final String PREFIX = "consultation.";

    private final MessageSource messages;

    /** Texts from {@code messages}. */
    public ConsultationTexts(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The application's texts for {@code definition} in {@code locale}, by the library's keys. */
    public Map<String, String> overrides(FormDefinition definition, Locale locale) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String key : definition.texts(locale).asMap().keySet()) {
            String text = messages.getMessage(PREFIX + key, null, null, locale);
            if (text != null) {
                overrides.put(key, text);
            }
        }
        return overrides;
    }
}
