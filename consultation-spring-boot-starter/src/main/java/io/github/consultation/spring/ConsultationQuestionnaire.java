package io.github.consultation.spring;

import io.github.consultation.model.FormDefinition;
import java.util.Objects;

/**
 * The site's questionnaire, a second form beside the page form: when the application has one, a
 * page with a questionnaire marker (or the existing site's questionnaire block) carries it, the
 * submission flow takes its posts by its tab, and the store keeps its answers.
 * {@code consultation.questionnaire.enabled=true} gives the built-in one
 * ({@link FormDefinition#questionnaire()}); an application with a questionnaire of its own
 * declares this bean instead.
 *
 * <pre>{@code
 * @Bean
 * ConsultationQuestionnaire questionnaire() {
 *     return new ConsultationQuestionnaire(FormDefinition.builder().tab("Survey") ... .build());
 * }
 * }</pre>
 *
 * @param definition the questionnaire's form; its tab must differ from the page form's
 */
public record ConsultationQuestionnaire(FormDefinition definition) {
    /** Checks the definition is there. */
    public ConsultationQuestionnaire {
        Objects.requireNonNull(definition, "definition");
    }
}
