package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.consultation.model.FormDefinition;
import io.github.consultation.model.ValidFeedback;
import io.github.consultation.validate.bean.FeedbackRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/** Spring's validator checks the library's constraint against the application's forms, in the request's language. */
class ConsultationValidationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(StarterApplication.class, LibrariesForm.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:validation;DB_CLOSE_DELAY=-1");

    /** A host's form as a bean: its name is the name a constraint gives. */
    @Configuration(proxyBeanMethods = false)
    static class LibrariesForm {
        @Bean
        FormDefinition librariesForm() {
            return FormDefinition.pageFeedback().toBuilder().lengths("summary", 10, 300)
                    .text(Locale.ENGLISH, "message.summary.too-short", "Tell us a little more, in {min} characters or more")
                    .text(FormDefinition.WELSH, "message.summary.too-short", "Dywedwch ychydig mwy, mewn {min} nod neu fwy")
                    .build();
        }
    }

    @ValidFeedback(form = "librariesForm")
    record LibraryFeedback(String page, String summary, String role) {
    }

    private static Map<String, String> byPath(Set<? extends ConstraintViolation<?>> violations) {
        Map<String, String> byPath = new TreeMap<>();
        violations.forEach(v -> byPath.put(v.getPropertyPath().toString(), v.getMessage()));
        return byPath;
    }

    @Test
    void aFormBeanIsAFormAConstraintNamesWithItsTextsInTheRequestsLanguage() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            Validator validator = context.getBean(Validator.class);
            LibraryFeedback feedback = new LibraryFeedback("/pages/index", "Too short", "la-data");
            try {
                assertThat(byPath(validator.validate(feedback)))
                        .isEqualTo(Map.of("summary", "Tell us a little more, in 10 characters or more"));
                LocaleContextHolder.setLocale(FormDefinition.WELSH);
                assertThat(byPath(validator.validate(feedback)))
                        .isEqualTo(Map.of("summary", "Dywedwch ychydig mwy, mewn 10 nod neu fwy"));
                // A request of the site's tab is checked against the site's form, the bean's.
                assertThat(byPath(validator.validate(FeedbackRequest.pageFeedback("Feedback", "/pages/index", "",
                        "Too short", "", "la-data", "", "", "")))).containsOnlyKeys("summary");
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    @Test
    void theBuiltInFormNeedsNoBeanAndSpeaksWelsh() {
        runner.run(context -> {
            Validator validator = context.getBean(Validator.class);
            try {
                LocaleContextHolder.setLocale(FormDefinition.WELSH);
                assertThat(byPath(validator.validate(io.github.consultation.model.Feedback.builder().page("/p")
                        .summary("Ok").role(FormDefinition.pageFeedback().option("role", "la-data").orElseThrow()).build())))
                        .isEqualTo(Map.of("summary", "Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy"));
            } finally {
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }
}
