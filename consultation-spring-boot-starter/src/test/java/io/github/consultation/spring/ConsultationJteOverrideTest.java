package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * A host whose views are jte's shows its own layout by putting a template at
 * {@code consultation/page.jte} among its templates (here src/test/jte, compiled by jte's development
 * mode as the host runs): the routes render it, with the same model, instead of the starter's.
 * Run by the starter's "jte-host" test execution (no Thymeleaf), from target/jte-host.
 */
@SpringBootTest(classes = StarterApplication.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:jte-override;DB_CLOSE_DELAY=-1",
    "consultation.pages.location=classpath:consultation-layout/",
    "gg.jte.developmentMode=true",
    "gg.jte.templateLocation=../../src/test/jte"})
class ConsultationJteOverrideTest {
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void theHostsTemplateAtTheDocumentedNameIsTheLayout() throws Exception {
        Document doc = ConsultationJteLayoutTest.html(mvc.perform(get("/welcome").header("Accept-Language", "cy"))
                .andExpect(status().isOk()));
        assertThat(doc.selectFirst("body").hasClass("host-layout")).isTrue();
        assertThat(doc.title()).isEqualTo("Welcome | Bridge consultation");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(doc.selectFirst("main form#gs-form")).isNotNull();
        assertThat(doc.select("a.consultation-skip-link, nav.consultation-nav")).isEmpty();

        Document refused = ConsultationJteLayoutTest.html(mvc.perform(post("/welcome")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("page", "/welcome").param("summary", "abc")
                .param("hp_field", "")).andExpect(status().isUnprocessableEntity()));
        assertThat(refused.selectFirst("body").hasClass("host-layout")).isTrue();
        assertThat(refused.getElementById("gs-summary").attr("value")).isEqualTo("abc");
    }
}
