package io.github.consultation.validate.bean;

import jakarta.validation.ValidationException;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the named properties of one type: a record component, a getter ({@code getX()},
 * {@code isX()}) or a public field, found once per name. Safe to share between threads.
 */
final class PropertyReader {
    private final Class<?> type;
    private final Map<String, Optional<AccessibleObject>> found = new ConcurrentHashMap<>();

    PropertyReader(Class<?> type) {
        this.type = type;
    }

    /** Whether the type has the property {@code name}. */
    boolean has(String name) {
        return accessor(name).isPresent();
    }

    /** The value of the property {@code name} of {@code bean}, or null where the type has no such property. */
    @Nullable Object read(Object bean, String name) {
        Optional<AccessibleObject> accessor = accessor(name);
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            AccessibleObject a = accessor.get();
            return a instanceof Method ? ((Method) a).invoke(bean) : ((Field) a).get(bean);
        } catch (IllegalAccessException e) {
            throw new ValidationException("Cannot read the property '" + name + "' of " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new ValidationException("Reading the property '" + name + "' of " + type.getName() + " failed",
                    e.getCause());
        }
    }

    private Optional<AccessibleObject> accessor(String name) {
        return found.computeIfAbsent(name, this::find);
    }

    private Optional<AccessibleObject> find(String name) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return accessible(component.getAccessor());
                }
            }
        }
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String getter : new String[] {"get" + capitalised, "is" + capitalised}) {
            try {
                Method m = type.getMethod(getter);
                if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                    return accessible(m);
                }
            } catch (NoSuchMethodException e) {
                // try the next form
            }
        }
        try {
            Field f = type.getField(name);
            return Modifier.isStatic(f.getModifiers()) ? Optional.empty() : accessible(f);
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    /** The accessor, made callable where its class is not public (a host's nested record, say). */
    private static Optional<AccessibleObject> accessible(AccessibleObject accessor) {
        accessor.trySetAccessible();
        return Optional.of(accessor);
    }
}
