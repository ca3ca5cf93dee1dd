package io.github.consultation.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.consultation.store.FeedbackStore;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every answer of the sample application, with Spring Security as it is configured (CSRF on): the
 * token the page carries is what lets its form and its script's JSON through.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1",
    "spring.security.user.password=sample-password"})
class SampleApplicationTest {
    /** The page form\'s tab, which names its submissions in the store. */
    private static final String PAGE_FORM = io.github.consultation.model.FormDefinition.pageFeedback().tab();

    @Autowired
    WebApplicationContext context;
    @Autowired
    FeedbackStore store;
    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        store.eraseEmail("reader@example.org");
    }

    /** A reader's visit: the page, its session, and the CSRF token in its form. */
    private record Visit(Document page, MockHttpSession session, String token, String header) {
    }

    private Visit visit(String path) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        Element token = page.selectFirst("form input[name=_csrf]");
        assertThat(token).as("the form carries the CSRF token").isNotNull();
        return new Visit(page, session, token.attr("value"), token.attr("data-csrf-header"));
    }

    @Test
    void thePageCarriesItsFormWithTheCsrfTokenMarkedForTheScript() throws Exception {
        Visit visit = visit("/pages/");
        assertThat(visit.page().title()).isEqualTo("A shared record for every child \u2013 Shared record consultation");
        assertThat(visit.header()).isEqualTo("X-CSRF-TOKEN");
        assertThat(visit.page().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(visit.page().selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(visit.page().getElementById("gs-page").attr("value")).isEqualTo("/pages/");
        assertThat(visit.page().selectFirst("link[href=/consultation/form.css]")).isNotNull();
        assertThat(visit.page().selectFirst("a[href=/pages/governance]")).as("links between pages").isNotNull();
        mvc.perform(get("/consultation/feedback.js")).andExpect(status().isOk());
        // The starter's rules open the site's addresses only: an address of nothing asks a reader to sign in.
        mvc.perform(get("/pages/nowhere")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/pages/nowhere").with(user("reader"))).andExpect(status().isNotFound());
    }

    @Test
    void aGoodFormPostWithItsTokenIsKeptAndRedirected() throws Exception {
        Visit visit = visit("/pages/");
        long before = store.count(PAGE_FORM);
        mvc.perform(post("/pages/").session(visit.session()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("_csrf", visit.token()).param("page", "/pages/").param("summary", "A format is overdue")
                .param("role", "Local authority leadership").param("email", "reader@example.org").param("hp_field", ""))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/pages/?sent=1#sheets"));
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
    }

    @Test
    void aRefusedFormPostShowsItsErrorsBesideTheFields() throws Exception {
        Visit visit = visit("/pages/governance");
        String html = mvc.perform(post("/pages/governance").session(visit.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("_csrf", visit.token())
                .param("page", "/pages/governance").param("summary", "   abc   ").param("role", "Local authority leadership")
                .param("hp_field", ""))
                .andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.getElementById("gs-summary-error").text()).contains("Summary must be 5 characters or more");
        assertThat(page.selectFirst("form#gs-form input[name=_csrf]")).as("a fresh token for the next try").isNotNull();
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedBySpringSecurity() throws Exception {
        mvc.perform(post("/pages/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/pages/").param("summary", "No token at all").param("role", "Local authority leadership"))
                .andExpect(status().isForbidden());
    }

    private static String json(String summary) {
        return "{\"tab\":\"Feedback\",\"page\":\"/pages/\",\"summary\":\"" + summary + "\",\"details\":\"\","
                + "\"role\":\"Local authority leadership\",\"org\":\"\",\"email\":\"reader@example.org\",\"nature\":\"\","
                + "\"hp_field\":\"\"}";
    }

    /** The script sends the token the form carries as a header: Spring Security's default check passes. */
    @Test
    void theScriptsJsonWithTheTokenHeaderIsKept() throws Exception {
        Visit visit = visit("/pages/");
        long before = store.count(PAGE_FORM);
        mvc.perform(post("/api/feedback").session(visit.session()).header(visit.header(), visit.token())
                .contentType(MediaType.APPLICATION_JSON).content(json("Sent by the script")))
                .andExpect(status().isCreated());
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        // Refusals are the starter's to answer (its own tests take each status); here, the token's part.
        mvc.perform(post("/api/feedback").session(visit.session()).header(visit.header(), visit.token())
                .contentType(MediaType.APPLICATION_JSON).content(json("abc")))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON).content(json("No token")))
                .andExpect(status().isForbidden());
    }

    /** The questionnaire page carries the questionnaire, with the token; its plain post is kept and counted. */
    @Test
    void theQuestionnaireIsAnsweredOnItsOwnPage() throws Exception {
        Visit visit = visit("/pages/questions");
        assertThat(visit.page().getElementById("main-form").attr("data-tab")).isEqualTo("MainFeedback");
        long before = store.count("MainFeedback");
        mvc.perform(post("/pages/questions").session(visit.session()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("_csrf", visit.token()).param("tab", "MainFeedback").param("page", "/pages/questions")
                .param("hp_field", "").param("role", "Local authority leadership")
                .param("rank_usefulness.improving-data-quality", "5"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/pages/questions?sent=1#main-feedback"));
        assertThat(store.count("MainFeedback")).isEqualTo(before + 1);
        mvc.perform(get("/admin/feedback").with(team())).andExpect(status().isOk());
        String csv = mvc.perform(get("/admin/feedback/questionnaire.csv").with(team())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).isEqualTo(before + 2); // its header, and a row per answer
        assertThat(csv).contains("Local authority leadership");
    }

    @Test
    void theAdminViewIsBehindTheLogin() throws Exception {
        // Spring Security 6 writes the login address whole, 7 relative: either way, the login page.
        String login = mvc.perform(get("/admin/feedback")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getHeader("Location");
        assertThat(login).endsWith("/login");
        // Signed in without the team's authority: refused.
        mvc.perform(get("/admin/feedback.csv").with(user("reader"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/feedback").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json("Counted in the admin view"))).andExpect(status().isCreated());
        mvc.perform(get("/admin/feedback").with(team())).andExpect(status().isOk());
        String csv = mvc.perform(get("/admin/feedback.csv").with(team())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("timestamp,tab,page,summary,details,role,role_code,org,email,nature,nature_code\r\n")
                .contains("Counted in the admin view");
    }

    /** The consultation team's user, as application.properties gives it its role. */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor team() {
        return user("admin").roles("CONSULTATION_TEAM");
    }
}
