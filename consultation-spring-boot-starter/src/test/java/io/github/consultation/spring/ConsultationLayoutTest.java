package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The starter's own page layout for Thymeleaf ({@code templates/consultation/page.html}), with the
 * routes on by default and no controller or template of the application's: a page with its form,
 * the site's navigation, {@code lang} and {@code dir}; the home, a list of the pages, where the site
 * has no page of its own; a folder's index.
 */
@SpringBootTest(classes = StarterApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:layout;DB_CLOSE_DELAY=-1",
    "consultation.pages.location=classpath:consultation-layout/"})
class ConsultationLayoutTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aPageIsShownInTheStartersLayoutWithItsFormAndTheSitesNavigation() throws Exception {
        showsAPageWithItsFormAndTheSitesNavigation(mvc);
    }

    @Test
    void aRefusedPostShowsTheFormAgainInTheLayout() throws Exception {
        showsARefusedPostAgain(mvc);
    }

    @Test
    void theHomeListsThePagesWhenTheSiteHasNoPageThere() throws Exception {
        showsTheHomeAsAnIndex(mvc);
    }

    @Test
    void aFolderWithoutAPageListsItsOwn() throws Exception {
        showsAFoldersIndex(mvc);
        mvc.perform(get("/nowhere/")).andExpect(status().isNotFound());
    }

    // What every layout of the starter's shows of the consultation-layout site (Thymeleaf's here, jte's in
    // ConsultationJteLayoutTest): the same page, in the same places.

    static void showsAPageWithItsFormAndTheSitesNavigation(MockMvc mvc) throws Exception {
        Document doc = ConsultationRoutesTest.shown(mvc, "/annex/costs", "en");
        assertThat(doc.title()).isEqualTo("Costs");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst("html").attr("dir")).isEqualTo("ltr");
        assertThat(doc.selectFirst("main#main article h1").text()).isEqualTo("Costs");
        assertThat(doc.selectFirst("main#main article form#gs-form")).isNotNull();
        assertThat(doc.getElementById("gs-page").attr("value")).isEqualTo("/annex/costs");
        assertThat(doc.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/consultation/form.css");
        assertThat(doc.selectFirst("script[src]").attr("src")).isEqualTo("/consultation/feedback.js");
        assertThat(doc.selectFirst("a.consultation-skip-link").attr("href")).isEqualTo("#main");
        Element nav = doc.selectFirst("nav.consultation-nav");
        assertThat(nav.select("a").eachAttr("href")).containsExactly("/welcome", "/annex/costs", "/annex/timeline");
        assertThat(nav.select("a[aria-current=page]").eachText()).containsExactly("Costs");
        assertThat(nav.select("a[aria-current]")).hasSize(1);
        assertThat(nav.select("span").eachText()).containsExactly("Annex");
        Document welsh = ConsultationRoutesTest.shown(mvc, "/annex/costs", "cy");
        assertThat(welsh.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(welsh.selectFirst("a.consultation-skip-link").text()).isNotEqualTo("Skip to main content");
        assertThat(welsh.selectFirst("form#gs-form button").text()).isNotEqualTo(doc.selectFirst("form#gs-form button").text());
    }

    static void showsARefusedPostAgain(MockMvc mvc) throws Exception {
        Document doc = Jsoup.parse(mvc.perform(post("/welcome").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/welcome").param("summary", "abc").param("role", "Data and digital consultant")
                .param("hp_field", "")).andExpect(status().isUnprocessableEntity())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(doc.title()).isEqualTo("Error: Welcome");
        assertThat(doc.getElementById("gs-summary").attr("value")).isEqualTo("abc");
        assertThat(doc.select("nav.consultation-nav a[aria-current=page]").eachText()).containsExactly("Welcome");
    }

    static void showsTheHomeAsAnIndex(MockMvc mvc) throws Exception {
        Document home = ConsultationRoutesTest.shown(mvc, "/", "en");
        assertThat(home.title()).isEqualTo("Pages");
        assertThat(home.selectFirst("main h1").text()).isEqualTo("Pages");
        assertThat(home.select("main ul.consultation-index a").eachAttr("href"))
                .containsExactly("/welcome", "/annex/costs", "/annex/timeline");
        assertThat(home.select("main ul.consultation-index a").eachText()).containsExactly("Welcome", "Costs", "Timeline");
        assertThat(home.getElementById("gs-form")).isNull();
        assertThat(home.select("nav.consultation-nav a[aria-current]")).isEmpty();
    }

    static void showsAFoldersIndex(MockMvc mvc) throws Exception {
        Document annex = ConsultationRoutesTest.shown(mvc, "/annex/", "en");
        assertThat(annex.title()).isEqualTo("Annex");
        assertThat(annex.select("main ul.consultation-index a").eachAttr("href"))
                .containsExactly("/annex/costs", "/annex/timeline");
        assertThat(annex.getElementById("gs-form")).isNull();
    }

    /** The layout's own words (layout.*) are the host's where its messages give them, as the form's are. */
    @Test
    void theLayoutsWordsAreTheHostsWhereItsMessagesGiveThem() {
        new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
                .withUserConfiguration(StarterApplication.class, LayoutMessages.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:layout-messages;DB_CLOSE_DELAY=-1",
                        "consultation.pages.location=classpath:consultation-layout/")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MockMvc host = MockMvcBuilders.webAppContextSetup(context).build();
                    Document page = ConsultationRoutesTest.shown(host, "/annex/costs", "en");
                    assertThat(page.selectFirst("a.consultation-skip-link").text()).isEqualTo("Skip <b>to</b> the page & its form");
                    assertThat(page.selectFirst("nav").attr("aria-label")).isEqualTo("All the \"pages\"");
                    assertThat(ConsultationRoutesTest.shown(host, "/", "en").selectFirst("main h1").text())
                            .isEqualTo("All the \"pages\"");
                });
    }

    /** The host's words for the layout, with characters a template must escape. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class LayoutMessages {
        @org.springframework.context.annotation.Bean
        org.springframework.context.MessageSource messageSource() {
            org.springframework.context.support.StaticMessageSource messages =
                    new org.springframework.context.support.StaticMessageSource();
            messages.addMessage("consultation.layout.skip-link", java.util.Locale.ENGLISH, "Skip <b>to</b> the page & its form");
            messages.addMessage("consultation.layout.pages", java.util.Locale.ENGLISH, "All the \"pages\"");
            return messages;
        }
    }

    /** The one security line opens the indexes too: readers reach the home and a folder's index without signing in. */
    @Test
    void readersReachTheIndexesThroughTheOneSecurityLine() {
        new org.springframework.boot.test.context.runner.WebApplicationContextRunner()
                .withUserConfiguration(ConsultationSecurityTest.Host.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:layout-security;DB_CLOSE_DELAY=-1",
                        "consultation.pages.location=classpath:consultation-layout/")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    MockMvc secured = MockMvcBuilders.webAppContextSetup(context)
                            .addFilters(context.getBean("springSecurityFilterChain", jakarta.servlet.Filter.class)).build();
                    secured.perform(get("/")).andExpect(status().isOk());
                    secured.perform(get("/annex/")).andExpect(status().isOk());
                    secured.perform(get("/annex/costs")).andExpect(status().isOk());
                    secured.perform(get("/elsewhere/")).andExpect(status().isUnauthorized());
                });
    }
}
