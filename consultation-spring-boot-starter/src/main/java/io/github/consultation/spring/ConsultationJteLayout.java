package io.github.consultation.spring;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.PrintWriterOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The starter's page layout for a host whose views are jte's and not Thymeleaf's: the view named
 * {@value #VIEW} (the routes' default), a page with its form or an index of pages, as the Thymeleaf
 * layout shows them. The template is compiled with the starter (its sources' {@code src/main/jte/page.jte})
 * and rendered by a jte engine of its own over the compiled class, so it works in a packaged jar with
 * jte's runtime alone, whether the host's jte compiles its templates as it runs or ahead.
 *
 * <p>A host shows its own layout by putting a template at {@code consultation/page.jte} among its jte
 * templates ({@code src/main/jte/consultation/page.jte} with jte's Spring Boot integration): jte's
 * view resolver is asked first and finds it; this one answers only for the name, and after it.
 * The template is given the {@link ConsultationView} as {@code consultation}:
 *
 * <pre>{@code
 * @import io.github.consultation.spring.ConsultationContent
 * @param io.github.consultation.spring.ConsultationView consultation
 * <html lang="${consultation.getLanguage()}" dir="${consultation.getDirection()}">
 * <main>${ConsultationContent.errorSummary(consultation)}<article>${ConsultationContent.page(consultation)}</article></main>
 * <script src="${consultation.href(consultation.getScript())}" defer></script>
 * }</pre>
 */
public final class ConsultationJteLayout implements ViewResolver, Ordered {
    /** The name of the view this resolves, and so of the template that overrides it (with jte's {@code .jte}). */
    public static final String VIEW = "consultation/page";

    /**
     * After jte's own resolver ({@code LOWEST_PRECEDENCE - 11}) and Spring Boot's bean-name one
     * ({@code - 10}), so that a host's template or bean of the name wins; before the catch-all
     * {@code InternalResourceViewResolver}.
     */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 8;

    /** The package the template is compiled into (the starter's build, jte-maven-plugin's packageName). */
    private static final String PACKAGE = "io.github.consultation.spring.internal";
    private static final String TEMPLATE = "page.jte";

    private final TemplateEngine engine;
    private final View view = new Layout();

    /** The layout, its compiled template found with the starter's class loader. */
    public ConsultationJteLayout() {
        // A precompiled engine without a class directory loads the templates with the thread's context
        // class loader at its creation: the starter's own, whatever thread creates it.
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(ConsultationJteLayout.class.getClassLoader());
        try {
            engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);
        } finally {
            thread.setContextClassLoader(before);
        }
        if (!engine.hasTemplate(TEMPLATE)) {
            throw new IllegalStateException("The consultation starter's jte layout is not in its jar (" + PACKAGE
                    + "): the starter was built without jte-maven-plugin's generate goal");
        }
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        return VIEW.equals(viewName) ? view : null;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The layout as a view: the model (its {@code consultation} attribute) through the compiled template. */
    private final class Layout implements View {
        private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

        @Override
        public String getContentType() {
            return CONTENT_TYPE;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            response.setContentType(CONTENT_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            engine.render(TEMPLATE, model == null ? Map.of() : (Map<String, Object>) model, new PrintWriterOutput(response.getWriter()));
        }
    }

    @Override
    public String toString() {
        return "ConsultationJteLayout[" + VIEW + "]";
    }
}
