package io.github.consultation.model;

import io.github.consultation.model.internal.Checks;
import java.util.List;

/**
 * The ids of a form's own elements (besides its questions' controls), before any prefix a host
 * adds: existing CSS and scripts select by them, so they are part of a form's definition.
 *
 * <pre>{@code
 * ElementIds ids = FormDefinition.pageFeedback().ids();
 * ids.wrapper();   // "sheets"
 * ids.form();      // "gs-form"
 * }</pre>
 *
 * @param wrapper the block around heading and form
 * @param form the {@code form} element
 * @param heading the form's heading
 * @param page the hidden control that carries the page address
 * @param honeypot the control people never see and bots fill in
 * @param success the thanks shown after a kept submission
 * @param failure the message shown when a submission could not be sent
 * @param errorSummary the summary of errors after a refused submission
 */
public record ElementIds(String wrapper, String form, String heading, String page, String honeypot, String success,
        String failure, String errorSummary) {
    /** Checks that every id is an id. */
    public ElementIds {
        for (String id : List.of(wrapper, form, heading, page, honeypot, success, failure, errorSummary)) {
            Checks.id(id, "id");
        }
    }

    /** Every id, in the order of the components. */
    public List<String> all() {
        return List.of(wrapper, form, heading, page, honeypot, success, failure, errorSummary);
    }
}
