package io.github.consultation.validate.bean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.consultation.model.Feedback;
import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.ValidFeedback;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Bean Validation with no setup: the default factory finds the constraint's checker and the library's messages. */
class BeanValidationTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final ValidatorFactory WELSH = Validation.byProvider(HibernateValidator.class).configure()
            .defaultLocale(FormDefinition.WELSH).buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
        WELSH.close();
    }

    static Map<String, String> byPath(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + " | " + b, TreeMap::new));
    }

    private static FeedbackRequest page(String summary, String role) {
        return FeedbackRequest.pageFeedback("Feedback", "/governance", "", summary, "", role, "", "", "");
    }

    @Test
    void aTwoCharacterSummaryIsOneViolationOnSummaryInEnglishAndWelsh() {
        assertEquals(Map.of("summary", "Summary must be 5 characters or more"),
                byPath(VALIDATOR.validate(page("Ok", "la-data"))));
        assertEquals(Map.of("summary", "Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy"),
                byPath(WELSH.getValidator().validate(page("Ok", "la-data"))));
    }

    @Test
    void theModelsFeedbackCarriesTheConstraintWithItsOwnPropertyNames() {
        Feedback feedback = Feedback.builder().page("/governance").summary("Ok")
                .role(FormDefinition.pageFeedback().option("role", "la-data").orElseThrow()).organisation("x".repeat(201))
                .build();
        assertEquals(Map.of("summary", "Summary must be 5 characters or more",
                "organisation", "Organisation must be 200 characters or fewer"), byPath(VALIDATOR.validate(feedback)));
    }

    @Test
    void aValidSubmissionHasNoViolation() {
        assertEquals(Map.of(), byPath(VALIDATOR.validate(page("A clear proposal", "Local authority leadership"))));
    }

    @Test
    void theQuestionnaireIsChosenByItsTab() {
        FeedbackRequest request = new FeedbackRequest("MainFeedback", "/feedback", "", null, null, "", "", "", "",
                Map.of("Data tool collaboration", 3, "Nothing of ours", 3), null,
                List.of("Data tool collaboration: Not an activity"), "", "");
        assertEquals(Map.of("role", "Select your role",
                "rank_usefulness", "Usefulness score: there is no \u2018Nothing of ours\u2019 to score",
                "activities", "Activities: \u2018Data tool collaboration: Not an activity\u2019 is not one of the choices"),
                byPath(VALIDATOR.validate(request)));
    }

    @Test
    void aScoreOffTheScaleIsAViolationOnItsItemByCode() {
        FeedbackRequest request = new FeedbackRequest("MainFeedback", "/feedback", "", null, null, "la-data", "", "", "",
                Map.of("Data tool collaboration", 9), null, null, "", "");
        assertEquals(Map.of("rank_usefulness[data-tool-collaboration]", "Score \u2018Data tool collaboration\u2019 from 1 to 5"),
                byPath(VALIDATOR.validate(request)));
    }

    /** A host's own type, mapping two questions to properties of its own names. */
    @ValidFeedback(fields = @ValidFeedback.Field(question = "org", property = "organisation"))
    record HostFeedback(String page, String summary, String role, String organisation) {
    }

    @Test
    void aHostsTypeIsReadThroughItsOwnPropertyNames() {
        assertEquals(Map.of("role", "Select your role", "organisation", "Organisation must be 200 characters or fewer"),
                byPath(VALIDATOR.validate(new HostFeedback("/p", "A clear proposal", "", "o".repeat(201)))));
    }

    /**
     * Found by BeanValidationAgreementTest on Hibernate Validator 8.0, which takes the escapes out
     * of a message parameter's value as it does out of a template: what the reader sent is shown as sent.
     */
    @Test
    void aReadersBackslashesAreShownAsSent() {
        FeedbackRequest request = new FeedbackRequest("MainFeedback", "/feedback", "", null, null, "la-data", "", "", "",
                null, Map.of("\\{max\\} \\\\ \\$", 3), null, "", "");
        assertEquals("Likelihood score: there is no \u2018\\{max\\} \\\\ \\$\u2019 to score",
                byPath(VALIDATOR.validate(request)).get("rank_likelihood"));
    }

    @Test
    void hostileTextIsNeverReadAsATemplate() {
        FeedbackRequest request = new FeedbackRequest("MainFeedback", "/feedback", "", null, null, "la-data", "", "", "",
                Map.of("${1+1}{min}", 3), null, null, "", "");
        assertEquals("Usefulness score: there is no \u2018${1+1}{min}\u2019 to score",
                byPath(VALIDATOR.validate(request)).get("rank_usefulness"));
    }

    /** Found by BeanValidationAgreementTest: the JSON binder took a repeated item's list for fields, and refused the whole submission. */
    @Test
    void anItemScoredTwiceTheSecondTimeAsAListIsRepeatedOnBothWays() throws Exception {
        String json = "{\"tab\":\"MainFeedback\",\"page\":\"/feedback\",\"role\":\"la-data\",\"rank_likelihood\":"
                + "{\"Making sense of case management systems\":1,\"making-sense-of-case-management-systems\":[]}}";
        io.github.consultation.validate.Verdict verdict = io.github.consultation.validate.FeedbackValidator.builder()
                .form(FormDefinition.questionnaire()).build().validateJson(json);
        assertEquals("Verdict[INVALID, rank_likelihood.making-sense-of-case-management-systems=repeated]", verdict.toString());
        FeedbackRequest request = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, FeedbackRequest.class);
        assertEquals(Set.of("rank_likelihood[making-sense-of-case-management-systems]"),
                byPath(VALIDATOR.validate(request)).keySet());
    }

    @Test
    void aHostsOwnMessagesWinKeyByKey() {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
        configuration.messageInterpolator(new ResourceBundleMessageInterpolator(
                new PlatformResourceBundleLocator("io/github/consultation/validate/bean/HostValidationMessages")));
        try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
            assertEquals(Map.of("role", "Choose the role that fits you best", "summary", "Summary must be 5 characters or more"),
                    byPath(factory.getValidator().validate(page("Ok", ""))));
        }
    }

    /** A host's type checked against a host's form, registered by name with the factory. */
    @ValidFeedback(form = "libraries")
    record LibraryFeedback(String page, String summary, String role) {
    }

    @Test
    void aHostsFormIsNamedByTheConstraintAndSpeaksItsOwnTexts() {
        FeedbackForms forms = FeedbackForms.builder().form("libraries", BeanValidationAgreementTest.HOST).build();
        HibernateValidatorConfiguration welsh = Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(FormDefinition.WELSH);
        forms.configure(welsh);
        try (ValidatorFactory english = forms.buildValidatorFactory(); ValidatorFactory cy = welsh.buildValidatorFactory()) {
            LibraryFeedback feedback = new LibraryFeedback("/hours", "Too short", "Astronaut");
            assertEquals(Map.of("summary", "Tell us a little more: 10 characters ($ and \\ are fine)",
                    "role", "Select your role from the list"), byPath(english.getValidator().validate(feedback)));
            assertEquals(Map.of("summary", "Dywedwch ychydig mwy: 10 nod neu fwy",
                    "role", "Dewiswch eich r\u00f4l o\u2019r rhestr"), byPath(cy.getValidator().validate(feedback)));
            assertEquals(Map.of(), byPath(english.getValidator().validate(new LibraryFeedback("/hours", "Open later", "staff"))));
        }
    }

    @Test
    void aFormNoFactoryKnowsIsAClearError() {
        jakarta.validation.ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(
                jakarta.validation.ValidationException.class,
                () -> VALIDATOR.validate(new LibraryFeedback("/hours", "Open later", "staff")));
        assertTrue(String.valueOf(e.getMessage()).contains("names the form 'libraries', which is not registered")
                || String.valueOf(e.getCause()).contains("names the form 'libraries', which is not registered"), e.toString());
    }
}
