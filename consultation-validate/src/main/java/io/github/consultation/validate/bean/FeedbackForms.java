package io.github.consultation.validate.bean;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.ValidFeedback;
import io.github.consultation.validate.FeedbackValidator;
import io.github.consultation.validate.internal.FieldNames;
import io.github.consultation.validate.internal.Messages;
import io.github.consultation.validate.internal.TemplateBundles;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.jspecify.annotations.Nullable;

/**
 * The forms a {@link ValidFeedback} constraint may name: the built-in page-feedback form and
 * questionnaire, and a host's own definitions, each under a name. Registered with a validator
 * factory, it gives the constraint the host's forms and gives the factory's message interpolator
 * their texts in every language they speak. Immutable and safe to share between threads.
 *
 * <pre>{@code
 * FeedbackForms forms = FeedbackForms.builder().form("libraries", librariesDefinition).build();
 * Validator validator = forms.buildValidatorFactory().getValidator();
 * validator.validate(new LibraryFeedback(...));   // @ValidFeedback(form = "libraries")
 * }</pre>
 *
 * <p>Without one, a {@code Validator} knows the built-in forms only, and their messages come from
 * the library's {@code ContributorValidationMessages} bundles (English and Welsh).
 */
public final class FeedbackForms {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    private static final FeedbackForms BUILT_IN = builder().build();

    /** One registered form: its definition and the compiled rules that check it. */
    static final class Form {
        final String name;
        final FormDefinition definition;
        final FeedbackValidator validator;
        final FieldNames.Shape shape;
        final Messages messages;

        Form(String name, FormDefinition definition) {
            this.name = name;
            this.definition = definition;
            // The constraint checks the answers only: spam and privacy are the submission flow's.
            this.validator = FeedbackValidator.builder().form(definition).contentRules(false).build();
            this.shape = FieldNames.Shape.of(definition);
            this.messages = Messages.of(definition, definition.languages().get(0), Map.of());
        }
    }

    private final Map<String, Form> forms;
    /** Each form's messages in each language asked for: a cache of values derived from immutable definitions. */
    private final ConcurrentMap<String, Messages> messages = new ConcurrentHashMap<>();

    private FeedbackForms(Map<String, Form> forms) {
        this.forms = Collections.unmodifiableMap(forms);
    }

    /** The built-in forms alone: what a constraint checks against on a factory with none registered. */
    public static FeedbackForms builtIn() {
        return BUILT_IN;
    }

    /** Starts a registry with the built-in forms in it. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether {@code name} may name a host's form: letters, digits, {@code -} and {@code _}, and
     * neither of the built-in forms' names.
     */
    public static boolean isHostFormName(String name) {
        return NAME.matcher(Objects.requireNonNull(name, "name")).matches() && !name.equals(ValidFeedback.PAGE_FEEDBACK)
                && !name.equals(ValidFeedback.QUESTIONNAIRE);
    }

    /** The definition registered as {@code name}. */
    public Optional<FormDefinition> form(String name) {
        Form form = forms.get(Objects.requireNonNull(name, "name"));
        return form == null ? Optional.empty() : Optional.of(form.definition);
    }

    /** The form registered as {@code name}, or an exception that says how to register it. */
    Form get(String name) {
        Form form = forms.get(name);
        if (form == null) {
            throw new jakarta.validation.ValidationException("@ValidFeedback names the form '" + name
                    + "', which is not registered: give it to FeedbackForms.builder().form(name, definition)"
                    + " and configure the validator factory with it (in Spring Boot, declare a FormDefinition bean of that name)");
        }
        return form;
    }

    /**
     * The name of the form whose tab is {@code tab}: a host's form before a built-in one of the same
     * tab; the page-feedback form when none has it, so that its rules say the tab is wrong.
     */
    String nameForTab(@Nullable String tab) {
        if (tab != null) {
            String wanted = tab.strip();
            for (Form form : forms.values()) {
                if (form.definition.tab().equals(wanted)) {
                    return form.name;
                }
            }
        }
        return forms.values().stream().filter(f -> f.definition.tab().equals(FormDefinition.pageFeedback().tab()))
                .map(f -> f.name).findFirst().orElse(ValidFeedback.PAGE_FEEDBACK);
    }

