package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.consultation.store.FeedbackStore;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code consultation.questionnaire.enabled=true}: the page with a questionnaire marker carries
 * the questionnaire (the other keeps the page form), its plain posts and its JSON are taken by
 * their tab and kept, its errors come with its own summary (GOV.UK, at the top of the page), and
 * its answers are taken only for the pages that carry it.
 */
@SpringBootTest(classes = ConsultationRoutesTest.App.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:survey;DB_CLOSE_DELAY=-1", "consultation.routes.enabled=true",
    "consultation.theme=govuk", "consultation.questionnaire.enabled=true",
    "consultation.pages.location=classpath:consultation-survey/", "consultation.pages.base-path=/pages/"})
class ConsultationQuestionnaireTest {
    private static final String TAB = "MainFeedback";

    @Autowired
    WebApplicationContext context;
    @Autowired
    FeedbackStore store;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static String json(String page, String scores) {
        return "{\"tab\":\"MainFeedback\",\"page\":\"" + page + "\",\"role\":\"Data and digital consultant\",\"org\":\"\","
                + "\"email\":\"\",\"rank_usefulness\":{" + scores + "},\"rank_likelihood\":{},\"activities\":[],"
                + "\"section\":\"\",\"comments\":\"\",\"hp_field\":\"\"}";
    }

    @Test
    void theMarkedPageCarriesTheQuestionnaireAndTheOtherThePageForm() throws Exception {
        Document survey = page("/pages/survey");
        assertThat(survey.getElementById("main-form").attr("data-tab")).isEqualTo(TAB);
        assertThat(survey.select("input[name=activities]")).hasSize(39);
        assertThat(survey.select("input[type=radio][name^=rank_usefulness.]")).hasSize(13 * 6);
        assertThat(survey.getElementById("gs-form")).isNull();
        assertThat(page("/pages/").getElementById("gs-form")).isNotNull();
    }

    @Test
    void aPlainPostIsKeptAndAScoreOfSevenComesBackWithItsOwnSummary() throws Exception {
        long before = store.count(TAB);
        mvc.perform(post("/pages/survey").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tab", TAB).param("page", "/pages/survey").param("hp_field", "")
                .param("role", "Local authority leadership").param("rank_usefulness.data-tool-collaboration", "4")
                .param("activities", "Curating standards: Managing processes for changes to relevant standards"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/pages/survey?sent=1#main-feedback"));
        assertThat(store.count(TAB)).isEqualTo(before + 1);

        String refused = mvc.perform(post("/pages/survey").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("tab", TAB).param("page", "/pages/survey").param("hp_field", "")
                .param("role", "Local authority leadership").param("rank_usefulness.data-tool-collaboration", "7"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(refused);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.select("main > #main-error-summary a").eachAttr("href")).containsExactly("#use-data-tool-collaboration");
        assertThat(store.count(TAB)).isEqualTo(before + 1);
    }

    @Test
    void itsJsonIsTakenForThePagesThatCarryItOnly() throws Exception {
        long before = store.count(TAB);
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(json("/pages/survey", "\"Data tool collaboration\":5,\"Improving data quality\":\"2\"")))
                .andExpect(status().isCreated());
        assertThat(store.count(TAB)).isEqualTo(before + 1);
        String unknown = mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(json("/pages/survey", "\"Flying cars\":3")))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknown).contains("there is no \u2018Flying cars\u2019 to score");
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(json("/pages/", "\"Data tool collaboration\":5")))
                .andExpect(status().isUnprocessableEntity());
        assertThat(store.count(TAB)).isEqualTo(before + 1);
    }
}
