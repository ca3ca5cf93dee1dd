package io.github.consultation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.model.ChecklistQuestion;
import io.github.consultation.model.ChoiceQuestion;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.Question;
import io.github.consultation.model.RatingQuestion;
import io.github.consultation.model.TextQuestion;
import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.ReadmeTables;
import io.github.consultation.validate.SubmissionSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of the questions' names in docs/docs/form/definition.md ("The questions' names") is
 * the built-in page form's questions, in its order and of its kinds, and each name is the one the
 * form's JSON Schema and the CSV use: one name for each question everywhere (issue 26, item 1).
 */
class QuestionNamesTableTest {
    private static final List<ReadmeTables.Row> ROWS = ReadmeTables.table("## The questions' names");

    /** A question's kind, in the words of the file's {@code kind:}. */
    private static String kind(Question q) {
        if (q instanceof TextQuestion t) {
            return t.email() ? "email" : t.multiline() ? "lines" : "text";
        }
        if (q instanceof ChecklistQuestion) {
            return "checklist";
        }
        if (q instanceof RatingQuestion) {
            return "rating";
        }
        return q instanceof ChoiceQuestion ? "choice" : q.getClass().getSimpleName();
    }

    /** The page form's questions a reader answers (the page's address is filled in by the page). */
    private static List<Question> asked() {
        return FormDefinition.pageFeedback().questions().stream()
                .filter(q -> !(q instanceof TextQuestion t && t.filledByPage())).toList();
    }

    @Test
    void theTableIsThePageFormsQuestionsInOrderWithTheirKinds() {
        assertEquals(asked().stream().map(q -> q.name() + " " + kind(q)).toList(),
                ROWS.stream().map(r -> r.get("name") + " " + r.get("kind")).toList());
    }

    @Test
    void eachNameIsTheJsonSchemasPropertyAndTheCsvsColumn() throws Exception {
        JsonNode properties = new ObjectMapper().readTree(SubmissionSchema.json()).path("properties");
        for (ReadmeTables.Row row : ROWS) {
            String name = row.get("name");
            assertTrue(properties.has(name), name + " in the JSON Schema's properties " + properties.fieldNames());
            assertTrue(FeedbackStore.CSV_COLUMNS.contains(name), name + " in the CSV's columns " + FeedbackStore.CSV_COLUMNS);
        }
    }
}
