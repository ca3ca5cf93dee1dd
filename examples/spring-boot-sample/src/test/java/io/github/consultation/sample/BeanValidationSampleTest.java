package io.github.consultation.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.consultation.store.FeedbackStore;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The library's FeedbackRequest under @Valid: a @RequestBody refused with 400 and each field's
 * error in Spring Boot's error body, and a form-backing object whose errors Thymeleaf's #fields
 * shows beside their fields, in the request's language.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:bean-sample;DB_CLOSE_DELAY=-1",
    "spring.security.user.password=sample-password"})
class BeanValidationSampleTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    FeedbackStore store;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static final String TWO_CHARACTER_SUMMARY = "{\"tab\":\"Feedback\",\"page\":\"/pages/\",\"summary\":\"Ok\","
            + "\"details\":\"\",\"role\":\"Local authority leadership\",\"org\":\"\",\"email\":\"\",\"nature\":\"\",\"hp_field\":\"\"}";

    /** The field errors of Spring Boot's error body, field to message. */
    private static Map<String, String> fieldErrors(MvcResult result) throws Exception {
        JsonNode body = new ObjectMapper().readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        Map<String, String> errors = new TreeMap<>();
        body.path("errors").forEach(e -> errors.put(e.path("field").asText(), e.path("defaultMessage").asText()));
        return errors;
    }

    private MvcResult check(String json, String language) throws Exception {
        return mvc.perform(post("/api/feedback/check").contentType(MediaType.APPLICATION_JSON).content(json)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn();
    }

    @Test
    void aRequestBodyWithATwoCharacterSummaryIs400NamingSummary() throws Exception {
        MvcResult english = check(TWO_CHARACTER_SUMMARY, "en");
        // MockMvc does not forward to /error as a servlet container does: the exception is the answer's reason.
        assertThat(english.getResponse().getStatus()).isEqualTo(400);
        assertThat(english.getResolvedException()).isInstanceOf(org.springframework.web.bind.MethodArgumentNotValidException.class);
        org.springframework.validation.BindingResult errors =
                ((org.springframework.web.bind.MethodArgumentNotValidException) english.getResolvedException()).getBindingResult();
        assertThat(errors.getFieldErrors()).extracting(e -> e.getField() + ": " + e.getDefaultMessage())
                .containsExactly("summary: Summary must be 5 characters or more");
        MvcResult welsh = check(TWO_CHARACTER_SUMMARY, "cy");
        assertThat(((org.springframework.web.bind.MethodArgumentNotValidException) welsh.getResolvedException())
                .getBindingResult().getFieldErrors()).extracting(e -> e.getField() + ": " + e.getDefaultMessage())
                .containsExactly("summary: Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy");
        assertThat(check(TWO_CHARACTER_SUMMARY.replace("\"Ok\"", "\"A clear proposal\""), "en").getResponse().getStatus())
                .isEqualTo(204);
    }

    @Test
    void theFormShowsTheLibrarysMessagesBesideTheirFieldsAndKeepsWhatPasses() throws Exception {
        Document blank = Jsoup.parse(mvc.perform(get("/feedback")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(blank.getElementById("summary")).isNotNull();
        assertThat(blank.select("form option")).extracting(e -> e.text()).contains("Local authority leadership");

        MvcResult refused = mvc.perform(post("/feedback").with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .param("tab", "Feedback").param("page", "/feedback").param("summary", "Ok").param("role", "")
                .param("hp_field", "")).andExpect(status().is(422)).andReturn();
        Document page = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.getElementById("summary-error").text()).isEqualTo("Summary must be 5 characters or more");
        assertThat(page.getElementById("role-error").text()).isEqualTo("Select your role");
        assertThat(page.getElementById("summary").attr("value")).isEqualTo("Ok");
        assertThat(page.select(".error-summary a")).extracting(e -> e.attr("href")).containsExactly("#summary", "#role");

        MvcResult welsh = mvc.perform(post("/feedback").with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "cy")
                .param("tab", "Feedback").param("page", "/feedback").param("summary", "Ok").param("role", "la-data"))
                .andExpect(status().is(422)).andReturn();
        assertThat(Jsoup.parse(welsh.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .getElementById("summary-error").text()).isEqualTo("Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy");

        long before = store.count("Feedback");
        mvc.perform(post("/feedback").with(csrf()).param("tab", "Feedback").param("page", "/feedback")
                .param("summary", "The whole consultation reads well").param("role", "la-leadership").param("hp_field", ""))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/feedback?sent"));
        assertThat(store.count("Feedback")).isEqualTo(before + 1);
    }
}
