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
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.WebApplicationContext;

/**
 * The starter's jte layout ({@link ConsultationJteLayout}) in a host whose views are jte's: jte's
 * Spring Boot integration with precompiled templates (as a host runs in production), no Thymeleaf,
 * no template or controller of its own. The same pages as the Thymeleaf layout's test shows: a page
 * with its form, {@code lang} and {@code dir}, the navigation; a refused post again with its errors;
 * the home and a folder's index; and the values of the page and the host escaped by jte.
 * Run by the starter's "jte-host" test execution, whose class path has no Thymeleaf.
 */
@SpringBootTest(classes = StarterApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:jte-layout;DB_CLOSE_DELAY=-1",
    "consultation.pages.location=classpath:consultation-layout/",
    "gg.jte.usePrecompiledTemplates=true"})
class ConsultationJteLayoutTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    static Document html(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theHostHasJteAndNoThymeleaf() {
        assertThat(ClassUtils.isPresent("org.thymeleaf.TemplateEngine", null)).isFalse();
        assertThat(context.getBeansOfType(ConsultationJteLayout.class)).hasSize(1);
        // jte's own resolver is the host's, and has no consultation/page.jte: the starter's layout answers.
        assertThat(context.getBeanNamesForType(gg.jte.TemplateEngine.class)).isNotEmpty();
    }

    @Test
    void aPageIsShownInTheStartersJteLayoutWithItsFormAndTheSitesNavigation() throws Exception {
        ConsultationLayoutTest.showsAPageWithItsFormAndTheSitesNavigation(mvc);
    }

    @Test
    void aRefusedPostShowsTheFormAgainWith422AndItsErrors() throws Exception {
        ConsultationLayoutTest.showsARefusedPostAgain(mvc);
        Document doc = html(mvc.perform(post("/welcome").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/welcome").param("summary", "abc").param("hp_field", ""))
                .andExpect(status().isUnprocessableEntity()));
        assertThat(doc.select("main#main article form#gs-form [id$=-error]").text()).isNotEmpty();
    }

    @Test
    void theHomeAndAFolderListTheirPages() throws Exception {
        ConsultationLayoutTest.showsTheHomeAsAnIndex(mvc);
        ConsultationLayoutTest.showsAFoldersIndex(mvc);
    }

    /** GOV.UK's theme leaves the error summary to the layout, which puts it first in the main content. */
    @Test
    void onGovukTheErrorSummaryLeadsTheMainContent() {
        runner().withPropertyValues("consultation.theme=govuk").run(context -> {
            assertThat(context).hasNotFailed();
            MockMvc govuk = MockMvcBuilders.webAppContextSetup(context).build();
            Document doc = html(govuk.perform(post("/welcome").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("page", "/welcome").param("summary", "abc").param("role", "Data and digital consultant")
                    .param("hp_field", "")).andExpect(status().isUnprocessableEntity()));
            Element summary = doc.selectFirst("main#main > div > .govuk-error-summary");
            assertThat(summary).isNotNull();
            assertThat(summary.select("a[href^=#]")).isNotEmpty();
            assertThat(doc.select("link[rel=stylesheet]")).isEmpty();
            Document blank = html(govuk.perform(get("/welcome")).andExpect(status().isOk()));
            assertThat(blank.select(".govuk-error-summary")).isEmpty();
        });
    }

    /** A host's text and the context path reach the page as jte writes strings: escaped, and under the path. */
    @Test
    void theHostsTextsAreEscapedAndAddressesAreUnderTheContextPath() {
        runner().withUserConfiguration(ConsultationLayoutTest.LayoutMessages.class).run(context -> {
            assertThat(context).hasNotFailed();
            MockMvc host = MockMvcBuilders.webAppContextSetup(context).build();
            String raw = host.perform(get("/site/annex/costs").contextPath("/site").header("Accept-Language", "en"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(raw).contains(">Skip &lt;b&gt;to&lt;/b&gt; the page &amp; its form</a>")
                    .contains("aria-label=\"All the &#34;pages&#34;\"").doesNotContain("<b>to</b>");
            Document doc = Jsoup.parse(raw);
            assertThat(doc.selectFirst("a.consultation-skip-link").text()).isEqualTo("Skip <b>to</b> the page & its form");
            assertThat(doc.selectFirst("nav").attr("aria-label")).isEqualTo("All the \"pages\"");
            assertThat(doc.selectFirst("script[src]").attr("src")).isEqualTo("/site/consultation/feedback.js");
            assertThat(doc.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/site/consultation/form.css");
            assertThat(doc.select("nav.consultation-nav a").eachAttr("href"))
                    .containsExactly("/site/welcome", "/site/annex/costs", "/site/annex/timeline");
        });
    }

    private static WebApplicationContextRunner runner() {
        return new WebApplicationContextRunner().withUserConfiguration(StarterApplication.class).withPropertyValues(
                "spring.datasource.url=jdbc:h2:mem:jte-layout-runner;DB_CLOSE_DELAY=-1",
                "consultation.pages.location=classpath:consultation-layout/", "gg.jte.usePrecompiledTemplates=true");
    }
}
