package io.github.consultation.model.internal;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FeedbackField;
import io.github.consultation.model.FieldRules;
import io.github.consultation.model.FormVariant;
import io.github.consultation.model.Reflection;
import io.github.consultation.model.Role;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@link FieldRules} from the Bean Validation annotations on {@link Feedback}'s fields,
 * once. An annotation it does not understand is an error at class initialisation, so that no
 * rule can be enforced by the validator yet missing from the form.
 */
public final class RuleReader {
    private static final Set<Class<? extends Annotation>> UNDERSTOOD =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class, Size.class, Email.class);

    private static final Map<FormVariant, Map<FeedbackField, FieldRules>> RULES = readAll();

    private RuleReader() {
    }

    /** The rules of {@code field} in {@code variant}. */
    public static FieldRules rulesOf(FeedbackField field, FormVariant variant) {
        return RULES.get(variant).get(field);
    }

    private static Map<FormVariant, Map<FeedbackField, FieldRules>> readAll() {
        Map<FormVariant, Map<FeedbackField, FieldRules>> all = new EnumMap<>(FormVariant.class);
        for (FormVariant variant : FormVariant.values()) {
            Map<FeedbackField, FieldRules> rules = new EnumMap<>(FeedbackField.class);
            for (FeedbackField field : FeedbackField.values()) {
                rules.put(field, read(field, variant.validationGroup()));
            }
            all.put(variant, java.util.Collections.unmodifiableMap(rules));
        }
        return java.util.Collections.unmodifiableMap(all);
    }

    /**
     * Whether a constraint declared for {@code groups} is checked when validating
     * {@code validated}: as Bean Validation decides, no group means {@link Default}, and a group
     * is checked along with every group it extends.
     */
    private static boolean applies(Class<?>[] groups, Class<?> validated) {
        if (groups.length == 0) {
            return Default.class.isAssignableFrom(validated);
        }
        for (Class<?> group : groups) {
            if (group.isAssignableFrom(validated)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?>[] groupsOf(Annotation constraint) {
        try {
            return (Class<?>[]) constraint.annotationType().getMethod("groups").invoke(constraint);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("@" + constraint.annotationType().getSimpleName() + " has no groups()", e);
        }
    }

    /** Reads the rules that hold for one field when validating {@code group}. */
    private static FieldRules read(FeedbackField field, Class<?> group) {
        Field javaField;
        try {
            javaField = Feedback.class.getDeclaredField(field.property());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Feedback has no field " + field.property(), e);
        }
        FieldRules.Builder rules = FieldRules.builder();
        int min = 0;
        int max = Integer.MAX_VALUE;
        for (Annotation a : javaField.getAnnotations()) {
            Class<? extends Annotation> type = a.annotationType();
            if (!type.isAnnotationPresent(Constraint.class)) {
                continue;
            }
            if (!UNDERSTOOD.contains(type)) {
                throw new IllegalStateException("The form cannot express @" + type.getSimpleName()
                        + " on Feedback." + field.property());
            }
            if (!applies(groupsOf(a), group)) {
                continue;
            }
            if (a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty) {
                rules.required(true);
            } else if (a instanceof Size) {
                min = Math.max(min, ((Size) a).min());
                max = Math.min(max, ((Size) a).max());
            } else if (a instanceof Email) {
                String regexp = ((Email) a).regexp();
                rules.email(regexp.equals(".*") ? Optional.empty() : Optional.of(regexp));
            }
        }
        rules.minLength(min).maxLength(max);
        if (javaField.getType() == Role.class) {
            rules.choice(Arrays.stream(Role.values()).map(Role::text).toList(), Role.spellings());
        } else if (javaField.getType() == Reflection.class) {
            rules.choice(Arrays.stream(Reflection.values()).map(Reflection::text).toList(), Reflection.spellings());
        }
        return rules.build();
    }
}
