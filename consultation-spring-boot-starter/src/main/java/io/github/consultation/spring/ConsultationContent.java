package io.github.consultation.spring;

import gg.jte.Content;
import java.util.Objects;

/**
 * The {@link ConsultationView}'s HTML as jte content, which jte writes as it is (the library has
 * escaped every value in it already), kept apart by type from the strings jte escapes.
 *
 * <pre>{@code
 * @param io.github.consultation.spring.ConsultationView consultation
 * ${io.github.consultation.spring.ConsultationContent.errorSummary(consultation)}
 * ${io.github.consultation.spring.ConsultationContent.page(consultation)}
 * }</pre>
 */
public final class ConsultationContent {
    private ConsultationContent() {
    }

    /** The page with its form. */
    public static Content page(ConsultationView view) {
        Objects.requireNonNull(view, "view");
        return output -> output.writeContent(view.getPage());
    }

    /** The form alone. */
    public static Content form(ConsultationView view) {
        Objects.requireNonNull(view, "view");
        return output -> output.writeContent(view.getForm());
    }

    /** The error summary, where the theme leaves it to the template; else nothing. */
    public static Content errorSummary(ConsultationView view) {
        Objects.requireNonNull(view, "view");
        return output -> output.writeContent(view.getErrorSummary());
    }
}
