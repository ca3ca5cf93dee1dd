package io.github.consultation.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.consultation.model.Feedback;
import io.github.consultation.model.FieldError;
import io.github.consultation.model.Option;
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
            root.set("feedback", feedback(verdict.feedback().get()));
        } else {
            root.putNull("feedback");
        }
        return root;
    }

    /** Feedback as the existing site's JSON names its fields, choices by their text. */
    static ObjectNode feedback(Feedback f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("page", f.page());
        node.put("nature", f.reflection().map(Option::text).orElse(""));
        node.put("summary", f.summary());
        node.put("details", f.details());
        node.put("role", f.role().map(Option::text).orElse(""));
        node.put("org", f.organisation());
        node.put("email", f.email());
        return node;
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
