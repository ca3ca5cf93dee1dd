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
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.View;

/**
 * The routes the starter registers with {@code consultation.routes.enabled=true}, and so every
 * answer of {@link ConsultationMvc}: pages, form posts, JSON posts, in the reader's language.
 */
@SpringBootTest(classes = ConsultationRoutesTest.App.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:routes;DB_CLOSE_DELAY=-1", "consultation.routes.enabled=true",
    "consultation.pages.location=classpath:consultation-test/", "consultation.pages.base-path=/pages/"})
class ConsultationRoutesTest {
    /** The page form\'s tab, which names its submissions in the store. */
    private static final String PAGE_FORM = io.github.consultation.model.FormDefinition.pageFeedback().tab();

    /** The application: the starter, and a view that writes the page (a template engine's job in a real one). */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        /** Views by bean name first (before the JSP forwarding Boot falls back to). */
        @Bean
        org.springframework.web.servlet.ViewResolver viewsByName() {
            org.springframework.web.servlet.view.BeanNameViewResolver views = new org.springframework.web.servlet.view.BeanNameViewResolver();
            views.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
            return views;
        }

        @Bean(name = "consultation/page")
        View page() {
            return (model, request, response) -> {
                ConsultationView view = (ConsultationView) model.get(ConsultationMvc.MODEL_ATTRIBUTE);
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<!DOCTYPE html><html lang=\"" + view.getLanguage() + "\"><title>"
                        + view.getTitlePrefix() + view.getTitle() + "</title><main>" + view.getErrorSummary()
                        + view.getPage() + "</main><script src=\"" + view.getScript() + "\"></script></html>");
            };
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    FeedbackStore store;
    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
        store.eraseEmail("reader@example.org");
    }

    private Document page(String path, String language) throws Exception {
        return shown(mvc, path, language);
    }

    /** The page at {@code path}, answered 200 in {@code language}, parsed; for the starter's other route tests too. */
    static Document shown(MockMvc mvc, String path, String language) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).header("Accept-Language", language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aPageIsShownWithItsFormInTheReadersLanguage() throws Exception {
        Document english = page("/pages/", "en");
        assertThat(english.title()).isEqualTo("About the trial");
        assertThat(english.getElementById("gs-page").attr("value")).isEqualTo("/pages/");
        assertThat(english.getElementById("gs-form").attr("data-json-endpoint")).isEqualTo("/api/feedback");
        assertThat(english.selectFirst("script").attr("src")).isEqualTo("/consultation/feedback.js");
        Document welsh = page("/pages/", "cy");
        assertThat(welsh.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(welsh.selectFirst("#sheets h2").text()).isEqualTo("Adborth ar y dudalen");
        mvc.perform(get("/pages/nowhere")).andExpect(status().isNotFound());
    }

    @Test
    void aGoodFormPostIsKeptThenRedirectedToTheThanks() throws Exception {
        long before = store.count(PAGE_FORM);
        mvc.perform(post("/pages/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/pages/").param("summary", "Sharing a building is sensible")
                .param("role", "Data and digital consultant").param("email", "reader@example.org")
                .param("hp_field", "").param("_csrf", "ignored by the validator"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/pages/?sent=1#sheets"));
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        Document thanks = page("/pages/?sent=1", "en");
        assertThat(thanks.getElementById("gs-ok").hasAttr("hidden")).isFalse();
    }

    @Test
    void aRefusedFormPostShowsTheErrorsBesideTheirFields() throws Exception {
        String html = mvc.perform(post("/pages/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header("Accept-Language", "cy").param("page", "/pages/").param("summary", "abc")
                .param("role", "Data and digital consultant").param("hp_field", ""))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(html);
        assertThat(doc.title()).startsWith("Gwall: ");
        assertThat(doc.getElementById("gs-summary-error").text()).contains("Rhaid i\u2019r crynodeb fod yn 5 nod neu fwy");
        assertThat(doc.getElementById("gs-summary").attr("value")).isEqualTo("abc");
        mvc.perform(post("/pages/").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType());
    }

    /**
     * A form post goes through the same body limit and media type checks as every host's: read from
     * its body when nothing has parsed it, or from the parameters a filter had the container parse.
     */
    @Test
    void aFormPostMeetsTheSameBodyLimitAsEveryHosts() throws Exception {
        long before = store.count(PAGE_FORM);
        String body = "page=%2Fpages%2F&summary=Read+from+the+body&role=Data+and+digital+consultant"
                + "&email=reader%40example.org&hp_field=";
        mvc.perform(post("/pages/").contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body))
                .andExpect(status().isSeeOther());
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        mvc.perform(post("/pages/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(body + "&details=" + "x".repeat(70_000)))
                .andExpect(status().isPayloadTooLarge());
        mvc.perform(post("/pages/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/pages/").param("details", "x".repeat(70_000)))
                .andExpect(status().isPayloadTooLarge());
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
    }

    private static String json(String summary) {
        return "{\"tab\":\"Feedback\",\"page\":\"/pages/\",\"summary\":\"" + summary + "\",\"details\":\"\","
                + "\"role\":\"Data and digital consultant\",\"org\":\"\",\"email\":\"reader@example.org\",\"nature\":\"\","
                + "\"hp_field\":\"\"}";
    }

    @Test
    void everyAnswerOfTheJsonEndpoint() throws Exception {
        long before = store.count(PAGE_FORM);
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON).content(json("A clear proposal indeed")))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .json("{\"status\":\"received\"}"));
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON).content(json("abc")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/feedback").contentType(MediaType.TEXT_PLAIN).content(json("A clear proposal")))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON).content(json("x".repeat(70_000))))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void theScriptIsServed() throws Exception {
        String script = mvc.perform(get("/consultation/feedback.js")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/javascript;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(script).contains("data-csrf-header");
        String css = mvc.perform(get("/consultation/form.css")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/css;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(css).contains(".feedback-error-summary");
    }

    /**
     * Under a base path other than {@code /}, the site's home is at the base path and {@code /}
     * is the host's: the starter serves nothing there.
     */
    @Test
    void underABasePathTheHomeIsThereAndTheRootIsTheHosts() throws Exception {
        assertThat(page("/pages/", "en").selectFirst("main h1").text()).isEqualTo("About the trial");
        mvc.perform(get("/")).andExpect(status().isNotFound());
        mvc.perform(get("/pages")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/pages/"));
    }
}
