package io.github.consultation.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.consultation.model.FieldError;
import io.github.consultation.validate.Verdict;
import java.util.List;

/** A verdict as the JSON the command line prints: {@code {"valid", "spam", "errors", "feedback"}}. */
final class VerdictJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerdictJson() {
    }

    static ObjectNode of(Verdict verdict) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", verdict.isValid());
        root.put("spam", verdict.isSpam());
        root.set("errors", errors(verdict.errors()));
        if (verdict.feedback().isPresent()) {
            root.set("feedback", JSON.valueToTree(verdict.feedback().get()));
        } else {
            root.putNull("feedback");
        }
        return root;
    }

    static ArrayNode errors(List<FieldError> errors) {
        ArrayNode array = JSON.createArrayNode();
        for (FieldError e : errors) {
            array.addObject().put("field", e.field()).put("code", e.code()).put("message", e.message());
        }
        return array;
    }

    static String write(ObjectNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
