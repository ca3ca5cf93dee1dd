package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.consultation.store.FeedbackStore;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A host's security in one line ({@link ConsultationSecurity#readers()}) with Spring Security's CSRF
 * protection on: readers see the pages and post without signing in; the admin views, the CSV and
 * erase by email answer only a user with the admin authority.
 */
@SpringBootTest(classes = ConsultationSecurityTest.Host.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:security;DB_CLOSE_DELAY=-1", "consultation.routes.enabled=true",
    "consultation.admin.enabled=true",
    "consultation.pages.location=classpath:consultation-test/", "consultation.pages.base-path=/pages/"})
class ConsultationSecurityTest {
    private static final String PAGE_FORM = io.github.consultation.model.FormDefinition.pageFeedback().tab();

    /** The host: the starter's routes and a page view, its users, and its security in one line. */
    @Configuration(proxyBeanMethods = false)
    @Import(ConsultationRoutesTest.App.class)
    static class Host {
        @Bean
        SecurityFilterChain security(HttpSecurity http, ConsultationSecurity consultation) throws Exception {
            return http.authorizeHttpRequests(consultation.readers())
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return ConsultationSecurityTest.users();
        }
    }

    /**
     * The team (with the admin authority), a member of it given the role of that name instead (as
     * {@code spring.security.user.roles=CONSULTATION_ADMIN} does), and a reader who has signed in
     * (with neither).
     */
    static InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("team").password("{noop}team-secret").authorities("CONSULTATION_ADMIN").build(),
                User.withUsername("member").password("{noop}member-secret").roles("CONSULTATION_ADMIN").build(),
                User.withUsername("reader").password("{noop}reader-secret").roles("USER").build());
    }

    static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String user) {
        String password = user + "-secret";
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    FeedbackStore store;
    MockMvc mvc;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class)).build();
        store.eraseEmail("reader@example.org");
    }

    /** A reader's post: the page read first, its form's CSRF token sent back in the same session. */
    private void postFeedback(String summary) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String html = mvc.perform(get("/pages/proposal").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        String token = page.selectFirst("form input[name=_csrf]").attr("value");
        assertThat(token).isNotBlank();
        mvc.perform(post("/pages/proposal").session(session).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/pages/proposal").param("summary", summary).param("role", "Data and digital consultant")
                .param("email", "reader@example.org").param("hp_field", "").param("_csrf", token))
                .andExpect(status().isSeeOther());
    }

    /** The name of the one security chain the application has: the host's own here. */
    String expectedChain() {
        return "security";
    }

    @Test
    void theApplicationHasOneChain() {
        assertThat(context.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys(expectedChain());
    }

    @Test
    void readersSeeThePagesAndPostWithoutSigningIn() throws Exception {
        long before = store.count(PAGE_FORM);
        postFeedback("Readers need no account");
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        mvc.perform(get("/consultation/feedback.js")).andExpect(status().isOk());
        // Without the token the post is refused, and nothing is kept.
        mvc.perform(post("/pages/proposal").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/pages/proposal").param("summary", "No token sent").param("role", "Other")
                .param("hp_field", "")).andExpect(status().isForbidden());
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        // The host's own rule holds for the rest of the application.
        mvc.perform(get("/elsewhere")).andExpect(status().isUnauthorized());
    }

    @Test
    void theAdminViewsAnswerTheTeamAndNoOneElse() throws Exception {
        postFeedback("Counted in the team's view");
        for (String path : new String[] {"/admin/feedback", "/admin/feedback.csv", "/admin/feedback/submissions?page=/pages/proposal"}) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
            mvc.perform(as(get(path), "reader")).andExpect(status().isForbidden());
            mvc.perform(as(get(path), "team")).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
            mvc.perform(as(get(path), "member")).andExpect(status().isOk());
        }
        Document overview = Jsoup.parse(mvc.perform(as(get("/admin/feedback"), "team")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(overview.selectFirst("h1").text()).isEqualTo("Feedback");
        assertThat(overview.select("section.page-feedback h2").eachText()).containsExactly("/pages (0)", "/pages/proposal (1)");
        assertThat(overview.selectFirst("form.erase input[name=_csrf]")).isNotNull();
        Document submissions = Jsoup.parse(mvc.perform(as(get("/admin/feedback/submissions?page=/pages/proposal"), "team"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(submissions.select("table.submissions td").eachText()).contains("Counted in the team's view");
        mvc.perform(as(get("/admin/feedback/submissions?after=x"), "team")).andExpect(status().isBadRequest());
    }

    @Test
    void theAdminViewsSpeakTheReadersLanguageAndSaySoInLang() throws Exception {
        postFeedback("Counted in both languages");
        Document english = Jsoup.parse(mvc.perform(as(get("/admin/feedback"), "team")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Feedback");
        for (String path : new String[] {"/admin/feedback", "/admin/feedback/submissions?page=/pages/proposal"}) {
            Document welsh = Jsoup.parse(mvc.perform(as(get(path), "team").header("Accept-Language", "cy"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(welsh.selectFirst("html").attr("lang")).as(path).isEqualTo("cy");
            assertThat(welsh.selectFirst("html").attr("dir")).as(path).isEqualTo("ltr");
            assertThat(welsh.select("main a").eachText()).as(path).noneMatch(text -> text.contains("feedback"));
        }
        Document welsh = Jsoup.parse(mvc.perform(as(get("/admin/feedback"), "team").header("Accept-Language", "cy"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(welsh.selectFirst("h1").text()).isEqualTo("Adborth");
        // A language the site does not speak gets the default language's views, as its pages do.
        Document other = Jsoup.parse(mvc.perform(as(get("/admin/feedback"), "team").header("Accept-Language", "fr"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(other.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(other.selectFirst("h1").text()).isEqualTo("Feedback");
    }

    @Test
    void theCsvIsTheTeamsDownload() throws Exception {
        postFeedback("A line of the download");
        var response = mvc.perform(as(get("/admin/feedback.csv"), "team")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"feedback.csv\""))
                .andReturn().getResponse();
        String[] lines = response.getContentAsString(StandardCharsets.UTF_8).split("\r?\n");
        // The existing sheet's order, each choice's code after its text.
        assertThat(lines[0]).isEqualTo("timestamp,tab,page,summary,details,role,role_code,org,email,nature,nature_code");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("A line of the download").contains("/pages/proposal"));
    }

    @Test
    void erasingByEmailNeedsTheAuthorityAndTheToken() throws Exception {
        postFeedback("To be forgotten");
        long before = store.count(PAGE_FORM);
        mvc.perform(as(post("/admin/feedback/erase"), "reader").param("email", "reader@example.org")
                .param("_csrf", "any")).andExpect(status().isForbidden());
        MockHttpSession session = new MockHttpSession();
        String html = mvc.perform(as(get("/admin/feedback"), "team").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String token = Jsoup.parse(html).selectFirst("form.erase input[name=_csrf]").attr("value");
        mvc.perform(as(post("/admin/feedback/erase"), "team").session(session).param("email", "reader@example.org"))
                .andExpect(status().isForbidden());
        assertThat(store.count(PAGE_FORM)).isEqualTo(before);
        String erased = mvc.perform(as(post("/admin/feedback/erase"), "team").session(session)
                .param("email", "reader@example.org").param("_csrf", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(erased).selectFirst("main p").text()).isEqualTo("Submissions erased with that email address: 1.");
        assertThat(store.count(PAGE_FORM)).isEqualTo(before - 1);
        mvc.perform(as(post("/admin/feedback/erase"), "team").session(session).param("email", " ").param("_csrf", token))
                .andExpect(status().isBadRequest());
    }
}
