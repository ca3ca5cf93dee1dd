package io.github.consultation.validate.internal;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FormVariant;
import io.github.consultation.validate.ErrorCodes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs Hibernate Validator over a {@link Feedback} and names each broken rule by field and
 * code, one per field, the most basic first (required, then too short, too long, format).
 * Built once; thread-safe.
 */
public final class ConstraintChecker {
    private static final List<String> PRIORITY =
            List.of(ErrorCodes.REQUIRED, ErrorCodes.TOO_SHORT, ErrorCodes.TOO_LONG, ErrorCodes.FORMAT);
    private static final Map<String, FeedbackField> BY_PROPERTY = Arrays.stream(FeedbackField.values())
            .collect(Collectors.toUnmodifiableMap(FeedbackField::property, Function.identity()));

    private final Validator validator;

    /**
     * Boots Hibernate Validator. Messages come from this library's bundles, so the expression
     * language is neither needed nor loaded.
     */
    public ConstraintChecker() {
        this.validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    /** The rules of {@code variant} that {@code feedback} breaks: for each field with one, its code. */
    public Map<FeedbackField, String> check(Feedback feedback, FormVariant variant) {
        Map<FeedbackField, String> codes = new EnumMap<>(FeedbackField.class);
        for (ConstraintViolation<Feedback> v : validator.validate(feedback, variant.validationGroup())) {
            FeedbackField field = BY_PROPERTY.get(v.getPropertyPath().toString());
            if (field == null) {
                throw new IllegalStateException("A rule on Feedback." + v.getPropertyPath() + " has no form field");
            }
            String code = codeOf(v.getConstraintDescriptor().getAnnotation(), v.getInvalidValue());
            codes.merge(field, code, (a, b) -> PRIORITY.indexOf(a) <= PRIORITY.indexOf(b) ? a : b);
        }
        return codes;
    }

    private static String codeOf(Annotation constraint, Object value) {
        if (constraint instanceof NotNull || constraint instanceof NotBlank || constraint instanceof NotEmpty) {
            return ErrorCodes.REQUIRED;
        }
        if (constraint instanceof Size) {
            int length = value instanceof CharSequence ? ((CharSequence) value).length() : 0;
            return length < ((Size) constraint).min() ? ErrorCodes.TOO_SHORT : ErrorCodes.TOO_LONG;
        }
        if (constraint instanceof Email) {
            return ErrorCodes.FORMAT;
        }
        throw new IllegalStateException("No error code for @" + constraint.annotationType().getSimpleName());
    }
}
