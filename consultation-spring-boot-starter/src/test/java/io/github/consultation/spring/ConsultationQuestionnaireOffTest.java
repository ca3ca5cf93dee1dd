package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
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

    /** A post to that page is refused with the notice and kept nowhere; the other pages still take theirs. */
    @Test
    void aPostToThatPageIsRefusedWithTheNoticeAndNotKept() {
        runner.run(context -> {
            io.github.consultation.store.FeedbackStore store = context.getBean(io.github.consultation.store.FeedbackStore.class);
            String pageForm = store.forms().get(0).tab();
            long before = store.count(pageForm);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            var answer = mvc.perform(post("/survey").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("page", "/survey").param("summary", "Kept under the page form by mistake")
                    .param("role", "Data and digital consultant")).andReturn().getResponse();
            assertThat(answer.getStatus()).isEqualTo(403);
            Document refused = Jsoup.parse(answer.getContentAsString(StandardCharsets.UTF_8));
            assertThat(refused.select("form")).isEmpty();
            assertThat(refused.selectFirst("main .consultation-notice[role=status]").text())
                    .isEqualTo("The questionnaire is not open at the moment.");
            assertThat(store.count(pageForm)).isEqualTo(before);
            mvc.perform(post("/").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("page", "/")
                    .param("summary", "Kept on the home page").param("role", "Data and digital consultant"))
                    .andExpect(status().isSeeOther());
            assertThat(store.count(pageForm)).isEqualTo(before + 1);
        });
    }

    /**
     * The script's JSON for that page is refused as the JSON endpoint refuses a page whose form takes
     * nothing (422, form-closed on the page), and kept nowhere; the home page's JSON is still kept.
     */
    @Test
    void theJsonForThatPageIsRefusedAndNotKept() {
        runner.run(context -> {
            io.github.consultation.store.FeedbackStore store = context.getBean(io.github.consultation.store.FeedbackStore.class);
            String pageForm = store.forms().get(0).tab();
            long before = store.count(pageForm);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            var answer = mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                    .content(json("/survey"))).andReturn().getResponse();
            assertThat(answer.getStatus()).isEqualTo(422);
            var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getContentAsString(StandardCharsets.UTF_8));
            assertThat(body.get("status").asText()).isEqualTo("invalid");
            assertThat(body.get("errors")).hasSize(1);
            assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("page");
            assertThat(body.get("errors").get(0).get("code").asText()).isEqualTo("form-closed");
            assertThat(body.get("errors").get(0).get("message").asText()).isEqualTo("This page\u2019s form does not take feedback");
            assertThat(store.count(pageForm)).isEqualTo(before);
            mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON).content(json("/")))
                    .andExpect(status().isCreated());
            assertThat(store.count(pageForm)).isEqualTo(before + 1);
        });
    }

    private static String json(String page) {
        return "{\"page\":\"" + page + "\",\"summary\":\"Kept under the page form by mistake\",\"details\":\"\","
                + "\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}";
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
