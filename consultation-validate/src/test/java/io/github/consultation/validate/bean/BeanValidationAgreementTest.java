package io.github.consultation.validate.bean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Option;
import io.github.consultation.model.OptionGroup;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.Verdict;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The two ways to validate agree: for generated submissions of the built-in page form, the
 * questionnaire and a host's own form in English and Welsh (valid, at and past every limit,
 * hostile text, unknown options and items, missing fields), {@code FeedbackValidator.validateJson}
 * and a Hibernate Validator {@code Validator} checking the same JSON bound by Jackson into
 * {@link FeedbackRequest} find the same (field, code) pairs, with the same message in each language.
 *
 * <p>The submissions are those both can be given: JSON that Jackson binds into the request type
 * (no unknown keys, no duplicate keys, no text where an object is due) and an empty honeypot, since
 * spam is the submission flow's to decide, not a constraint's. Each disagreement found became a
 * plain test in {@link BeanValidationTest}.
 */
class BeanValidationAgreementTest {
    private static final int PAGE_CASES = 41_000;
    private static final int QUESTIONNAIRE_CASES = 31_000;
    private static final int HOST_CASES = 31_000;
    private static final AtomicLong CASES = new AtomicLong();
    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final List<Locale> LANGUAGES = List.of(FormDefinition.ENGLISH, FormDefinition.WELSH);

    /** A host's form in English and Welsh: its own roles and reflections, no organisation, longer summaries, its own messages. */
    static final FormDefinition HOST = hostForm();

    static FormDefinition hostForm() {
        OptionGroup publicGroup = new OptionGroup("public", "Members of the public");
        return FormDefinition.pageFeedback().toBuilder()
                .languages(FormDefinition.ENGLISH, FormDefinition.WELSH)
                .roles(List.of(Option.of("resident", "Resident", publicGroup), Option.of("member", "Library member", publicGroup),
                        Option.of("staff", "Library staff")))
                .reflections(List.of(Option.of("support", "I support this change"), Option.of("worried", "I\u2019m worried")))
                .without("org")
                .lengths("summary", 10, 400)
                .lengths("details", 0, 1000)
                .text(FormDefinition.WELSH, "group.public", "Aelodau o\u2019r cyhoedd")
                .text(FormDefinition.WELSH, "option.role.resident", "Preswylydd")
                .text(FormDefinition.WELSH, "option.role.member", "Aelod o\u2019r llyfrgell")
                .text(FormDefinition.WELSH, "option.role.staff", "Staff y llyfrgell")
                .text(FormDefinition.WELSH, "option.nature.support", "Rwy\u2019n cefnogi")
                .text(FormDefinition.WELSH, "option.nature.worried", "Rwy\u2019n poeni")
                .text(FormDefinition.ENGLISH, "message.summary.too-short", "Tell us a little more: {min} characters ($ and \\ are fine)")
                .text(FormDefinition.WELSH, "message.summary.too-short", "Dywedwch ychydig mwy: {min} nod neu fwy")
                .text(FormDefinition.ENGLISH, "message.label.details", "Your {details}")
                .text(FormDefinition.WELSH, "message.label.details", "Eich manylion")
                .build();
    }

    /** One form: the compiled validator and a Bean Validation validator per language. */
    private record Setup(FormDefinition form, String tab, Map<Locale, FeedbackValidator> compiled,
            Map<Locale, Validator> bean) {
        static Setup of(FormDefinition form, String tab, FeedbackForms forms) {
            Map<Locale, FeedbackValidator> compiled = new LinkedHashMap<>();
            Map<Locale, Validator> bean = new LinkedHashMap<>();
            for (Locale language : LANGUAGES) {
                compiled.put(language, FeedbackValidator.builder().form(form).locale(language).build());
                HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
                        .defaultLocale(language);
                if (forms != null) {
                    forms.configure(configuration);
                }
                bean.put(language, configuration.buildValidatorFactory().getValidator());
            }
            return new Setup(form, tab, compiled, bean);
        }
    }

