package io.github.consultation.model;

import jakarta.validation.groups.Default;

/**
 * The Bean Validation group of rules that hold only for the full feedback form, beyond the
 * {@link Default} rules that every form shares. The role is required here; the older minimal
 * form (summary and details) never asked for it.
 *
 * <pre>{@code
 * validator.validate(feedback, FormVariant.FULL.validationGroup());   // FullForm.class
 * }</pre>
 */
public interface FullForm extends Default {
}
