package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * A page that asks for the questionnaire on a site without one (consultation.questionnaire.enabled
 * not set): a WARN at start naming the page, and a notice in the form's place rather than the page
 * form, in the reader's language; the site's other pages keep their form.
 */
@ExtendWith(OutputCaptureExtension.class)
class ConsultationQuestionnaireOffTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withUserConfiguration(StarterApplication.class)
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:survey-off;DB_CLOSE_DELAY=-1",
                    "consultation.pages.location=classpath:consultation-survey/");

    private static Document page(MockMvc mvc, String path, String language) throws Exception {
        return ConsultationRoutesTest.shown(mvc, path, language);
    }

    @Test
    void aQuestionnairePageShowsANoticeAndTheStartWarns(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(output.getOut()).contains("WARN").contains("ask for the questionnaire").contains("/survey")
                    .contains("consultation.questionnaire.enabled=true");
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            Document survey = page(mvc, "/survey", "en");
            assertThat(survey.selectFirst("main article h1").text()).isEqualTo("The whole plan");
            assertThat(survey.select("form")).isEmpty();
            assertThat(survey.selectFirst("main .consultation-notice[role=status]").text())
                    .isEqualTo("The questionnaire is not open at the moment.");
            Document welsh = page(mvc, "/survey", "cy");
            assertThat(welsh.select("form")).isEmpty();
            assertThat(welsh.selectFirst(".consultation-notice").text()).isEqualTo("Nid yw\u2019r holiadur ar agor ar hyn o bryd.");
            Document home = page(mvc, "/", "en");
            assertThat(home.select(".consultation-notice")).isEmpty();
            assertThat(home.getElementById("gs-form")).isNotNull();
        });
    }

    @Test
    void noWarningWhenTheQuestionnaireIsOn(CapturedOutput output) {
        runner.withPropertyValues("consultation.questionnaire.enabled=true").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(output.getOut()).doesNotContain("ask for the questionnaire");
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            Document survey = page(mvc, "/survey", "en");
            assertThat(survey.select(".consultation-notice")).isEmpty();
            assertThat(survey.getElementById("main-form")).isNotNull();
        });
    }
}
