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
 * locale, on every theme (the origin theme's own wording, {@code origin.label.summary}, gives
 * way to {@code consultation.label.summary} too, unless {@code consultation.origin.label.summary}
 * is given); every text without one stays the library's (or the definition file's).
 *
 * <pre>
 * # messages_cy.properties
 * consultation.heading=Adborth ar y dudalen
 * </pre>
 */
public final class ConsultationTexts {
    /** The prefix of the application's messages for the form. */
    public static final String PREFIX = "consultation.";

    /** The prefix of the origin theme's own texts. */
    private static final String ORIGIN = "origin.";

    private final MessageSource messages;

    /** Texts from {@code messages}. */
    public ConsultationTexts(MessageSource messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /** The application's texts for {@code definition} in {@code locale}, by the library's keys. */
    public Map<String, String> overrides(FormDefinition definition, Locale locale) {
        Map<String, String> overrides = new LinkedHashMap<>();
        java.util.Set<String> keys = definition.texts(locale).asMap().keySet();
        for (String key : keys) {
            String text = messages.getMessage(PREFIX + key, null, null, locale);
            if (text != null) {
                overrides.put(key, text);
            }
        }
        // The origin theme reads its own keys first (origin.label.summary before label.summary): the
        // application's consultation.label.summary stands for both, unless it gives the origin one too.
        for (String key : keys) {
            if (key.startsWith(ORIGIN) && !overrides.containsKey(key)) {
                String general = overrides.get(key.substring(ORIGIN.length()));
                if (general != null) {
                    overrides.put(key, general);
                }
            }
        }
        return overrides;
    }
}
