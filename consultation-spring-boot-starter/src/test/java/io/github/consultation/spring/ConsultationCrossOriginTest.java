package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.consultation.store.FeedbackStore;
import io.github.consultation.validate.FormTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The JSON endpoint for a static copy of the pages on another origin ({@code allowed-origins},
 * here with its site's path): its preflight, CORS on every answer (refusals too), the origin, type
 * and form token that stand in for CSRF, and its absolute page address read as this site's page.
 */
@SpringBootTest(classes = ConsultationRoutesTest.App.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:cross-origin;DB_CLOSE_DELAY=-1", "consultation.routes.enabled=true",
    "consultation.pages.location=classpath:consultation-mkdocs/",
    "consultation.allowed-origins=https://static.example.org/copy/",
    "consultation.token-secret=" + ConsultationCrossOriginTest.SECRET})
class ConsultationCrossOriginTest {
    static final String SECRET = "a secret of thirty-two bytes or more, for tests";
    private static final String SITE = "https://static.example.org";
    private static final String PAGE_FORM = io.github.consultation.model.FormDefinition.pageFeedback().tab();
    /** Tokens of the same key, issued a minute ago: as a reader who took a minute over the form has. */
    private static final FormTokens EARLIER = FormTokens.builder().key(SECRET.getBytes(StandardCharsets.UTF_8))
            .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-1))).build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    FeedbackStore store;
    @Autowired
    ConsultationCrossOrigin filter;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(filter).build();
    }

    private static String json(String page, String token) {
        return "{\"tab\":\"" + PAGE_FORM + "\",\"page\":\"" + page + "\",\"summary\":\"Two buildings can share one"
                + " boiler\",\"role\":\"Data and digital consultant\"" + (token == null ? "" : ",\"form_token\":\""
                + token + "\"") + "}";
    }

    private static MockHttpServletRequestBuilder fromSite(String origin, String body) {
        return post("/api/feedback").header("Origin", origin).contentType("application/json").content(body);
    }

    @Test
    void theStaticSitesPostIsKeptAsThisSitesPageWithCorsOnItsAnswer() throws Exception {
        long before = store.count(PAGE_FORM);
        mvc.perform(options("/api/feedback").header("Origin", SITE).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("Access-Control-Allow-Origin", SITE))
                .andExpect(header().string("Access-Control-Allow-Methods", "POST"));
        byte[] handed = (byte[]) mvc.perform(fromSite(SITE, json(SITE + "/copy/part/plan/#costs",
                EARLIER.issue("/consult/part/plan/"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Access-Control-Allow-Origin", SITE))
                .andReturn().getRequest().getAttribute(ConsultationCrossOrigin.BODY);
        // The body as the filter read it, its page made this site's, for the kit.
        assertThat(new String(handed, StandardCharsets.UTF_8)).contains("\"page\":\"/consult/part/plan/\"");
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
        // Stored as the store keeps a page (without its trailing slash), as a post from this site is.
        assertThat(store.countsByPage(PAGE_FORM)).containsKey("/consult/part/plan");
    }

    @Test
    void aTokenIsIssuedForThisSitesPageThatTheStaticPageNames() throws Exception {
        String answer = mvc.perform(get("/api/feedback/token").queryParam("page", SITE + "/copy/part/plan/")
                .header("Origin", SITE)).andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", SITE))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = answer.replaceFirst("^\\{\"form_token\":\"([^\"]+)\".*$", "$1");
        assertThat(EARLIER.check(token, "/consult/part/plan/")).isIn(FormTokens.Check.TOO_FAST, FormTokens.Check.VALID);
        assertThat(answer).contains("\"page\":\"/consult/part/plan/\"");
        mvc.perform(get("/api/feedback/token").queryParam("page", SITE + "/copy/nowhere/").header("Origin", SITE))
                .andExpect(status().isNotFound()).andExpect(header().string("Access-Control-Allow-Origin", SITE));
    }

    @Test
    void everyRefusalCarriesCorsAndSaysWhy() throws Exception {
        long before = store.count(PAGE_FORM);
        String page = SITE + "/copy/part/plan/";
        String token = EARLIER.issue("/consult/part/plan/");
        mvc.perform(fromSite(SITE, json(page, null))).andExpect(status().isForbidden())
                .andExpect(header().string("Access-Control-Allow-Origin", SITE));
        mvc.perform(fromSite(SITE, json(page, EARLIER.issue("/consult/")))).andExpect(status().isForbidden())
                .andExpect(header().string("Access-Control-Allow-Origin", SITE));
        mvc.perform(post("/api/feedback").header("Origin", SITE).contentType("text/plain").content(json(page, token)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().string("Access-Control-Allow-Origin", SITE));
        mvc.perform(fromSite(SITE, json(page, token).replace("Two buildings can share one boiler", "")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string("Access-Control-Allow-Origin", SITE));
        assertThat(store.count(PAGE_FORM)).isEqualTo(before);
    }

    @Test
    void anOriginNotOnTheListIsRefusedWithoutCors() throws Exception {
        long before = store.count(PAGE_FORM);
        for (String origin : new String[] {"https://elsewhere.example.org", "http://static.example.org",
                "https://static.example.org:8443"}) {
            var answer = mvc.perform(fromSite(origin, json(origin + "/copy/part/plan/",
                    EARLIER.issue("/consult/part/plan/")))).andExpect(status().isForbidden()).andReturn().getResponse();
            assertThat(answer.getHeader("Access-Control-Allow-Origin")).as(origin).isNull();
        }
        assertThat(store.count(PAGE_FORM)).isEqualTo(before);
    }

    @Test
    void theSitesOwnPostsPassUntouchedBehindAProxyThatEndsTls() throws Exception {
        long before = store.count(PAGE_FORM);
        var answer = mvc.perform(post("/api/feedback").header("Host", "consult.example.org")
                .header("Origin", "https://consult.example.org").contentType("application/json")
                .content(json("/consult/part/plan/", null).replace("share one boiler", "share one roof")))
                .andExpect(status().isCreated()).andReturn().getResponse();
        assertThat(answer.getHeader("Access-Control-Allow-Origin")).isNull();
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
    }

    /** The JSON endpoint keeps the bytes the filter read, without reading the request's stream again. */
    @Test
    void theBodyTheFilterReadIsNotReadAgain() throws Exception {
        long before = store.count(PAGE_FORM);
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest(
                "POST", "/api/feedback") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                throw new AssertionError("the body was read again");
            }
        };
        request.setContentType("application/json");
        request.setAttribute(ConsultationCrossOrigin.BODY, json("/consult/part/plan/", null)
                .replace("share one boiler", "share one heat pump").getBytes(StandardCharsets.UTF_8));
        assertThat(context.getBean(ConsultationMvc.class).json(request).getStatusCode().value()).isEqualTo(201);
        assertThat(store.count(PAGE_FORM)).isEqualTo(before + 1);
    }
}