    private static final Setup PAGE = Setup.of(FormDefinition.pageFeedback(), "Feedback", null);
    private static final Setup QUESTIONNAIRE = Setup.of(FormDefinition.questionnaire(), "MainFeedback", null);
    private static final Setup LIBRARIES = Setup.of(HOST, "Feedback",
            FeedbackForms.builder().form("libraries", HOST).build());

    @AfterAll
    static void report() {
        System.out.println("BeanValidationAgreementTest: " + CASES.get() + " generated submissions, each checked by"
                + " FeedbackValidator and by Hibernate Validator in English and in Welsh: no disagreement");
    }

    @Test
    void theBuiltInPageForm() {
        qt().withExamples(PAGE_CASES).withShrinkCycles(200).forAll(submissions(PAGE, true)).checkAssert(json -> agree(PAGE, json));
    }

    @Test
    void theQuestionnaire() {
        qt().withExamples(QUESTIONNAIRE_CASES).withShrinkCycles(200).forAll(submissions(QUESTIONNAIRE, false))
                .checkAssert(json -> agree(QUESTIONNAIRE, json));
    }

    @Test
    void aHostsFormInWelsh() {
        qt().withExamples(HOST_CASES).withShrinkCycles(200).forAll(submissions(LIBRARIES, false))
                .checkAssert(json -> agree(LIBRARIES, json));
    }

