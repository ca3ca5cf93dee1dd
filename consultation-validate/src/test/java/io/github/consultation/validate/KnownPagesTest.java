package io.github.consultation.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.consultation.model.FieldError;
import io.github.consultation.model.FormVariant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownPagesTest {
    private final FeedbackValidator validator = FeedbackValidator.builder()
            .knownPages(Set.of("shared-record"))
            .page("governance", FormVariant.MINIMAL)
            .page("trying-the-form", FormVariant.DEMO)
            .build();

    private static String submission(String page, String role) {
        return "{\"page\":\"" + page + "\",\"summary\":\"A clear proposal\",\"role\":\"" + role + "\"}";
    }

    @Test
    void aKnownPageIsAcceptedWhateverItsAddressForm() {
        for (String page : List.of("/shared-record", "/shared-record/", "https://site.example/consult/shared-record/#x",
                "/feedback?page=/shared-record/", "shared-record", "/shared-record/index.html")) {
            assertEquals(Verdict.Status.VALID, validator.validateJson(submission(page, "la-data")).status(), page);
        }
    }

    @Test
    void anUnknownPageIsRefused() {
        Verdict v = validator.validateJson(submission("/not-a-page/", "la-data"));
        assertEquals(List.of(new FieldError("page", "unknown-page",
                "This page does not take feedback here: check the address and try again")), v.errors());
    }

    @Test
    void theMinimalFormNeedsNoRoleButTheFullOneDoes() {
        assertEquals(Verdict.Status.VALID, validator.validateJson(submission("/governance/", "")).status());
        assertEquals("required", validator.validateJson(submission("/shared-record/", "")).errors().get(0).code());
    }

    @Test
    void aDemonstrationFormTakesNoFeedback() {
        Verdict v = validator.validateJson(submission("/trying-the-form/", "la-data"));
        assertEquals(List.of(new FieldError("page", "form-closed",
                "This page\u2019s form does not take feedback")), v.errors());
    }

    @Test
    void withoutKnownPagesAnyPageHasTheFullForm() {
        assertEquals(Verdict.Status.VALID, FeedbackValidator.create().validateJson(submission("/anything", "la-data")).status());
        assertEquals("required", FeedbackValidator.create().validateJson(submission("/governance", "")).errors().get(0).code());
    }

    @Test
    void aBlankSlugIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeedbackValidator.builder().page(" ", FormVariant.FULL));
    }

    @Test
    void theRootIsTheSitesHomePageAndNoOther() {
        FeedbackValidator home = FeedbackValidator.builder().page("/", FormVariant.FULL).page("/costs/", FormVariant.FULL)
                .build();
        for (String page : List.of("/", "https://site.example/", "/index.html", "/costs/")) {
            assertEquals(Verdict.Status.VALID, home.validateJson(submission(page, "la-data")).status(), page);
        }
        for (String page : List.of("/other/", "/costs/more/")) {
            assertEquals("unknown-page", home.validateJson(submission(page, "la-data")).errors().get(0).code(), page);
        }
    }
}