    /**
     * Registers these forms with a Bean Validation configuration: with Hibernate Validator, as the
     * constraint's payload; and the configuration's default message interpolator, wrapped so that
     * it also finds the host's forms' texts ({@link #messageInterpolator}).
     *
     * @throws IllegalArgumentException if the provider is not Hibernate Validator
     */
    public void configure(Configuration<?> configuration) {
        Objects.requireNonNull(configuration, "configuration");
        if (!(configuration instanceof HibernateValidatorConfiguration)) {
            throw new IllegalArgumentException("Registering forms needs Hibernate Validator, not "
                    + configuration.getClass().getName());
        }
        ((HibernateValidatorConfiguration) configuration).constraintValidatorPayload(this);
        configuration.messageInterpolator(messageInterpolator(configuration.getDefaultMessageInterpolator()));
    }

    /** A Hibernate Validator factory with these forms registered ({@link #configure}). */
    public ValidatorFactory buildValidatorFactory() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        configure(configuration);
        return configuration.buildValidatorFactory();
    }

    /**
     * {@code delegate}, which also finds the templates of these forms: a template
     * {@code {io.github.consultation.<form>.<field>.<code>}} that {@code delegate} leaves as it is
     * (the host's {@code ValidationMessages} and the library's bundles have no such key: a host's
     * own form) becomes that form's message in the language asked for, which {@code delegate} then
     * interpolates. What the host's {@code ValidationMessages} say still wins.
     */
    public MessageInterpolator messageInterpolator(MessageInterpolator delegate) {
        Objects.requireNonNull(delegate, "delegate");
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                String interpolated = delegate.interpolate(template, context);
                if (!interpolated.equals(template)) {
                    return interpolated;
                }
                // The delegate knows its language, and says it through a key of the library's bundles.
                String language = delegate.interpolate("{" + TemplateBundles.LANGUAGE + "}", context);
                Locale locale = language.startsWith("{") ? Locale.getDefault() : Locale.forLanguageTag(language);
                return formTemplate(template, locale).map(t -> delegate.interpolate(t, context)).orElse(interpolated);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                String interpolated = delegate.interpolate(template, context, locale);
                if (!interpolated.equals(template)) {
                    return interpolated;
                }
                return formTemplate(template, locale).map(t -> delegate.interpolate(t, context, locale)).orElse(interpolated);
            }
        };
    }

    /** The template a key of one of these forms stands for, in {@code locale}'s language. */
    private Optional<String> formTemplate(String template, Locale locale) {
        if (!template.startsWith("{" + TemplateBundles.PREFIX) || !template.endsWith("}")) {
            return Optional.empty();
        }
        String key = template.substring(1 + TemplateBundles.PREFIX.length(), template.length() - 1);
        int first = key.indexOf('.');
        int last = key.lastIndexOf('.');
        if (first < 0 || last <= first) {
            return Optional.empty();
        }
        Form form = forms.get(key.substring(0, first));
        if (form == null) {
            return Optional.empty();
        }
        Messages inLanguage = messages.computeIfAbsent(form.name + "/" + locale.getLanguage(),
                k -> Messages.of(form.definition, locale, Map.of()));
        return Optional.of(inLanguage.template(key.substring(first + 1, last), key.substring(last + 1)));
    }

    @Override
    public String toString() {
        return "FeedbackForms" + forms.keySet();
    }

    /**
     * Collects the forms of a {@link FeedbackForms}: the built-in ones are there from the start.
     */
    public static final class Builder {
        private final Map<String, FormDefinition> forms = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * A host's form under {@code name}, which {@linkplain #isHostFormName names a host's form}.
         */
        public Builder form(String name, FormDefinition definition) {
            Objects.requireNonNull(definition, "definition");
            if (!isHostFormName(name)) {
                throw new IllegalArgumentException("A form's name is letters, digits, '-' and '_', and not one of the"
                        + " built-in forms' names: '" + name + "'");
            }
            forms.put(name, definition);
            return this;
        }

        /** The registry: the host's forms (in the order given, ahead of the built-in ones for a tab), then the built-in ones. */
        public FeedbackForms build() {
            Map<String, Form> all = new LinkedHashMap<>();
            forms.forEach((name, definition) -> all.put(name, new Form(name, definition)));
            all.put(ValidFeedback.PAGE_FEEDBACK, BUILT_IN == null ? new Form(ValidFeedback.PAGE_FEEDBACK,
                    FormDefinition.pageFeedback()) : BUILT_IN.forms.get(ValidFeedback.PAGE_FEEDBACK));
            all.put(ValidFeedback.QUESTIONNAIRE, BUILT_IN == null ? new Form(ValidFeedback.QUESTIONNAIRE,
                    FormDefinition.questionnaire()) : BUILT_IN.forms.get(ValidFeedback.QUESTIONNAIRE));
            return new FeedbackForms(all);
        }
    }
}