    /** Both ways find the same fields with the same codes, each with the same message, in each language. */
    static void agree(Setup setup, String json) {
        CASES.incrementAndGet();
        FeedbackRequest request;
        try {
            request = JACKSON.readValue(json, FeedbackRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Jackson could not bind it: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        for (Locale language : LANGUAGES) {
            Verdict verdict = setup.compiled().get(language).validateJson(json);
            assertNotEquals(Verdict.Status.UNREADABLE, verdict.status(), json);
            Map<String, String> compiled = new TreeMap<>();
            for (FieldError e : verdict.errors()) {
                compiled.put(e.field(), e.code() + ": " + e.message());
            }
            Map<String, String> bean = new TreeMap<>();
            for (ConstraintViolation<FeedbackRequest> v : setup.bean().get(language).validate(request)) {
                String field = v.getPropertyPath().toString().replace("[", ".").replace("]", "");
                String template = v.getMessageTemplate();
                String code = template.substring(template.lastIndexOf('.') + 1, template.length() - 1);
                assertEquals("." + field + "." + code + "}", template.substring(template.length() - field.length() - code.length() - 3),
                        "the template names the violation's field and code: " + template);
                bean.put(field, code + ": " + v.getMessage());
            }
            assertEquals(compiled, bean, () -> language + " " + shortened(json));
        }
    }

    // Generators: a submission as the JSON the existing site's script would send, every question of the form drawn.

    static Gen<String> submissions(Setup setup, boolean varyTab) {
        return ((Gen<String>) in -> {
            Map<String, Object> json = new LinkedHashMap<>();
            int tab = varyTab ? pick(in, 6) : 0;
            if (tab < 3) {
                json.put("tab", setup.tab());
            } else if (tab == 3) {
                json.put("tab", " " + setup.tab() + " ");
            } else if (tab == 4) {
                json.put("tab", "Survey");
            }
            for (Question q : setup.form().questions()) {
                Object answer = answer(in, setup.form(), q);
                if (answer != ABSENT) {
                    json.put(q.name(), answer);
                }
            }
            if (setup.form().acceptedKeys().contains("section") && pick(in, 2) == 0) {
                json.put("section", "");
            }
            if (pick(in, 2) == 0) {
                json.put("hp_field", "");
            }
            return write(json);
        }).describedAs(BeanValidationAgreementTest::shortened);
    }

    /** A submission as a failure shows it: long texts cut. */
    private static String shortened(String json) {
        return json.replaceAll("([^\"\\\\]{40})[^\"\\\\]{20,}", "$1\u2026");
    }

    private static final Object ABSENT = new Object();

    private static Object answer(RandomnessSource in, FormDefinition form, Question q) {
        if (pick(in, 12) == 0) {
            return ABSENT;
        }
        if (q instanceof TextQuestion) {
            TextQuestion t = (TextQuestion) q;
            switch (t.format()) {
                case EMAIL:
                    return email(in);
                case PAGE:
                    return page(in);
                default:
                    return text(in, t.minLength(), t.maxLength(), t.format() == TextQuestion.Format.LINES);
            }
        }
        if (q instanceof ChoiceQuestion) {
            return choice(in, form, q, ((ChoiceQuestion) q).options());
        }
        if (q instanceof RatingQuestion) {
            return scores(in, form, (RatingQuestion) q);
        }
        return ticks(in, form, (ChecklistQuestion) q);
    }

    private static final String[] HOSTILE = {"${1+1}", "{min}", "{item}", "#{x}", "\\", "\\{max\\}", "$", "\"quoted\"",
        "<script>", "\u202Eevil", "a\u0000b", "line\r\nbreak", "tab\there", "\uD800", "\uDC00x", "\u0007", "e\u0301",
        "\uD83D\uDE00", "\u00A0", "\uFEFF", "caf\u00E9", "I'm", "I\u2019m"};

    /** Text around the limits of {@code min} to {@code max} characters, padded, hostile, or empty. */
    static String text(RandomnessSource in, int min, int max, boolean multiline) {
        int hard = max * 2 + 100;
        switch (pick(in, 14)) {
            case 0:
                return "";
            case 1:
                return " ".repeat(1 + pick(in, 5));
            case 2:
                return letters(in, Math.max(0, min - 1));
            case 3:
                return letters(in, min);
            case 4:
                return letters(in, max);
            case 5:
                return letters(in, max + 1);
            case 6:
                return letters(in, hard + 1 + pick(in, 3));
            case 7:
                return "  " + letters(in, Math.max(0, min - 2 + pick(in, 3))) + "  ";
            case 8:
                return letters(in, pick(in, 3)) + HOSTILE[pick(in, HOSTILE.length)] + letters(in, pick(in, 8));
            case 9:
                // Combining accents that NFC folds: more characters sent than counted.
                return "e\u0301".repeat(Math.max(1, min - 1 + pick(in, 3))) + (multiline ? "\n" : "");
            case 10:
                // Characters outside the BMP: two UTF-16 units each, as a browser counts them.
                return "\uD83D\uDE00".repeat(Math.max(1, (max + pick(in, 3)) / 2));
            case 11:
                return letters(in, pick(in, 20)) + (pick(in, 2) == 0 ? "\r\n" : "\t") + letters(in, pick(in, 20));
            default:
                return letters(in, min + pick(in, Math.max(1, Math.min(max - min + 1, 60))));
        }
    }

    private static String email(RandomnessSource in) {
        String[] emails = {"", " ", "reader@example.org", " reader@example.org ", "name@", "first..last@example.org",
            "@example.org", "a@b", "no at sign", "x@" + "b".repeat(250) + ".org", "\u00FCber@example.de", "a b@example.org",
            "reader@example.org\u0007", "${x}@example.org"};
        return emails[pick(in, emails.length)];
    }

    private static String page(RandomnessSource in) {
        String[] pages = {"", "/governance", "https://consult.example.org/shared-record/?utm_source=mail#sheets",
            "https://consult.example.org/feedback?page=/shared-record/&x=1", "/people/jo@example.org/case/12345678",
            "/" + "p".repeat(2048), "/" + "p".repeat(2047), "https://consult.example.org/a?" + "q".repeat(3000),
            "/p\u0000", "  /governance  ", "/\uD800"};
        return pages[pick(in, pages.length)];
    }

    /** An option by its text, code, Welsh text or straight apostrophe, padded; or one of no form's. */
    private static String choice(RandomnessSource in, FormDefinition form, Question q, List<Option> options) {
        Option option = options.get(pick(in, options.size()));
        switch (pick(in, 10)) {
            case 0:
                return "";
            case 1:
                return option.code();
            case 2:
                return form.texts(FormDefinition.WELSH).option(q, option);
            case 3:
                return option.text().replace('\u2019', '\'');
            case 4:
                return "  " + option.text() + " ";
            case 5:
                return "Astronaut";
            case 6:
                return option.text().toUpperCase(Locale.ROOT);
            case 7:
                return HOSTILE[pick(in, HOSTILE.length)];
            default:
                return option.text();
        }
    }

    /** A rating question's scores, by item text or code, on and off the scale, of every JSON type; unknown items too. */
    private static Map<String, Object> scores(RandomnessSource in, FormDefinition form, RatingQuestion q) {
        Map<String, Object> scores = new LinkedHashMap<>();
        int count = pick(in, 5);
        for (int i = 0; i < count; i++) {
            Option item = q.items().get(pick(in, q.items().size()));
            String key;
            switch (pick(in, 8)) {
                case 0:
                    key = item.code();
                    break;
                case 1:
                    key = "Nothing of ours " + pick(in, 3);
                    break;
                case 2:
                    // Jackson refuses an unpaired surrogate in a name before either way could look at it.
                    key = HOSTILE[pick(in, HOSTILE.length)].replaceAll("[\\uD800-\\uDFFF]", "?");
                    break;
                default:
                    key = item.text();
                    break;
            }
            Object[] values = {q.lowest(), q.highest(), q.lowest() + 1, q.lowest() - 1, q.highest() + 1, "3", " 4 ", "x", "",
                4.5, null, true, new BigInteger("100000000000000000000"), List.of(), Map.of(), -0};
            scores.put(key, values[pick(in, values.length)]);
        }
        return scores;
    }

    /** A checklist's ticks: by heading and text, text, or code, repeated, unknown, hostile, or null. */
    private static List<Object> ticks(RandomnessSource in, FormDefinition form, ChecklistQuestion q) {
        List<Object> ticks = new ArrayList<>();
        int count = pick(in, 5);
        for (int i = 0; i < count; i++) {
            Option option = q.options().get(pick(in, q.options().size()));
            switch (pick(in, 8)) {
                case 0:
                    ticks.add(option.code());
                    break;
                case 1:
                    ticks.add(option.text());
                    break;
                case 2:
                    ticks.add("Not an activity");
                    break;
                case 3:
                    ticks.add(null);
                    break;
                case 4:
                    ticks.add(HOSTILE[pick(in, HOSTILE.length)]);
                    break;
                default:
                    ticks.add(option.group().map(OptionGroup::text).orElse("") + ": " + option.text());
                    break;
            }
        }
        return ticks;
    }

    /** {@code length} letters, digits and spaces; one draw seeds them, so long texts cost no more draws than short ones. */
    private static String letters(RandomnessSource in, int length) {
        String alphabet = "abcdefghij klmnopqrstuvwxyz ABCDEFG0123456789.,'";
        java.util.SplittableRandom random = new java.util.SplittableRandom(in.next(Constraint.between(0, 1_000_000)));
        char[] s = new char[length];
        for (int i = 0; i < length; i++) {
            s[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(s);
    }

    private static int pick(RandomnessSource in, int n) {
        return (int) in.next(Constraint.between(0, n - 1));
    }

    // JSON written by hand, every character outside printable ASCII escaped, so that text no encoder
    // would write (an unpaired surrogate) reaches both parsers as the same escape.

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            out.append('"');
            for (char c : ((String) value).toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7E) {
                    out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15])
                            .append(HEX[c & 15]);
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?>) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                write(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?>) {
            out.append('[');
            boolean first = true;
            for (Object e : (List<?>) value) {
                out.append(first ? "" : ",");
                first = false;
                write(e, out);
            }
            out.append(']');
        } else {
            out.append(value);
        }
    }
}
