package io.github.consultation.validate.bean;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Question;
import io.github.consultation.model.ValidFeedback;
import io.github.consultation.validate.ErrorCodes;
import io.github.consultation.validate.Verdict;
import io.github.consultation.validate.internal.FieldNames;
import io.github.consultation.validate.internal.Messages;
import io.github.consultation.validate.internal.TemplateBundles;
import io.github.consultation.validate.internal.ValueBinder;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidFeedback}: reads the answers from the annotated object's properties and runs
 * the rules a {@code FeedbackValidator} compiles from the form's definition, through
 * {@code FeedbackValidator.validateValues}, so both ways of validating give the same verdict.
 * Each problem becomes one violation on its property, its message the template
 * {@code {io.github.consultation.<form>.<field>.<code>}} with {@code {min}}, {@code {max}} and
 * {@code {item}} as parameters, for the provider to interpolate in the language it is asked for.
 *
 * <p>The provider finds it through the service loader ({@code META-INF/services}); hosts do not
 * name it. Under Hibernate Validator the forms come from the {@link FeedbackForms} registered with
 * the factory, else the built-in ones.
 */
public final class ValidFeedbackValidator implements ConstraintValidator<ValidFeedback, Object> {
    /**
     * Whether this Hibernate Validator takes the escapes out of a message parameter's value as it
     * does out of a template (8.0 does; 9 leaves the value as it is): then what a reader sent is
     * escaped before it becomes one, so that it is shown as sent.
     */
    private static final boolean UNESCAPES_PARAMETERS =
            unescapesParameters(HibernateValidator.class.getPackage().getImplementationVersion());

    private String form = ValidFeedback.PAGE_FEEDBACK;
    private Map<String, String> properties = Map.of();
    private final Map<Class<?>, PropertyReader> readers = new ConcurrentHashMap<>();

    /** Made by the Bean Validation provider. */
    public ValidFeedbackValidator() {
    }

    @Override
    public void initialize(ValidFeedback constraint) {
        this.form = constraint.form();
        Map<String, String> mapped = new LinkedHashMap<>();
        for (ValidFeedback.Field field : constraint.fields()) {
            if (mapped.put(field.question(), field.property()) != null) {
                throw new ValidationException("@ValidFeedback maps the question '" + field.question() + "' twice");
            }
        }
        this.properties = Map.copyOf(mapped);
    }

    @Override
    public boolean isValid(@Nullable Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        HibernateConstraintValidatorContext hibernate = hibernate(context);
        FeedbackForms forms = hibernate == null ? null : hibernate.getConstraintValidatorPayload(FeedbackForms.class);
        if (forms == null) {
            forms = FeedbackForms.builtIn();
        }
        PropertyReader reader = readers.computeIfAbsent(value.getClass(), PropertyReader::new);
        String name = form.equals(ValidFeedback.BY_TAB) ? forms.nameForTab(text(reader.read(value, FieldNames.TAB))) : form;
        FeedbackForms.Form chosen = forms.get(name);
        Map<String, Object> values = values(value, reader, chosen.definition);
        Verdict verdict = chosen.validator.validateValues(values, FormVariant.FULL);
        if (verdict.errors().isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (FieldError error : verdict.errors()) {
            violation(error, chosen, values, context, hibernate);
        }
        return false;
    }

    /** The answers, by question name, from the properties that hold them; the tab too, if the type has one. */
    private Map<String, Object> values(Object value, PropertyReader reader, FormDefinition definition) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> mapping : properties.entrySet()) {
            if (definition.question(mapping.getKey()).isEmpty() && !mapping.getKey().equals(FieldNames.TAB)) {
                throw new ValidationException("@ValidFeedback maps the question '" + mapping.getKey()
                        + "', which the form " + definition + " does not ask");
            }
            if (!reader.has(mapping.getValue())) {
                throw new ValidationException("@ValidFeedback maps '" + mapping.getKey() + "' to the property '"
                        + mapping.getValue() + "', which " + value.getClass().getName() + " does not have");
            }
        }
        for (Question q : definition.questions()) {
            Object answer = reader.read(value, property(q.name()));
            if (answer != null) {
                values.put(q.name(), answer);
            }
        }
        Object tab = reader.read(value, property(FieldNames.TAB));
        if (tab != null) {
            values.put(FieldNames.TAB, tab);
        }
        return values;
    }

    /** The property that holds the answer to {@code question}. */
    private String property(String question) {
        return properties.getOrDefault(question, question);
    }

    /** One violation: on the property of the error's question, its message a template of the form's. */
    private void violation(FieldError error, FeedbackForms.Form form, Map<String, Object> values,
            ConstraintValidatorContext context, @Nullable HibernateConstraintValidatorContext hibernate) {
        String field = error.field();
        int dot = field.indexOf('.');
        String question = dot > 0 ? field.substring(0, dot) : field;
        ConstraintValidatorContext.ConstraintViolationBuilder builder;
        if (hibernate != null) {
            String[] range = form.messages.parameters(field);
            String item = error.code().equals(ErrorCodes.UNKNOWN_ITEM) || error.code().equals(ErrorCodes.UNKNOWN_OPTION)
                    ? ValueBinder.detail(values, form.shape, field, error.code()) : "";
            hibernate.addMessageParameter("min", range[0]).addMessageParameter("max", range[1])
                    .addMessageParameter("item", UNESCAPES_PARAMETERS ? Messages.escapeForTemplate(item) : item);
            builder = hibernate.buildConstraintViolationWithTemplate(
                    "{" + TemplateBundles.key(form.name, field, error.code()) + "}");
        } else {
            // Another provider has no message parameters: the compiled message, in the form's first language.
            builder = context.buildConstraintViolationWithTemplate(Messages.escapeForTemplate(error.message()));
        }
        if (question.isEmpty()) {
            builder.addConstraintViolation();
        } else if (dot > 0) {
            builder.addPropertyNode(property(question)).addBeanNode().inIterable().atKey(field.substring(dot + 1))
                    .addConstraintViolation();
        } else {
            builder.addPropertyNode(property(question)).addConstraintViolation();
        }
    }

    /** Whether a Hibernate Validator of {@code version} (unknown: a recent one) unescapes parameters' values. */
    static boolean unescapesParameters(@Nullable String version) {
        if (version == null) {
            return false;
        }
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version : version.substring(0, dot)) < 9;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static @Nullable HibernateConstraintValidatorContext hibernate(ConstraintValidatorContext context) {
        try {
            return context.unwrap(HibernateConstraintValidatorContext.class);
        } catch (ValidationException e) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof CharSequence ? value.toString() : null;
    }
}
