package io.github.consultation.validate.internal;

import io.github.consultation.validate.ErrorCodes;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads form fields, as a host's web framework gives them, into a {@link RawSubmission}.
 * Only the names of this form are looked at: a host's own fields (a CSRF token, a button name)
 * pass unremarked. Stateless.
 */
public final class FormBinder {
    private FormBinder() {
    }

    /** Binds the fields named in {@code known}; a null list or value counts as absent. */
    public static RawSubmission bind(Map<String, ? extends List<String>> fields, Set<String> known) {
        RawSubmission raw = new RawSubmission();
        for (String name : known) {
            List<String> values = fields.get(name);
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (name.equals(FieldNames.HONEYPOT)) {
                values.stream().filter(v -> v != null && !v.isEmpty()).findFirst()
                        .ifPresent(v -> raw.put(name, v));
            } else if (values.size() > 1) {
                raw.problem(name, ErrorCodes.REPEATED);
            } else if (values.get(0) != null) {
                raw.put(name, values.get(0));
            }
        }
        return raw;
    }
}
