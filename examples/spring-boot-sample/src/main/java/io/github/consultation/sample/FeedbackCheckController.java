package io.github.consultation.sample;

import io.github.consultation.validate.bean.FeedbackRequest;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks a submission without keeping it, for a client that wants to know before it sends: the
 * existing site's JSON, bound by Jackson and validated by Bean Validation. 204 when it keeps the
 * form's rules; 400 with Spring Boot's error body, each field's error in it, when not.
 */
@RestController
class FeedbackCheckController {
    @PostMapping("/api/feedback/check")
    ResponseEntity<Void> check(@Valid @RequestBody FeedbackRequest request) {
        return ResponseEntity.noContent().build();
    }
}
