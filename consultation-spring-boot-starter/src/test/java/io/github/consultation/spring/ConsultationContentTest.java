package io.github.consultation.spring;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import io.github.consultation.render.FormRenderer;
import io.github.consultation.render.FormState;
import io.github.consultation.model.FormVariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view in a jte template: the library's HTML written as content, the template's own strings escaped by jte. */
class ConsultationContentTest {
    @TempDir
    Path dir;

    @Test
    void aJteTemplateWritesTheFormAndEscapesItsOwnValues() throws Exception {
        Files.writeString(dir.resolve("page.jte"), String.join("\n",
                "@import io.github.consultation.spring.ConsultationContent",
                "@param io.github.consultation.spring.ConsultationView consultation",
                "@param String heading",
                "<h1>${heading}</h1>",
                "${ConsultationContent.errorSummary(consultation)}",
                "${ConsultationContent.form(consultation)}"));
        TemplateEngine jte = TemplateEngine.create(new DirectoryCodeResolver(dir), dir.resolve("classes"), ContentType.Html);
        jte.setClassPath(java.util.Arrays.asList(System.getProperty("java.class.path").split(java.io.File.pathSeparator)));
        ConsultationView view = ConsultationView.of(FormRenderer.create(),
                FormState.blank("/pages/a?b=<c>").withCsrfToken("_csrf", "X-CSRF-TOKEN", "t<k>"), FormVariant.FULL,
                Optional.empty(), "/consultation/feedback.js", "/consultation/form.css");
        StringOutput out = new StringOutput();
        jte.render("page.jte", Map.of("consultation", view, "heading", "Views & <views>"), out);
        Document doc = Jsoup.parseBodyFragment(out.toString());
        assertThat(out.toString()).contains("<h1>Views &amp; &lt;views&gt;</h1>");
        assertThat(doc.getElementById("gs-form")).isNotNull();
        assertThat(doc.getElementById("gs-page").attr("value")).isEqualTo("/pages/a?b=<c>");
        assertThat(doc.selectFirst("input[name=_csrf]").attr("value")).isEqualTo("t<k>");
        assertThat(doc.selectFirst("input[name=_csrf]").attr("data-csrf-header")).isEqualTo("X-CSRF-TOKEN");
    }
}
