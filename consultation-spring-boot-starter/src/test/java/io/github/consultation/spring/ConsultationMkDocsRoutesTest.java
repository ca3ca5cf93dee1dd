package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A MkDocs project whose site_url has a path: without {@code consultation.pages.base-path}, the
 * starter serves its pages under that path, each at MkDocs' address, and the form, the links and
 * the redirect after a post use it.
 */
@SpringBootTest(classes = ConsultationRoutesTest.App.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:mkdocs-routes;DB_CLOSE_DELAY=-1", "consultation.routes.enabled=true",
    "consultation.pages.location=classpath:consultation-mkdocs/"})
class ConsultationMkDocsRoutesTest {
    @Autowired
    WebApplicationContext context;

    @Test
    void thePagesAreAtMkDocsAddressesUnderTheSitesPath() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        String html = mvc.perform(get("/consult/")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Document home = Jsoup.parse(html);
        assertThat(home.getElementById("gs-page").attr("value")).isEqualTo("/consult/");
        assertThat(home.selectFirst("main a[href^=/consult/part]").attr("href")).isEqualTo("/consult/part/plan/#costs");
        Document plan = Jsoup.parse(mvc.perform(get("/consult/part/plan/")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(plan.getElementById("gs-page").attr("value")).isEqualTo("/consult/part/plan/");
        mvc.perform(post("/consult/part/plan/").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("page", "/consult/part/plan/").param("summary", "One heating system is sensible")
                .param("role", "Data and digital consultant").param("hp_field", ""))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/consult/part/plan/?sent=1#sheets"));
        mvc.perform(get("/part/plan/")).andExpect(status().isNotFound());
        mvc.perform(get("/consult/index")).andExpect(status().isNotFound());
    }

    @Test
    void theOldAddressWithoutTheSlashLeadsToThePage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        mvc.perform(get("/consult/part/plan").queryParam("from", "email")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/consult/part/plan/?from=email"));
        mvc.perform(get("/consult")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/consult/"));
    }

    @Test
    void theSitesOwnFilesAreServedWithTheirTypeTagAndLifetime() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
        Document home = Jsoup.parse(mvc.perform(get("/consult/")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(home.selectFirst("main img").attr("src")).isEqualTo("/consult/assets/img/boiler.png");
        byte[] png = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/consultation-mkdocs/docs/assets/img/boiler.png"));
        var image = mvc.perform(get("/consult/assets/img/boiler.png")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", "public, max-age=3600"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("sandbox")))
                .andReturn().getResponse();
        assertThat(image.getContentAsByteArray()).isEqualTo(png);
        mvc.perform(get("/consult/assets/img/boiler.png").header("If-None-Match", image.getHeader("ETag")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/consult/assets/img/boiler.png").header("If-Modified-Since", image.getHeader("Last-Modified")))
                .andExpect(status().isNotModified());
        for (String nothing : new String[] {"/assets/img/boiler.png", "/consult/.draft.md", "/consult/part/plan.md",
                "/consult/../mkdocs.yml", "/consult/mkdocs.yml"}) {
            assertThat(mvc.perform(get(nothing)).andReturn().getResponse().getStatus()).as(nothing).isEqualTo(404);
        }
    }
}
