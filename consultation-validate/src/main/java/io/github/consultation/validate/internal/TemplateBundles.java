package io.github.consultation.validate.internal;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.Question;
import io.github.consultation.model.ValidFeedback;
import io.github.consultation.validate.ErrorCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Bean Validation message templates of a form: for every field a submission of it may be
 * refused on and every code it may be refused with, the key {@code io.github.consultation.<form>.<field>.<code>}
 * and the template {@link Messages#template} gives, from the same texts as the compiled validator's
 * messages. The build writes the built-in forms' templates, in English and Welsh, as Hibernate
 * Validator's {@code ContributorValidationMessages} bundles ({@link #main}), so that a
 * {@code Validator} with no setup finds them, and a host's {@code ValidationMessages} wins over them.
 */
public final class TemplateBundles {
    /** The prefix of every key. */
    public static final String PREFIX = "io.github.consultation.";
    /** The key of the constraint's message as a whole, which a violation per field replaces. */
    public static final String INVALID = PREFIX + "feedback.invalid";
    /**
     * The key whose text is the language of the bundle it is in: how a message interpolator that
     * is given no locale tells which language its delegate speaks.
     */
    public static final String LANGUAGE = PREFIX + "language";
    /** The bundle's name: Hibernate Validator reads every one on the class path, below the host's {@code ValidationMessages}. */
    public static final String BUNDLE = "ContributorValidationMessages";

    /** The codes a field of bound answers may be refused with. */
    private static final List<String> FIELD_CODES = List.of(ErrorCodes.REQUIRED, ErrorCodes.TOO_SHORT,
            ErrorCodes.TOO_LONG, ErrorCodes.FORMAT, ErrorCodes.UNKNOWN_OPTION, ErrorCodes.CONTROL_CHARACTER,
            ErrorCodes.INVALID_TEXT, ErrorCodes.WRONG_TYPE, ErrorCodes.REPEATED, ErrorCodes.NOT_ON_SCALE,
            ErrorCodes.UNKNOWN_ITEM, ErrorCodes.UNSUPPORTED_FORM);

    private TemplateBundles() {
    }

    /** The key of the template for {@code code} on {@code field} of the form called {@code form}. */
    public static String key(String form, String field, String code) {
        return PREFIX + form + "." + field + "." + code;
    }

    /** Every template of {@code definition}, registered as {@code form}, in {@code locale}'s language, by key. */
    public static Map<String, String> templates(String form, FormDefinition definition, Locale locale) {
        Messages messages = Messages.of(definition, locale, Map.of());
        Map<String, String> templates = new TreeMap<>();
        List<String> fields = new ArrayList<>();
        for (Question q : definition.questions()) {
            fields.add(q.name());
            if (q instanceof RatingQuestion) {
                RatingQuestion r = (RatingQuestion) q;
                r.items().forEach(item -> fields.add(r.controlName(item)));
            }
        }
        fields.add(FieldNames.TAB);
        for (String field : fields) {
            for (String code : FIELD_CODES) {
                templates.put(key(form, field, code), messages.template(field, code));
            }
        }
        return templates;
    }

    /**
     * Writes the built-in forms' templates into {@code args[0]}: {@code ContributorValidationMessages.properties}
     * in English, {@code _cy} in Welsh. Run by the build; the texts themselves stay in the model's
     * bundles, their one home.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (Locale language : List.of(FormDefinition.ENGLISH, FormDefinition.WELSH)) {
            Map<String, String> all = new TreeMap<>();
            all.putAll(templates(ValidFeedback.PAGE_FEEDBACK, FormDefinition.pageFeedback(), language));
            all.putAll(templates(ValidFeedback.QUESTIONNAIRE, FormDefinition.questionnaire(), language));
            all.put(LANGUAGE, language.getLanguage());
            all.put(INVALID, Messages.escapeForTemplate(FormDefinition.pageFeedback().texts(language).get("error.summary")));
            String suffix = language.equals(FormDefinition.ENGLISH) ? "" : "_" + language.getLanguage();
            Files.writeString(folder.resolve(BUNDLE + suffix + ".properties"), properties(all), StandardCharsets.ISO_8859_1);
        }
    }

    /** A properties file of {@code entries}, in ASCII, in key order, with no date in it (the build is reproducible). */
    static String properties(Map<String, String> entries) {
        StringBuilder out = new StringBuilder("# The consultation library's Bean Validation messages, written by the build from\n"
                + "# the forms' texts (io/github/consultation/model/internal/*.properties): change those, not this.\n");
        entries.forEach((key, value) -> {
            escape(key, true, out);
            out.append('=');
            escape(value, false, out);
            out.append('\n');
        });
        return out.toString();
    }

    private static void escape(String text, boolean key, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || (c == ' ' && (key || i == 0))) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
    }
}
